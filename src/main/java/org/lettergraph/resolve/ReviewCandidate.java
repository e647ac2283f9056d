package org.lettergraph.resolve;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

import org.lettergraph.actor.Actor;
import org.lettergraph.graph.Rows;
import org.lettergraph.source.Source;

/**
 * Two actors that may be one, put in front of a person: how likely (0–1), why, where it stands (OPEN, UNSURE,
 * DISMISSED), who judged it last and when, and the sources of the letter that raised it.
 */
public record ReviewCandidate(Actor actor, Actor candidate, double score, String reason, String status,
		List<Source> sources, String decidedBy, String decidedAt) {

	static ReviewCandidate from(Map<String, Object> row) {
		return new ReviewCandidate(Actor.from(row.get("actor")), Actor.from(row.get("candidate")),
				((Number) row.get("score")).doubleValue(), Rows.string(row, "reason"), Rows.string(row, "status"),
				Rows.each(row, "sources", Source::from), Rows.string(row, "decidedBy"), instant(row.get("decidedAt")));
	}

	/** A stored date-time as ISO-8601 text with its offset (2026-11-30T03:12:45.123Z). */
	static String instant(Object value) {
		if (value instanceof ZonedDateTime || value instanceof OffsetDateTime) {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((TemporalAccessor) value);
		}
		return (value != null) ? value.toString() : null;
	}
}
