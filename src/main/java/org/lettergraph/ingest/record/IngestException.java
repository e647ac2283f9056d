package org.lettergraph.ingest.record;

import java.util.List;

/** A record that cannot go into the graph; each problem names the field (and line, where known) and says why. */
public class IngestException extends RuntimeException {

	private final List<String> problems;

	private final int line;

	public IngestException(List<String> problems) {
		this(0, problems);
	}

	public IngestException(String problem) {
		this(List.of(problem));
	}

	/**
	 * A problem found at one line of the input (1-based); the message starts with "line N: " so a person can find
	 * it.
	 */
	public IngestException(int line, String problem) {
		this(line, List.of("line " + line + ": " + problem));
	}

	private IngestException(int line, List<String> problems) {
		super(String.join("; ", problems));
		this.problems = List.copyOf(problems);
		this.line = line;
	}

	public List<String> problems() {
		return this.problems;
	}

	/** The 1-based line of the input the problem is at, or 0 when it is not tied to one line. */
	public int line() {
		return this.line;
	}
}
