package org.lettergraph.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The database has no Neo4j Graph Data Science, or not the procedure a question needs. The message says what is
 * missing and how to install it; the service never falls back to another answer.
 */
public class GdsNotInstalledException extends RuntimeException {

	private static final Pattern GDS_NAME = Pattern.compile("gds(\\.[A-Za-z0-9_]+)+");

	public GdsNotInstalledException(String feature, String missing, Throwable cause) {
		super(feature + " need Neo4j Graph Data Science (GDS), which is not installed on this Neo4j server ("
				+ missing + " is unknown to it). Install the GDS plugin that matches the server (e.g. 2.13.x for "
				+ "Neo4j 5.26): put neo4j-graph-data-science-<version>.jar in the server's plugins folder, set "
				+ "dbms.security.procedures.unrestricted=gds.* in neo4j.conf and restart Neo4j; with Docker, start "
				+ "the image with NEO4J_PLUGINS='[\"graph-data-science\"]'. The embedded database of lettergraph "
				+ "has GDS built in.", cause);
	}

	/**
	 * The exception to throw instead of {@code failure} when it says a GDS procedure or function is unknown, or null
	 * when it is about something else.
	 */
	public static GdsNotInstalledException from(String feature, Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof Neo4jException neo4j && neo4j.getMessage() != null) {
				String message = neo4j.getMessage();
				boolean unknown = "Neo.ClientError.Procedure.ProcedureNotFound".equals(neo4j.code())
						|| ("Neo.ClientError.Statement.SyntaxError".equals(neo4j.code())
								&& message.contains("Unknown function"));
				Matcher name = GDS_NAME.matcher(message);
				if (unknown && name.find()) {
					return new GdsNotInstalledException(feature, name.group(), failure);
				}
			}
		}
		return null;
	}
}
