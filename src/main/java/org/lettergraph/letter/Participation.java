package org.lettergraph.letter;

import java.util.List;

import org.lettergraph.source.Source;

/** One letter an actor took part in, how, and on whose word. */
public record Participation(Letter letter, String role, Integer position, String title, String organization,
		String location, List<Source> sources) {
}
