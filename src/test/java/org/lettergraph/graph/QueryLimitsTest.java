package org.lettergraph.graph;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lettergraph.support.GraphQlTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Each limit refuses a request that goes over it, with a message that names the limit and its value. */
@GraphQlTestSupport
class QueryLimitsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void tooDeep() {
		this.graphQl.document("""
				{ letters { edges { node { signers { edges { node { letters { letter { signers { edges { node {
				  letters { letter { id } } } } } } } } } } } } } }""")
			.execute()
			.errors()
			.expect(e -> e.getMessage().startsWith("Query refused: it nests fields")
					&& e.getMessage().contains("the limit is 12 (lettergraph.limits.max-depth)"))
			.verify();
	}

	@Test
	void tooCostlyCountsListsByTheirFirst() {
		String costly = """
				{ letters(first: 100) { edges { node { signers(first: 100) { edges { node { id name
				  letters { letter { id title } } } } } } } } }""";
		this.graphQl.document(costly)
			.execute()
			.errors()
			.expect(e -> e.getMessage().startsWith("Query refused: its cost is")
					&& e.getMessage().contains("the limit is 25000 (lettergraph.limits.max-complexity)"))
			.verify();
		// The same shape with small pages is fine.
		this.graphQl.document(costly.replace("first: 100", "first: 5")).execute().path("letters").hasValue();
	}

	@Test
	void tooManyAliases() {
		String aliases = IntStream.range(0, 31).mapToObj(i -> "a" + i + ": stats { letters }").collect(Collectors.joining(" "));
		this.graphQl.document("{ " + aliases + " }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().equals(
					"Query refused: it uses 31 aliases; the limit is 30 (lettergraph.limits.max-aliases)."))
			.verify();
	}

	@Test
	void tooManyFields() {
		String fields = IntStream.range(0, 100).mapToObj(i -> "letters organizations lawmakers officials people")
			.collect(Collectors.joining(" "));
		this.graphQl.document("{ stats { " + fields + " } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().startsWith("Query refused: it selects 501 fields; the limit is 500"))
			.verify();
	}
}
