package org.lettergraph.letter;

import java.util.List;

import org.lettergraph.graph.Connection;
import org.lettergraph.source.Source;

/** An edge of {@code Actor.letterConnection}: the letter, and how the actor took part in it. */
public record ParticipationEdge(String cursor, Letter node, String role, Integer position, String title,
		String organization, List<Source> sources) implements Connection.Cursored {

	static ParticipationEdge of(String cursor, Participation p) {
		return new ParticipationEdge(cursor, p.letter(), p.role(), p.position(), p.title(), p.organization(),
				p.sources());
	}
}
