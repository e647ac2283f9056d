package org.lettergraph.graph;

import java.util.function.Predicate;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lettergraph.security.AccessProperties;
import org.lettergraph.security.Roles;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns failures into GraphQL errors a person can read: a bad argument says which and why; an unreachable
 * database says so, without a stack trace. Anything else is logged and reported as an internal error.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	static final ErrorClassification UNAVAILABLE = ErrorClassification.errorClassification("UNAVAILABLE");

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	private final AccessProperties access;

	private final QueryLimits limits;

	GraphQlErrors(AccessProperties access, QueryLimits limits) {
		this.access = access;
		this.limits = limits;
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidArgumentException) {
			return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
		}
		if (ex instanceof NotFoundException) {
			return error(env, ErrorType.NOT_FOUND, ex.getMessage());
		}
		if (ex instanceof AccessDeniedException
				|| ex instanceof org.springframework.security.core.AuthenticationException) {
			return refusal(env);
		}
		if (timedOut(ex)) {
			log.warn("Statement stopped by the transaction timeout while fetching {}",
					env.getExecutionStepInfo().getPath());
			return error(env, QueryLimitsConfiguration.LIMIT, QueryLimitsConfiguration.timeoutMessage(this.limits));
		}
		if (ex instanceof GraphWrites.WriteBusyException) {
			return error(env, UNAVAILABLE, ex.getMessage());
		}
		if (databaseUnreachable(ex)) {
			log.warn("Database unreachable while fetching {}: {}", env.getExecutionStepInfo().getPath(),
					ex.getMessage());
			return error(env, UNAVAILABLE, "The graph database cannot be reached right now. "
					+ "Try again in a moment; if this persists, check that Neo4j is running and NEO4J_URI points at it.");
		}
		// After the unreachable check: a lost connection is retryable to the driver too, but not "busy".
		if (TransientRetry.isTransient(ex)) {
			log.warn("Gave up after repeated transient failures while fetching {}: {}",
					env.getExecutionStepInfo().getPath(), ex.getMessage());
			return error(env, UNAVAILABLE, "The graph is busy with other writes to the same actors, and this one "
					+ "kept colliding with them; nothing of it was written. Try again in a moment.");
		}
		return null;
	}

	/** Why a write was refused, and what to do about it. */
	private GraphQLError refusal(DataFetchingEnvironment env) {
		if (!this.access.hasEditor()) {
			return error(env, ErrorType.FORBIDDEN, Roles.NO_EDITOR);
		}
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
			return error(env, ErrorType.UNAUTHORIZED, "This changes the graph, so it needs an editor: sign in with "
					+ "HTTP Basic as a configured user, or send Authorization: Bearer with an API token.");
		}
		return error(env, ErrorType.FORBIDDEN,
				"'" + who.getName() + "' is signed in but is not an editor (this needs the EDITOR role).");
	}

	/**
	 * The database stopped the statement because its transaction ran past the timeout the service gave it; inside a
	 * procedure (Graph Data Science's), the procedure reports the stop as its own failure, naming the timeout.
	 */
	private static boolean timedOut(Throwable ex) {
		return causedBy(ex, t -> t instanceof Neo4jException neo4j && neo4j.code() != null
				&& (neo4j.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut")
						|| (neo4j.code().equals("Neo.ClientError.Procedure.ProcedureCallFailed")
								&& String.valueOf(neo4j.getMessage()).contains("has not completed within the timeout"))));
	}

	private static boolean databaseUnreachable(Throwable ex) {
		return causedBy(ex, t -> t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
				|| t instanceof AuthenticationException || t instanceof DataAccessResourceFailureException);
	}

	private static boolean causedBy(Throwable ex, Predicate<Throwable> test) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (test.test(t)) {
				return true;
			}
		}
		return false;
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorClassification type, String message) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
	}
}
