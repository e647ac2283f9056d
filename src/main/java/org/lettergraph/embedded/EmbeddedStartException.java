package org.lettergraph.embedded;

import java.net.BindException;
import java.nio.file.Path;

/**
 * The embedded database could not start; the message says why in words a user can act on: {@link #problem()} what
 * is wrong, {@link #action()} what to set or do about it (shown apart by {@link EmbeddedStartFailureAnalyzer}).
 */
public class EmbeddedStartException extends RuntimeException {

	private final String problem;

	private final String action;

	EmbeddedStartException(String problem, String action, Throwable cause) {
		super(problem + " " + action, cause);
		this.problem = problem;
		this.action = action;
	}

	EmbeddedStartException(String message, Throwable cause) {
		this(message, "", cause);
	}

	public String problem() {
		return this.problem;
	}

	/** What to do, or empty when there is nothing more to say than the problem. */
	public String action() {
		return this.action;
	}

	static EmbeddedStartException portTaken(int port, Throwable cause) {
		return new EmbeddedStartException("Bolt port " + port
				+ " on localhost is taken (by another Neo4j, such as Neo4j Desktop, or another lettergraph?).",
				"Set LETTERGRAPH_BOLT_PORT (lettergraph.embedded.bolt-port) to a free port, or to 0 for any free "
						+ "port; left unset, the service picks a free one itself when 7687 is taken.",
				cause);
	}

	static EmbeddedStartException folderInUse(Path dir, Throwable cause) {
		return new EmbeddedStartException("The data folder " + dir
				+ " is in use by another lettergraph process (a running service?).",
				"Stop it, or point LETTERGRAPH_DATA_DIR at another folder, or set NEO4J_URI to use a Neo4j server.",
				cause);
	}

	static EmbeddedStartException explain(Path dir, int port, RuntimeException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String text = String.valueOf(t.getMessage()).toLowerCase();
			if (text.contains("lock") && (text.contains("store") || text.contains("file"))) {
				return folderInUse(dir, ex);
			}
			if (t instanceof BindException || text.contains("address already in use")) {
				return portTaken(port, ex);
			}
		}
		return new EmbeddedStartException("The embedded Neo4j in " + dir + " did not start: " + ex.getMessage(), ex);
	}
}
