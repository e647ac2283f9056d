package org.lettergraph.graph;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The parsed-document cache: a document is parsed and validated once, a refused one every time, and few are kept. */
class ParsedDocumentsTest {

	private final ParsedDocuments cache = new ParsedDocuments();

	private final AtomicInteger parsed = new AtomicInteger();

	private final Function<ExecutionInput, PreparsedDocumentEntry> valid = input -> {
		this.parsed.incrementAndGet();
		return new PreparsedDocumentEntry(Document.newDocument().build());
	};

	private final Function<ExecutionInput, PreparsedDocumentEntry> invalid = input -> {
		this.parsed.incrementAndGet();
		return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("no such field").build());
	};

	private static ExecutionInput query(String text) {
		return ExecutionInput.newExecutionInput(text).build();
	}

	@Test
	void theSameTextIsParsedOnce() {
		PreparsedDocumentEntry first = this.cache.getDocumentAsync(query("{ a }"), this.valid).join();
		PreparsedDocumentEntry again = this.cache.getDocumentAsync(query("{ a }"), this.valid).join();
		this.cache.getDocumentAsync(query("{ b }"), this.valid).join();
		assertThat(again).isSameAs(first);
		assertThat(this.parsed).hasValue(2);
	}

	@Test
	void aRefusedDocumentIsNotKept() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.cache.getDocumentAsync(query("{ nope }"), this.invalid).join().hasErrors()).isTrue();
		}
		assertThat(this.parsed).hasValue(3);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void onlyTheMostRecentlyUsedAreKept() {
		this.cache.getDocumentAsync(query("{ kept }"), this.valid).join();
		for (int i = 0; i < ParsedDocuments.SIZE + 10; i++) {
			this.cache.getDocumentAsync(query("{ f" + i + " }"), this.valid).join();
			// Used again and again, "{ kept }" stays while the others come and go.
			this.cache.getDocumentAsync(query("{ kept }"), this.valid).join();
		}
		assertThat(this.cache.size()).isEqualTo(ParsedDocuments.SIZE);
		int before = this.parsed.get();
		this.cache.getDocumentAsync(query("{ kept }"), this.valid).join();
		this.cache.getDocumentAsync(query("{ f0 }"), this.valid).join();
		assertThat(this.parsed.get() - before).as("{ f0 } parsed again, { kept } not").isEqualTo(1);
	}
}
