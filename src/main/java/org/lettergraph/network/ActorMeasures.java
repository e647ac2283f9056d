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
 * degree in plain Cypher ({@code network/degrees}), PageRank and betweenness from Graph Data Science
 * ({@code network/centrality}). One statement per window and kind of measure.
 */
@Component
class ActorMeasures {

	/** What one actor field asks for: the actor, the window (null: every letter), and the measure (null: degree). */
	record Key(String actorId, LetterWhere window, Measure measure) {
	}

	private final Rows rows;

	ActorMeasures(Rows rows) {
		this.rows = rows;
	}

	/** The value of each key; an actor outside its window's network has no PageRank or betweenness (absent). */
	Map<Key, Number> load(Set<Key> keys) {
		Map<LetterWhere, List<Key>> degrees = new LinkedHashMap<>();
		Map<LetterWhere, List<Key>> scores = new LinkedHashMap<>();
		// A null window cannot be a map key of every map; NONE stands for it.
		for (Key key : keys) {
			LetterWhere window = (key.window() != null) ? key.window() : LetterWhere.NONE;
			(key.measure() == null ? degrees : scores).computeIfAbsent(window, w -> new ArrayList<>()).add(key);
		}
		Map<Key, Number> values = new HashMap<>();
		degrees.forEach((window, group) -> values.putAll(degrees(window, group)));
		scores.forEach((window, group) -> values.putAll(scores(window, group)));
		return values;
	}

	private Map<Key, Number> degrees(LetterWhere window, List<Key> keys) {
		Composer composer = this.rows.composer();
		Map<String, Fragment> slots = Map.of("LETTER", NetworkMeasures.window(window, composer));
		Map<String, Number> byActor = new HashMap<>();
		this.rows.list("network/degrees", slots, Map.of("ids", keys.stream().map(Key::actorId).distinct().toList()))
			.forEach(row -> byActor.put(Rows.string(row, "id"), Rows.integer(row, "degree")));
		Map<Key, Number> values = new HashMap<>();
		keys.forEach(key -> values.put(key, byActor.get(key.actorId())));
		return values;
	}

	private Map<Key, Number> scores(LetterWhere window, List<Key> keys) {
		Set<Measure> measures = EnumSet.noneOf(Measure.class);
		keys.forEach(key -> measures.add(key.measure()));
		List<String> ids = keys.stream().map(Key::actorId).distinct().toList();
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
		Map<Key, Number> values = new HashMap<>();
		for (Key key : keys) {
			Map<String, Object> score = byActor.get(key.actorId());
			Object value = (score != null)
					? score.get((key.measure() == Measure.PAGE_RANK) ? "pageRank" : "betweenness") : null;
			if (value != null) {
				values.put(key, (Number) value);
			}
		}
		return values;
	}
}
