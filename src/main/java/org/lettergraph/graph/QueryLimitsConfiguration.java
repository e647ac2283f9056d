package org.lettergraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.validation.ValidationError;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * Guards the service against requests that would take it down: too deep, too costly, too many aliases or fields,
 * or too slow. Spring Boot picks up the {@code Instrumentation} and interceptor beans.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimitsConfiguration {

	static final ErrorClassification LIMIT = ErrorClassification.errorClassification("QUERY_LIMIT");

	/**
	 * The depth, cost, alias and field limits as one instrumentation. graphql-java calls every instrumentation of its
	 * chain at each field of an answer (several hooks a field), and these four only look at the whole operation: kept
	 * apart (the alias and field limits shared one), they were three more links of that chain for every field (a
	 * letter's 1,000 signers: 6,000 fields). Together they are one link, whose field hooks are graphql-java's no-ops,
	 * and the operation hooks run the four checks in order.
	 */
	@Bean
	Instrumentation queryLimits(QueryLimits limits, Paging paging, ListSizes listSizes) {
		return new OperationLimits(new ChainedInstrumentation(maxDepth(limits), maxComplexity(limits, paging, listSizes),
				maxAliasesAndFields(limits)));
	}

	/** Passes the operation-level hooks (state, validation, the operation's start) to the chained limits. */
	static final class OperationLimits extends SimplePerformantInstrumentation {

		private final ChainedInstrumentation checks;

		OperationLimits(ChainedInstrumentation checks) {
			this.checks = checks;
		}

		@Override
		public CompletableFuture<InstrumentationState> createStateAsync(
				InstrumentationCreateStateParameters parameters) {
			return this.checks.createStateAsync(parameters);
		}

		@Override
		public InstrumentationContext<List<ValidationError>> beginValidation(
				InstrumentationValidationParameters parameters, InstrumentationState state) {
			return this.checks.beginValidation(parameters, state);
		}

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			return this.checks.beginExecuteOperation(parameters, state);
		}

	}

	private static MaxQueryDepthInstrumentation maxDepth(QueryLimits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
			@Override
			protected AbortExecutionException mkAbortException(int depth, int maximum) {
				return refusal("it nests fields %d levels deep; the limit is %d (lettergraph.limits.max-depth).",
						depth, maximum);
			}
		};
	}

	private static MaxQueryComplexityInstrumentation maxComplexity(QueryLimits limits, Paging paging,
			ListSizes listSizes) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), cost(paging, listSizes)) {
			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maximum) {
				return refusal("its cost is %d; the limit is %d (lettergraph.limits.max-complexity). "
						+ "What is under a list counts once per item it may return: its first, or, for a list "
						+ "without paging, the most that list holds anywhere in the graph. Ask for smaller pages, "
						+ "use the letterConnection fields instead of letters, or nest fewer lists.",
						complexity, maximum);
			}
		};
	}

	private static SimplePerformantInstrumentation maxAliasesAndFields(QueryLimits limits) {
		return new SimplePerformantInstrumentation() {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				int[] counts = count(parameters.getExecutionContext().getDocument());
				if (counts[1] > limits.maxAliases()) {
					throw refusal("it uses %d aliases; the limit is %d (lettergraph.limits.max-aliases).", counts[1],
							limits.maxAliases());
				}
				if (counts[0] > limits.maxFields()) {
					throw refusal("it selects %d fields; the limit is %d (lettergraph.limits.max-fields).", counts[0],
							limits.maxFields());
				}
				return SimpleInstrumentationContext.noOp();
			}
		};
	}

	/** Answers a request still running after the timeout with a GraphQL error, not a bare HTTP status. */
	@Bean
	WebGraphQlInterceptor requestTimeout(QueryLimits limits) {
		return (request, chain) -> chain.next(request)
			.timeout(limits.requestTimeout())
			.onErrorResume(TimeoutException.class, ex -> Mono.fromSupplier(() -> {
				ExecutionResult result = ExecutionResult.newExecutionResult()
					.addError(GraphqlErrorBuilder.newError()
						.errorType(LIMIT)
						.message(timeoutMessage(limits))
						.build())
					.build();
				return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
			}));
	}

	/** What a request that ran past the timeout is told, whether the service or the database stopped it. */
	static String timeoutMessage(QueryLimits limits) {
		return String.format(Locale.ROOT,
				"Query stopped: it ran longer than %d s (lettergraph.limits.request-timeout). "
						+ "Narrow it (filters, smaller pages) and try again.",
				limits.requestTimeout().toSeconds());
	}

	/**
	 * 1 for a field, plus its children once per item its list or connection may hold: a connection's {@code first}
	 * (its default page size when not given), a list's {@code first}, or, for a list without paging, the most items
	 * it holds anywhere in the graph ({@link ListSizes}).
	 */
	private static FieldComplexityCalculator cost(Paging paging, ListSizes listSizes) {
		return (env, children) -> {
			GraphQLType type = GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType());
			Object first = env.getArguments().get("first");
			String typeName = GraphQLTypeUtil.unwrapAll(type).getName();
			boolean connection = typeName.endsWith("Connection");
			boolean list = type instanceof GraphQLList;
			int fanOut = 1;
			if ((connection || list) && first instanceof Integer n) {
				fanOut = Math.max(n, 1);
			}
			else if (connection || (list && env.getFieldDefinition().getArgument("first") != null)) {
				// A list with a first not given returns its default page at most (first is capped by its maximum).
				fanOut = paging.defaultPageSize();
			}
			else if (list && !env.getField().getName().equals("edges") && children > 0) {
				fanOut = listSizes.of(GraphQLTypeUtil.unwrapAll(env.getParentType()).getName(),
						env.getFieldDefinition().getName());
			}
			// An object bounded by its own first (the co-signature network) has its own cap, lettergraph.network.*.
			return 1 + fanOut * children;
		};
	}

	/** [fields, aliases] over every operation and fragment of the document. */
	private static int[] count(Document document) {
		int[] counts = new int[2];
		List<Node> pending = new ArrayList<>(document.getDefinitions());
		while (!pending.isEmpty()) {
			Node<?> node = pending.remove(pending.size() - 1);
			if (node instanceof Field field) {
				counts[0]++;
				if (field.getAlias() != null) {
					counts[1]++;
				}
			}
			pending.addAll(node.getChildren());
		}
		return counts;
	}

	private static AbortExecutionException refusal(String why, Object... values) {
		return new AbortExecutionException("Query refused: " + String.format(Locale.ROOT, why, values));
	}

}
