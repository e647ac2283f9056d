package org.lettergraph.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lettergraph.graph.GraphWrites;
import org.lettergraph.graph.Rows;

import org.springframework.stereotype.Component;

/**
 * Writes and reads the history of corrections. {@link #record} runs inside the correction's own write, so a change
 * is kept exactly when the correction is: both or neither.
 */
@Component
public class History {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final GraphWrites writes;

	private final Rows rows;

	History(GraphWrites writes, Rows rows) {
		this.writes = writes;
		this.rows = rows;
	}

	/**
	 * One change to record.
	 *
	 * @param action   what was done, one of {@code ChangeAction}'s names (UPDATE_LETTER, RENAME_ACTOR, ...)
	 * @param field    the field that changed, or null when the change is about the whole letter or actor
	 * @param subjects the letters and actors it is about; {@code history(id)} lists it for each of them
	 * @param before   the value before (a string, number, date or list), null when there was none
	 * @param after    the value after, null when there is none any more
	 * @param summary  one sentence a person reads in the page
	 */
	public record Entry(String action, String field, List<String> subjects, Object before, Object after,
			String summary) {

		public Entry {
			subjects = List.copyOf(subjects);
		}
	}

	/** Records these changes, in this order, inside the current write; nothing when there are none. */
	public List<Change> record(List<Entry> entries) {
		if (entries.isEmpty()) {
			return List.of();
		}
		List<Map<String, Object>> changes = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry e = entries.get(i);
			java.util.HashMap<String, Object> change = new java.util.HashMap<>();
			change.put("id", "change:" + UUID.randomUUID());
			change.put("seq", i);
			change.put("action", e.action());
			change.put("field", e.field());
			change.put("subjects", e.subjects());
			change.put("before", text(e.before()));
			change.put("after", text(e.after()));
			change.put("summary", e.summary());
			changes.add(change);
		}
		return this.writes
			.one("history/record", Map.of("changes", changes),
					row -> Rows.each(row, "changes", c -> Change.from(Map.of("change", c))))
			.orElseThrow()
			.stream()
			.sorted(java.util.Comparator.comparing(Change::seq))
			.toList();
	}

	public List<Change> record(Entry entry) {
		return record(List.of(entry));
	}

	/** A value as the history shows it: text as it is, lists as JSON, anything else in its ISO or decimal form. */
	static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
			try {
				return JSON.writeValueAsString(value);
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("Cannot write a change's value as JSON", ex);
			}
		}
		return value.toString();
	}

	List<Change> page(String id, int skip, int limit) {
		return this.rows.list("history/page", Map.of("id", id, "query", query(id), "skip", skip, "limit", limit))
			.stream()
			.map(Change::from)
			.toList();
	}

	/** How many changes are about {@code id}, and whether a letter or actor has that id now. */
	Count count(String id) {
		Map<String, Object> row = this.rows.one("history/count", Map.of("id", id, "query", query(id)));
		return new Count(Rows.integer(row, "total"), Rows.flag(row, "held"));
	}

	record Count(int total, boolean held) {
	}

	Map<String, Audit> audits(Collection<String> ids) {
		Map<String, Audit> result = new java.util.LinkedHashMap<>();
		this.rows.list("history/audit", Map.of("ids", List.copyOf(ids)))
			.forEach(row -> result.put(Rows.string(row, "id"), Audit.from(row)));
		return result;
	}

	/** A query for the keyword-analysed index that matches exactly this id. */
	private static String query(String id) {
		return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
