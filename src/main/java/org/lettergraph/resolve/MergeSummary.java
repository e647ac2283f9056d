package org.lettergraph.resolve;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.lettergraph.graph.Rows;

/** A merge into an actor that can still be undone: when, by whom, and the ids of the actors it took in. */
public record MergeSummary(String id, ZonedDateTime at, String by, List<String> mergedIds) {

	static MergeSummary from(Map<String, Object> m) {
		Object at = m.get("at");
		return new MergeSummary(Rows.string(m, "id"), (at instanceof ZonedDateTime z) ? z : null, Rows.string(m, "by"),
				Rows.strings(m, "mergedIds"));
	}
}
