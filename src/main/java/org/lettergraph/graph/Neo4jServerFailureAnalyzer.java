package org.lettergraph.graph;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Says plainly why start-up could not use the configured Neo4j server ({@code spring.neo4j.uri}). The driver connects
 * lazily, so this surfaces where start-up first talks to the database: the schema migrations. Registered in
 * {@code META-INF/spring.factories}; the commands use it too.
 */
public class Neo4jServerFailureAnalyzer implements FailureAnalyzer {

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof AuthenticationException) {
				return new FailureAnalysis("The Neo4j server refused to sign in: " + t.getMessage(),
						"Set NEO4J_USERNAME and NEO4J_PASSWORD (spring.neo4j.authentication.username and .password) "
								+ "to a user of that server.",
						failure);
			}
			if (t instanceof ServiceUnavailableException) {
				return new FailureAnalysis("The Neo4j server in NEO4J_URI (spring.neo4j.uri) does not answer: "
						+ t.getMessage(),
						"Start that server or correct NEO4J_URI; leave NEO4J_URI empty to run the embedded database.",
						failure);
			}
		}
		return null;
	}
}
