package org.lettergraph.ingest;

import java.util.List;

/** A record that cannot go into the graph; each problem names the field (and line, where known) and says why. */
public class IngestException extends RuntimeException {

	private final List<String> problems;

	public IngestException(List<String> problems) {
		super(String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public IngestException(String problem) {
		this(List.of(problem));
	}

	public List<String> problems() {
		return this.problems;
	}
}
