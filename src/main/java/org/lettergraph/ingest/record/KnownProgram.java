package org.lettergraph.ingest.record;

import java.util.List;

/**
 * A government program the graph already holds, as a parser needs it to find the program in a letter's text.
 *
 * @param id      the program's id ({@code program:287g})
 * @param name    its name ("287(g) program")
 * @param aliases further names and acronyms it goes by
 */
public record KnownProgram(String id, String name, List<String> aliases) {

	public KnownProgram {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
	}
}
