package org.lettergraph.history;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.lettergraph.graph.Rows;

/**
 * One change a person made: what ({@code action}, and the {@code field} when one field changed), to which letters
 * and actors ({@code subjects}), the value before and after as text (JSON for lists; null where there was none), who
 * and when.
 */
public record Change(String id, ZonedDateTime at, String by, String action, String field, List<String> subjects,
		String before, String after, String summary, int seq) {

	static Change from(Map<String, Object> row) {
		Map<String, Object> m = Rows.map(row.get("change"));
		Object at = m.get("at");
		return new Change(Rows.string(m, "id"), (at instanceof ZonedDateTime z) ? z : null, Rows.string(m, "by"),
				Rows.string(m, "action"), Rows.string(m, "field"), Rows.strings(m, "subjects"),
				Rows.string(m, "before"), Rows.string(m, "after"), Rows.string(m, "summary"),
				(Rows.integer(m, "seq") != null) ? Rows.integer(m, "seq") : 0);
	}
}
