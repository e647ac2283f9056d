package org.lettergraph.graph;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
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

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidArgumentException) {
			return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
		}
		if (databaseUnreachable(ex)) {
			log.warn("Database unreachable while fetching {}: {}", env.getExecutionStepInfo().getPath(),
					ex.getMessage());
			return error(env, UNAVAILABLE, "The graph database cannot be reached right now. "
					+ "Try again in a moment; if this persists, check that Neo4j is running and NEO4J_URI points at it.");
		}
		return null;
	}

	private static boolean databaseUnreachable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof AuthenticationException || t instanceof DataAccessResourceFailureException) {
				return true;
			}
		}
		return false;
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorClassification type, String message) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
	}
}
