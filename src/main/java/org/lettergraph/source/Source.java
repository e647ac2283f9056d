package org.lettergraph.source;

import java.time.LocalDate;
import java.util.Map;

import org.lettergraph.graph.Rows;

/** A document facts come from. Its text is never stored: a source is cited by title, publisher and date. */
public record Source(String id, String title, String publisher, LocalDate date, String dateNote, String kind,
		String author, String location) {

	public static Source from(Object value) {
		Map<String, Object> m = Rows.map(value);
		return new Source(Rows.string(m, "id"), Rows.string(m, "title"), Rows.string(m, "publisher"),
				Rows.date(m, "date"), Rows.string(m, "dateNote"), Rows.string(m, "kind"), Rows.string(m, "author"),
				Rows.string(m, "location"));
	}
}
