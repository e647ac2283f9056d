package org.lettergraph.actor;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lettergraph.graph.Rows;
import org.lettergraph.names.NameKey;
import org.lettergraph.source.Source;

import org.springframework.stereotype.Repository;

@Repository
class ActorRepository {

	private final Rows rows;

	ActorRepository(Rows rows) {
		this.rows = rows;
	}

	Map<String, Actor> byIds(Collection<String> ids) {
		return this.rows.byId("actors/by-ids", ids, Actor::id, row -> Actor.from(row.get("actor")));
	}

	/** Actors whose name or an alias has the same normalised key as {@code name}, primary names first. */
	List<Actor> byName(String name) {
		String key = NameKey.of(name);
		if (key.isEmpty()) {
			return List.of();
		}
		return this.rows.list("actors/by-key", Map.of("key", key, "query", NameKey.exactQuery(key)))
			.stream()
			.map(row -> Actor.from(row.get("actor")))
			.toList();
	}

	List<Actor> search(String luceneQuery, int limit) {
		return this.rows.list("actors/search", Map.of("query", luceneQuery, "limit", limit))
			.stream()
			.map(row -> Actor.from(row.get("actor")))
			.toList();
	}

	Map<String, List<Affiliation>> affiliations(Collection<String> actorIds) {
		return this.rows.grouped("actors/affiliations", actorIds, "actorId",
				row -> new Affiliation(Actor.from(row.get("member")), Actor.from(row.get("organization")),
						Rows.string(row, "title"), Rows.each(row, "sources", Source::from)));
	}

	Map<String, ActorSources> sources(Collection<String> actorIds) {
		Map<String, ActorSources> result = new HashMap<>();
		this.rows.grouped("actors/sources", actorIds, "actorId", row -> Source.from(row.get("source")))
			.forEach((id, list) -> result.put(id, new ActorSources(list)));
		return result;
	}

	Map<String, List<Source>> statements(Collection<String> actorIds) {
		return this.rows.grouped("actors/statements", actorIds, "actorId", row -> Source.from(row.get("source")));
	}
}
