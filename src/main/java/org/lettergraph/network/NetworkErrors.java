package org.lettergraph.network;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.lettergraph.graph.GdsNotInstalledException;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/** Reports a missing Graph Data Science as an error of its own kind, with the message that says how to install it. */
@Component
class NetworkErrors extends DataFetcherExceptionResolverAdapter {

	static final ErrorClassification GDS_NOT_INSTALLED = ErrorClassification.errorClassification("GDS_NOT_INSTALLED");

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		return (ex instanceof GdsNotInstalledException) ? error(env, ex) : null;
	}

	static GraphQLError error(DataFetchingEnvironment env, Throwable ex) {
		return GraphqlErrorBuilder.newError(env).errorType(GDS_NOT_INSTALLED).message(ex.getMessage()).build();
	}
}
