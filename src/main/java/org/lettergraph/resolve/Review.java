package org.lettergraph.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lettergraph.actor.Actor;
import org.lettergraph.graph.CypherQueries;
import org.lettergraph.graph.GraphSchema;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.Rows;
import org.lettergraph.security.Authorship;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue and what a person decides from it: merge actors into one, give an actor another name, or set a
 * candidate aside for good. A merge happens in one transaction: every relationship, alias and source of the merged actors
 * moves to the kept one, or nothing changes.
 */
@Component
public class Review {

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final Rows rows;

	public Review(Neo4jClient client, CypherQueries queries, Rows rows) {
		this.client = client;
		this.queries = queries;
		this.rows = rows;
	}

	@Transactional
	public Actor merge(String keepId, List<String> mergeIds) {
		Set<String> merged = new LinkedHashSet<>(mergeIds);
		if (merged.isEmpty()) {
			throw new InvalidArgumentException("mergeIds", "name at least one actor to merge into " + keepId + ".");
		}
		if (merged.contains(keepId)) {
			throw new InvalidArgumentException("mergeIds", "cannot merge " + keepId + " into itself.");
		}
		Set<String> all = new LinkedHashSet<>(merged);
		all.add(keepId);
		Map<String, Actor> actors = actors(all);
		Actor keep = actors.get(keepId);
		if (keep == null) {
			throw new InvalidArgumentException("keepId", "no actor with id '" + keepId + "'.");
		}
		for (String id : merged) {
			Actor other = actors.get(id);
			if (other == null) {
				throw new InvalidArgumentException("mergeIds", "no actor with id '" + id + "'.");
			}
			if (other.kind() != keep.kind()) {
				throw new InvalidArgumentException("mergeIds", "cannot merge " + id + " (" + other.kind() + ") into "
						+ keepId + " (" + keep.kind() + "): they are different kinds of actor.");
			}
		}
		Actor result = keep;
		Authorship.Stamp stamp = Authorship.stamp();
		for (String id : merged) {
			Map<String, Object> parameters = new java.util.HashMap<>(stamp.parameters());
			parameters.put("keepId", keepId);
			parameters.put("mergeId", id);
			for (String type : GraphSchema.RELATIONSHIP_TYPES) {
				for (String direction : List.of("review/move-outgoing", "review/move-incoming")) {
					this.client.query(this.queries.get(direction).replace("__TYPE__", GraphSchema.relationshipType(type)))
						.bindAll(parameters)
						.run();
				}
			}
			result = this.client.query(this.queries.get("review/absorb"))
				.bindAll(parameters)
				.fetchAs(Actor.class)
				.mappedBy((types, record) -> Actor.from(record.get("actor").asMap()))
				.one()
				.orElseThrow();
		}
		return result;
	}

	@Transactional
	public Actor addAlias(String actorId, String alias) {
		String key = NameKey.of(alias);
		if (key.isEmpty()) {
			throw new InvalidArgumentException("alias", "give a name with at least one letter or digit.");
		}
		Map<String, Object> parameters = new java.util.HashMap<>(Authorship.stamp().parameters());
		parameters.putAll(Map.of("id", actorId, "alias", alias.strip(), "key", key));
		return this.client.query(this.queries.get("review/add-alias"))
			.bindAll(parameters)
			.fetchAs(Actor.class)
			.mappedBy((types, record) -> Actor.from(record.get("actor").asMap()))
			.one()
			.orElseThrow(() -> new InvalidArgumentException("actorId", "no actor with id '" + actorId + "'."));
	}

	@Transactional
	public ReviewCandidate dismiss(String actorId, String otherId) {
		return this.client.query(this.queries.get("review/decide"))
			.bindAll(with(Authorship.stamp(), Map.of("a", actorId, "b", otherId, "status", "DISMISSED")))
			.fetch()
			.one()
			.map(ReviewCandidate::from)
			.orElseThrow(() -> new InvalidArgumentException("otherId",
					"no review candidate between '" + actorId + "' and '" + otherId + "'."));
	}

	private static Map<String, Object> with(Authorship.Stamp stamp, Map<String, Object> parameters) {
		Map<String, Object> all = new java.util.HashMap<>(parameters);
		all.putAll(stamp.parameters());
		return all;
	}

	private Map<String, Actor> actors(Set<String> ids) {
		Map<String, Actor> result = new java.util.HashMap<>();
		this.client.query(this.queries.get("actors/by-ids"))
			.bind(List.copyOf(ids)).to("ids")
			.fetch()
			.all()
			.forEach(row -> {
				Actor actor = Actor.from(row.get("actor"));
				result.put(actor.id(), actor);
			});
		return result;
	}

	List<ReviewCandidate> queue(int skip, int limit) {
		return this.rows.list("review/queue", Map.of("skip", skip, "limit", limit))
			.stream()
			.map(ReviewCandidate::from)
			.toList();
	}

	int openCount() {
		return Rows.integer(this.rows.one("review/queue-count", Map.of()), "total");
	}
}
