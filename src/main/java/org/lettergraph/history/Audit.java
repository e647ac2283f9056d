package org.lettergraph.history;

import java.time.ZonedDateTime;
import java.util.Map;

import org.lettergraph.graph.Rows;

/** Who created a letter or actor and when, and who changed it last and when (null until someone does). */
record Audit(String createdBy, ZonedDateTime createdAt, String updatedBy, ZonedDateTime updatedAt) {

	static Audit from(Map<String, Object> row) {
		return new Audit(Rows.string(row, "createdBy"), time(row.get("createdAt")), Rows.string(row, "updatedBy"),
				time(row.get("updatedAt")));
	}

	private static ZonedDateTime time(Object value) {
		return (value instanceof ZonedDateTime z) ? z : null;
	}
}
