package org.lettergraph.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.lettergraph.graph.GdsNotInstalledException;
import org.lettergraph.actor.Actor;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.Rows;
import org.lettergraph.letter.LetterWhere;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The questions answered with Neo4j Graph Data Science: blocs (Leiden communities) and similar actors (Node
 * Similarity). Each is one statement that projects the graph it needs under a name of its own, runs the algorithm
 * and drops the projection; should the statement fail half-way, the projection is dropped here so nothing stays
 * behind in the server's memory. Without GDS, a {@link GdsNotInstalledException} says so. The pairs of a bloc's
 * network are counted in the in-memory {@link CoSignatureIndex} when it is current, as for the networks themselves.
 */
@Component
class Communities {

	private static final Logger log = LoggerFactory.getLogger(Communities.class);

	private final Rows rows;

	private final CoSignatureQueries queries;

	private final CoSignatureIndex index;

	Communities(Rows rows, CoSignatureQueries queries, CoSignatureIndex index) {
		this.rows = rows;
		this.queries = queries;
		this.index = index;
	}

	/**
	 * The blocs of the filtered co-signature network, largest first, at most {@code limit}: its pairs counted in the
	 * in-memory co-signature index when it is current, else by Cypher; both give the same blocs.
	 */
	List<Bloc> blocs(LetterWhere where, int minShared, int limit) {
		return blocsByIndex(where, minShared, limit).orElseGet(() -> blocsByCypher(where, minShared, limit));
	}

	/**
	 * The blocs with the network's pairs counted in the co-signature index: one statement finds the window's letters
	 * (with the graph's fingerprint), one projects the pairs, runs Leiden and drops the projection, after checking
	 * the fingerprint again. Empty when the index is not current (a write in between included).
	 */
	Optional<List<Bloc>> blocsByIndex(LetterWhere where, int minShared, int limit) {
		long start = System.nanoTime();
		Optional<CoSignatureIndex.AllPairs> counted = this.queries.allPairsByIndex(where, minShared);
		if (counted.isEmpty()) {
			return Optional.empty();
		}
		CoSignatureIndex.AllPairs pairs = counted.get();
		long countedAt = System.nanoTime();
		Map<String, Object> row = run("Blocs", "network/blocs-of-pairs", Map.of("actors", pairs.actorIds(), "sources",
				pairs.sources(), "targets", pairs.targets(), "shared", pairs.weights(), "fingerprint",
				pairs.fingerprint(), "limit", limit));
		if (log.isDebugEnabled()) {
			log.debug("Blocs of {} pairs of {} actors: window and pairs {} ms, projected with Leiden {} ms",
					pairs.sources().length, pairs.actorIds().size(), (countedAt - start) / 1_000_000,
					(System.nanoTime() - countedAt) / 1_000_000);
		}
		if (!Rows.flag(row, "current")) {
			this.index.stale();
			return Optional.empty();
		}
		return Optional.of(blocs(row));
	}

	/** The blocs with the network's pairs counted by Cypher, in one statement. */
	List<Bloc> blocsByCypher(LetterWhere where, int minShared, int limit) {
		Map<String, Object> parameters = new HashMap<>(where.parameters());
		parameters.put("minShared", minShared);
		parameters.put("limit", limit);
		return blocs(run("Blocs", "network/blocs", parameters));
	}

	private static List<Bloc> blocs(Map<String, Object> row) {
		List<Bloc> blocs = new ArrayList<>();
		for (Object members : (List<?>) row.get("blocs")) {
			blocs.add(new Bloc(blocs.size() + 1, ((List<?>) members).stream().map(Actor::from).toList()));
		}
		return blocs;
	}

	/** Each actor's bloc number in the filtered co-signature network; actors in no bloc are absent. */
	Map<String, Integer> blocByActor(LetterWhere where, int minShared) {
		Map<String, Integer> result = new HashMap<>();
		for (Bloc bloc : blocs(where, minShared, Integer.MAX_VALUE)) {
			bloc.members().forEach(member -> result.put(member.id(), bloc.id()));
		}
		return result;
	}

	List<SimilarActor> similarActors(String actorId, int limit) {
		return similarActors(actorId, 0, limit).similar();
	}

	/** The similar actors after the first {@code skip}, at most {@code limit}, and how many there are in all. */
	SimilarPage similarActors(String actorId, int skip, int limit) {
		Map<String, Object> row = run("Similar actors", "network/similar-actors",
				Map.of("actorId", actorId, "skip", skip, "limit", limit));
		if (!Rows.flag(row, "found")) {
			throw new InvalidArgumentException("actorId", "no actor has the id '" + actorId + "'.");
		}
		List<SimilarActor> similar = ((List<?>) row.get("similar")).stream()
			.map(Rows::map)
			.map(m -> new SimilarActor(Actor.from(m.get("actor")), Rows.integer(m, "shared"),
					((Number) m.get("jaccard")).doubleValue()))
			.toList();
		return new SimilarPage(similar, Rows.integer(row, "total"));
	}

	/** A page of similar actors and how many there are in all. */
	record SimilarPage(List<SimilarActor> similar, int total) {
	}

	private Map<String, Object> run(String feature, String query, Map<String, Object> parameters) {
		String graph = "lettergraph-" + UUID.randomUUID();
		Map<String, Object> withGraph = new HashMap<>(parameters);
		withGraph.put("graph", graph);
		try {
			return this.rows.one(query, withGraph);
		}
		catch (RuntimeException ex) {
			GdsNotInstalledException missing = GdsNotInstalledException.from(feature, ex);
			if (missing != null) {
				throw missing;
			}
			drop(graph);
			throw ex;
		}
	}

	private void drop(String graph) {
		try {
			this.rows.one("network/drop-projection", Map.of("graph", graph));
		}
		catch (RuntimeException ex) {
			log.warn("Could not drop the GDS projection {}; it stays in memory until the server restarts: {}", graph,
					ex.getMessage());
		}
	}
}
