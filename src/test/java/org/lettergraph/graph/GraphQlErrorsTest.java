package org.lettergraph.graph;

import java.time.Duration;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.dao.InvalidDataAccessResourceUsageException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How failures the database reports become GraphQL errors, for those the running service meets only on a busy
 * machine: a Graph Data Science procedure stopped by the request timeout.
 */
class GraphQlErrorsTest {

	private final GraphQlErrors errors = new GraphQlErrors(null,
			new QueryLimits(12, 25000, 10, 30, 500, Duration.ofSeconds(15)));

	private final DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
		.mergedField(MergedField.newMergedField(Field.newField("blocs").build()).build())
		.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
			.type(Scalars.GraphQLString)
			.path(ResultPath.rootPath().segment("blocs"))
			.build())
		.build();

	@Test
	void aProcedureStoppedByTheRequestTimeoutIsTheTimeoutLimit() {
		GraphQLError error = this.errors.resolveToSingleError(failure("Neo.ClientError.Procedure.ProcedureCallFailed",
				"Failed to invoke procedure `gds.louvain.stream`: Caused by: the transaction has been terminated. "
						+ "The transaction has not completed within the timeout specified at its start by the client."),
				this.env);
		assertThat(error).isNotNull();
		assertThat(error.getErrorType()).hasToString("QUERY_LIMIT");
		assertThat(error.getMessage()).startsWith("Query stopped").contains("15 s (lettergraph.limits.request-timeout)");
	}

	@Test
	void aStatementStoppedByTheRequestTimeoutIsTheTimeoutLimit() {
		GraphQLError error = this.errors.resolveToSingleError(
				failure("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "terminated"), this.env);
		assertThat(error).isNotNull();
		assertThat(error.getErrorType()).hasToString("QUERY_LIMIT");
	}

	@Test
	void anotherProcedureFailureIsNotCalledATimeout() {
		assertThat(this.errors.resolveToSingleError(failure("Neo.ClientError.Procedure.ProcedureCallFailed",
				"Failed to invoke procedure `gds.graph.drop`: Graph with name `x` does not exist."), this.env))
			.isNull();
	}

	private static RuntimeException failure(String code, String message) {
		return new InvalidDataAccessResourceUsageException(message, new ClientException(code, message));
	}
}
