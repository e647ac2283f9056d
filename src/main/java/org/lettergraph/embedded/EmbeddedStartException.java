package org.lettergraph.embedded;

import java.net.BindException;
import java.nio.file.Path;

/** The embedded database could not start; the message says why in words a user can act on. */
public class EmbeddedStartException extends RuntimeException {

	EmbeddedStartException(String message, Throwable cause) {
		super(message, cause);
	}

	static EmbeddedStartException explain(Path dir, int port, RuntimeException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String text = String.valueOf(t.getMessage()).toLowerCase();
			if (text.contains("lock") && (text.contains("store") || text.contains("file"))) {
				return new EmbeddedStartException("The data folder " + dir
						+ " is in use by another lettergraph process (a running service?). Stop it, or point "
						+ "LETTERGRAPH_DATA_DIR at another folder, or set NEO4J_URI to use a Neo4j server.", ex);
			}
			if (t instanceof BindException || text.contains("address already in use")) {
				return new EmbeddedStartException("Bolt port " + port
						+ " on localhost is taken. Set LETTERGRAPH_BOLT_PORT to a free port (0 picks one).", ex);
			}
		}
		return new EmbeddedStartException("The embedded Neo4j in " + dir + " did not start: " + ex.getMessage(), ex);
	}
}
