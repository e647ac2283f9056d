package org.lettergraph.resolve;

import java.util.List;
import java.util.Map;

import org.lettergraph.actor.Actor;
import org.lettergraph.graph.Rows;
import org.lettergraph.source.Source;

/**
 * Two actors that may be one, put in front of a person: how likely (0–1), why, whether it is still open, and
 * the sources of the letter that raised it.
 */
public record ReviewCandidate(Actor actor, Actor candidate, double score, String reason, String status,
		List<Source> sources) {

	static ReviewCandidate from(Map<String, Object> row) {
		return new ReviewCandidate(Actor.from(row.get("actor")), Actor.from(row.get("candidate")),
				((Number) row.get("score")).doubleValue(), Rows.string(row, "reason"), Rows.string(row, "status"),
				Rows.each(row, "sources", Source::from));
	}
}
