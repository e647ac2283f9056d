package org.lettergraph.network;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lettergraph.graph.Composer;
import org.lettergraph.graph.Fragment;
import org.lettergraph.graph.Projections;
import org.lettergraph.graph.Rows;
import org.lettergraph.letter.LetterWhere;
import org.lettergraph.letter.NetworkMeasures;
import org.lettergraph.letter.NetworkMeasures.Measure;

import org.springframework.stereotype.Component;

/**
 * An actor's place in the co-signature network of a window of letters, for a whole level of a request at once:
 * degree counted in the in-memory co-signature index (in plain Cypher, {@code network/degrees}, when the index is
 * not current), PageRank and betweenness from Graph Data Science
 * ({@code network/centrality}). One statement per window and kind of measure.
 */
@Component
class ActorMeasures {

	/** What one degree field asks for: the actor and the window ({@link LetterWhere#NONE}: every letter). */
	record DegreeKey(String actorId, LetterWhere window) {
	}

	/**
	 * What one PageRank or betweenness field asks for. Loaded apart from degrees, so that a server without Graph Data
	 * Science fails these fields only.
	 */
	record ScoreKey(String actorId, LetterWhere window, Measure measure) {
	}

	private final Rows rows;

	private final CoSignatureQueries queries;

	ActorMeasures(Rows rows, CoSignatureQueries queries) {
		this.rows = rows;
		this.queries = queries;
	}

	/**
	 * Each actor's degree within its window: one statement per window, counted in the in-memory co-signature index
	 * when it is current, else by Cypher (one statement more).
	 */
	Map<DegreeKey, Integer> degrees(Set<DegreeKey> keys) {
		Map<LetterWhere, List<DegreeKey>> byWindow = new LinkedHashMap<>();
		keys.forEach(key -> byWindow.computeIfAbsent(key.window(), w -> new ArrayList<>()).add(key));
		Map<DegreeKey, Integer> values = new HashMap<>();
		byWindow.forEach((window, group) -> {
			List<String> ids = group.stream().map(DegreeKey::actorId).distinct().toList();
			Map<String, Integer> byActor = this.queries.degreesByIndex(window, ids)
				.orElseGet(() -> degreesByCypher(window, ids));
			group.forEach(key -> values.put(key, byActor.getOrDefault(key.actorId(), 0)));
		});
		return values;
	}

	Map<String, Integer> degreesByCypher(LetterWhere window, List<String> ids) {
		Composer composer = this.rows.composer();
		Map<String, Fragment> slots = Map.of("LETTER", NetworkMeasures.window(window, composer));
		Map<String, Integer> byActor = new HashMap<>();
		this.rows.list("network/degrees", slots, Map.of("ids", ids))
			.forEach(row -> byActor.put(Rows.string(row, "id"), Rows.integer(row, "degree")));
		return byActor;
	}

	/**
	 * Each actor's PageRank or betweenness within its window, one statement per window (both measures in one
	 * projection); an actor outside its window's network has none (absent).
	 */
	Map<ScoreKey, Double> scores(Set<ScoreKey> keys) {
		Map<LetterWhere, List<ScoreKey>> byWindow = new LinkedHashMap<>();
		keys.forEach(key -> byWindow.computeIfAbsent(key.window(), w -> new ArrayList<>()).add(key));
		Map<ScoreKey, Double> values = new HashMap<>();
		byWindow.forEach((window, group) -> values.putAll(scores(window, group)));
		return values;
	}

	private Map<ScoreKey, Double> scores(LetterWhere window, List<ScoreKey> keys) {
		Set<Measure> measures = EnumSet.noneOf(Measure.class);
		keys.forEach(key -> measures.add(key.measure()));
		List<String> ids = keys.stream().map(ScoreKey::actorId).distinct().toList();
		Map<String, Object> row = Projections.run(this.rows, "PageRank and betweenness", Projections.newName(),
				graph -> {
					Composer composer = this.rows.composer();
					Map<String, Fragment> slots = Map.of("PROJECT", NetworkMeasures.project(window, graph, composer),
							"MEASURES", NetworkMeasures.measures(measures, graph, composer));
					return this.rows.one("network/centrality", slots, Map.of("ids", ids, "graph", graph));
				});
		Map<String, Map<String, Object>> byActor = new HashMap<>();
		for (Object value : (List<?>) row.get("scores")) {
			Map<String, Object> score = Rows.map(value);
			byActor.put(Rows.string(score, "id"), score);
		}
		Map<ScoreKey, Double> values = new HashMap<>();
		for (ScoreKey key : keys) {
			Map<String, Object> score = byActor.get(key.actorId());
			Object value = (score != null)
					? score.get((key.measure() == Measure.PAGE_RANK) ? "pageRank" : "betweenness") : null;
			if (value != null) {
				values.put(key, ((Number) value).doubleValue());
			}
		}
		return values;
	}
}
