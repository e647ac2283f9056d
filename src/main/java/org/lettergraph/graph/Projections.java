package org.lettergraph.graph;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a statement that projects a graph into Neo4j Graph Data Science under a name of its own and drops it again
 * (the statement does that itself). Should the statement fail half-way, the projection is dropped here so nothing
 * stays behind in the server's memory; a server without GDS gets a {@link GdsNotInstalledException}.
 */
public final class Projections {

	private static final Logger log = LoggerFactory.getLogger(Projections.class);

	private Projections() {
	}

	/** A name no other call uses, for the projection of one statement. */
	public static String newName() {
		return "lettergraph-" + UUID.randomUUID();
	}

	/** Runs {@code statement} with the projection's name {@code graph}; {@code feature} names what needs GDS. */
	public static <T> T run(Rows rows, String feature, String graph, Function<String, T> statement) {
		try {
			return statement.apply(graph);
		}
		catch (RuntimeException ex) {
			GdsNotInstalledException missing = GdsNotInstalledException.from(feature, ex);
			if (missing != null) {
				throw missing;
			}
			try {
				rows.one("network/drop-projection", Map.of("graph", graph));
			}
			catch (RuntimeException dropFailed) {
				log.warn("Could not drop the GDS projection {}; it stays in memory until the server restarts: {}",
						graph, dropFailed.getMessage());
			}
			throw ex;
		}
	}
}
