package org.lettergraph.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Shows why the embedded database did not start as Spring Boot's short "APPLICATION FAILED TO START" block (what is
 * wrong, what to do) instead of a stack trace of some 200 lines with the one useful line buried in it. Registered in
 * {@code META-INF/spring.factories}.
 */
public class EmbeddedStartFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedStartException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedStartException cause) {
		String action = cause.action().isEmpty() ? "See the message above; the database's own log is in the data "
				+ "folder's logs/debug.log." : cause.action();
		return new FailureAnalysis(cause.problem(), action, cause);
	}
}
