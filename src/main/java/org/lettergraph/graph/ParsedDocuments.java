package org.lettergraph.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the parsed and validated form of the GraphQL documents the service has seen, so a client sending the same
 * query again (with other variables) skips parsing and validation: for a small request that was about a tenth of the
 * request thread's time. A document is looked up by its exact text; only documents that passed validation are kept
 * (a refusal is worded for the caller's locale and is not worth keeping), and the {@value #SIZE} most recently used
 * are kept. The request limits ({@link QueryLimits}) are unaffected: depth, cost, aliases and fields are checked when
 * each request starts executing, on the cached document as on a new one.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments implements PreparsedDocumentProvider {

	/** How many documents are kept: far more than the distinct queries of the service's clients and pages. */
	static final int SIZE = 500;

	private final Map<String, PreparsedDocumentEntry> documents = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
			return size() > SIZE;
		}
	};

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCache() {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		PreparsedDocumentEntry entry;
		synchronized (this.documents) {
			entry = this.documents.get(query);
		}
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				synchronized (this.documents) {
					this.documents.put(query, entry);
				}
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** How many documents are kept now. */
	int size() {
		synchronized (this.documents) {
			return this.documents.size();
		}
	}
}
