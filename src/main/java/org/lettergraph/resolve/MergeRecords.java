package org.lettergraph.resolve;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lettergraph.graph.GraphSchema;
import org.lettergraph.graph.GraphWrites;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.Rows;
import org.lettergraph.graph.TypedValues;
import org.lettergraph.security.Authorship.Stamp;

import org.springframework.stereotype.Component;

/**
 * What a merge moved, kept so that the merge can be undone. Before each step of a merge (one merged actor) the step
 * reads the kept and the merged actor exactly (labels, every property) and every relationship of the merged actor
 * with what the merge will do to it; the merge then keeps it all as one {@code :Merge} node. Undoing the merge puts
 * the merged actors back with their own relationships, aliases and sources, and gives the kept actor back what it
 * was: exactly, where nothing changed it since; otherwise what later corrections did stays.
 */
@Component
class MergeRecords {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final GraphWrites writes;

	private final Rows rows;

	MergeRecords(GraphWrites writes, Rows rows) {
		this.writes = writes;
		this.rows = rows;
	}

	/** One merged actor's part of a merge, read before it happens. */
	record Step(String mergedId, List<String> labels, Map<String, Object> merged, Map<String, Object> keptBefore,
			List<Map<String, Object>> edges) {
	}

	/** Reads one step before it runs (inside the merge's write, so what it reads is what the step then moves). */
	Step before(String keepId, String mergeId) {
		Map<String, Map<String, Object>> actors = new LinkedHashMap<>();
		this.rows.list("review/merge-snapshot", Map.of("keepId", keepId, "mergeId", mergeId))
			.forEach(row -> actors.put(Rows.string(row, "id"), row));
		Map<String, Object> merged = actors.get(mergeId);
		Map<String, Object> kept = actors.get(keepId);
		List<Map<String, Object>> edges = new ArrayList<>();
		for (Map<String, Object> row : this.rows.list("review/merge-edges",
				Map.of("keepId", keepId, "mergeId", mergeId))) {
			Map<String, Object> edge = new LinkedHashMap<>();
			edge.put("type", GraphSchema.relationshipType(Rows.string(row, "type")));
			edge.put("out", Rows.flag(row, "out"));
			edge.put("other", Rows.string(row, "other"));
			edge.put("otherLabel", GraphSchema.label(Rows.string(row, "otherLabel")));
			edge.put("properties", TypedValues.encode(Rows.map(row.get("properties"))));
			List<?> keptEdges = (List<?>) row.get("kept");
			String outcome = Rows.flag(row, "toKept") ? "DROPPED" : keptEdges.isEmpty() ? "MOVED" : "JOINED";
			edge.put("outcome", outcome);
			edge.put("kept", "JOINED".equals(outcome) ? TypedValues.encode(Rows.map(keptEdges.get(0))) : null);
			edges.add(edge);
		}
		return new Step(mergeId, Rows.strings(merged, "labels"),
				TypedValues.encode(Rows.map(merged.get("properties"))),
				TypedValues.encode(Rows.map(kept.get("properties"))), edges);
	}

	/** Keeps the steps of one merge into {@code keepId}, with what each step added to the kept actor's lists. */
	void record(String keepId, List<Step> steps, List<Map<String, Object>> keptAfterEachStep) {
		List<Map<String, Object>> encoded = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			Map<String, Object> before = TypedValues.decode(step.keptBefore());
			Map<String, Object> after = keptAfterEachStep.get(i);
			Map<String, Object> added = new LinkedHashMap<>();
			for (String list : List.of("aliases", "keys", "sources", "mergedIds")) {
				List<String> was = Rows.strings(before, list);
				added.put(list, Rows.strings(after, list).stream().filter(x -> !was.contains(x)).toList());
			}
			Map<String, Object> s = new LinkedHashMap<>();
			s.put("mergedId", step.mergedId());
			s.put("labels", step.labels());
			s.put("merged", step.merged());
			s.put("keptBefore", step.keptBefore());
			s.put("added", added);
			s.put("edges", step.edges());
			encoded.add(s);
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("id", "merge:" + UUID.randomUUID());
		parameters.put("keepId", keepId);
		parameters.put("mergedIds", steps.stream().map(Step::mergedId).toList());
		parameters.put("record", json(Map.of("steps", encoded)));
		this.writes.update("review/record-merge", parameters);
	}

	/** The latest merge into an actor that can be undone, or null; and how many there are. */
	Latest latest(String keepId) {
		Map<String, Object> row = this.rows.list("review/latest-merge", Map.of("id", keepId)).get(0);
		Map<String, Object> merge = Rows.map(row.get("merge"));
		return new Latest(Rows.integer(row, "total"), merge.isEmpty() ? null : merge);
	}

	record Latest(int total, Map<String, Object> merge) {
	}

	/**
	 * Undoes one recorded merge into {@code keepId}, last step first, and forgets it.
	 * @return the ids of the actors put back, in the order the merge took them in
	 */
	List<String> undo(String keepId, Map<String, Object> merge, Stamp stamp) {
		String mergeBy = Rows.string(merge, "by");
		ZonedDateTime mergeAt = (ZonedDateTime) merge.get("at");
		Map<String, Object> record = parse(Rows.string(merge, "record"));
		List<Map<String, Object>> steps = new ArrayList<>();
		((List<?>) record.get("steps")).forEach(s -> steps.add(Rows.map(s)));
		for (int i = steps.size() - 1; i >= 0; i--) {
			Map<String, Object> step = steps.get(i);
			String mergedId = Rows.string(step, "mergedId");
			if (!this.rows.list("review/merge-snapshot", Map.of("keepId", "", "mergeId", mergedId)).isEmpty()) {
				throw new InvalidArgumentException("id", "an actor with the id '" + mergedId + "' is in the graph "
						+ "again since the merge (written anew by a later letter?), so the merge cannot be undone "
						+ "as it was; merge '" + mergedId + "' into '" + keepId + "' first, then un-merge.");
			}
			String kind = Rows.strings(step, "labels")
				.stream()
				.filter(l -> !"Actor".equals(l))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("A merge record without the merged actor's kind"));
			this.writes.update("review/restore-actor", kind,
					Map.of("properties", TypedValues.decode(Rows.map(step.get("merged")))));
			Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
			for (Object e : (List<?>) step.get("edges")) {
				Map<String, Object> edge = Rows.map(e);
				String group = edge.get("type") + "|" + edge.get("out") + "|" + edge.get("otherLabel");
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("other", edge.get("other"));
				row.put("outcome", edge.get("outcome"));
				row.put("properties", TypedValues.decode(Rows.map(edge.get("properties"))));
				row.put("kept", (edge.get("kept") != null) ? TypedValues.decode(Rows.map(edge.get("kept"))) : null);
				groups.computeIfAbsent(group, g -> new ArrayList<>()).add(row);
			}
			groups.forEach((group, rows) -> {
				String[] parts = group.split("\\|");
				String query = Boolean.parseBoolean(parts[1]) ? "review/restore-outgoing" : "review/restore-incoming";
				this.writes.updateEach(query, parts[0], parts[2], Map.of("mergeId", mergedId, "keepId", keepId,
						"mergeBy", mergeBy, "mergeAt", mergeAt, "rows", rows));
			});
			this.writes.update("review/restore-kept", Map.of("keepId", keepId, "mergeBy", mergeBy, "mergeAt", mergeAt,
					"before", TypedValues.decode(Rows.map(step.get("keptBefore"))), "added", step.get("added")));
		}
		this.writes.update("review/forget-merge", Map.of("id", Rows.string(merge, "id")));
		return steps.stream().map(s -> Rows.string(s, "mergedId")).toList();
	}

	private static String json(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write a merge record", ex);
		}
	}

	private static Map<String, Object> parse(String text) {
		try {
			return JSON.readValue(text, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A merge record that is not JSON: " + ex.getMessage(), ex);
		}
	}
}
