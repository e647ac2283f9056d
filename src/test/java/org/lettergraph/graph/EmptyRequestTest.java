package org.lettergraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.bench.StatementCounter;
import org.lettergraph.network.CoSignatureIndex;
import org.lettergraph.support.GraphQlTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a request that reads nothing from the graph costs the database: nothing. {@code { __typename }} and
 * introspection are answered from the schema alone, without a Cypher statement or even a driver session. And a
 * document sent again (answered from the parsed-document cache) is still answered with its own variables and still
 * refused by the request limits.
 */
@GraphQlTestSupport
class EmptyRequestTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter statements;

	@Autowired
	CoSignatureIndex index;

	@Autowired
	ListSizes listSizes;

	/** The index builds in the background after start-up; its statements are not this test's. */
	@BeforeEach
	void quiet() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (!this.index.isCurrent() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(this.index.isCurrent()).as("co-signature index built").isTrue();
		// The cost limit reads its list sizes once, on the first request with a list (introspection's fields too).
		this.listSizes.refresh();
	}

	@Test
	void typenameRunsNoStatementAndOpensNoSession() {
		this.statements.reset();
		for (int i = 0; i < 3; i++) {
			this.graphQl.document("{ __typename }").execute().path("__typename").entity(String.class).isEqualTo("Query");
		}
		assertThat(this.statements.statements()).isEmpty();
		assertThat(this.statements.sessions()).isZero();
		// The counter does see a request that reads the graph: one statement, in a session of its own.
		this.graphQl.document("{ stats { letters } }").execute().path("stats.letters").hasValue();
		assertThat(this.statements.statements()).hasSize(1);
		assertThat(this.statements.sessions()).isPositive();
	}

	@Test
	void introspectionRunsNoStatementAndOpensNoSession() {
		this.statements.reset();
		this.graphQl.document("{ __schema { queryType { name } } }")
			.execute()
			.path("__schema.queryType.name")
			.entity(String.class)
			.isEqualTo("Query");
		this.graphQl.document("{ __type(name: \"Letter\") { name fields { name } } }")
			.execute()
			.path("__type.fields[*].name")
			.entityList(String.class)
			.contains("id", "title");
		assertThat(this.statements.statements()).isEmpty();
		assertThat(this.statements.sessions()).isZero();
	}

	@Test
	void aDocumentSentAgainIsAnsweredWithItsOwnVariables() {
		List<String> ids = this.graphQl.document("{ letters(first: 2) { edges { node { id } } } }")
			.execute()
			.path("letters.edges[*].node.id")
			.entityList(String.class)
			.hasSize(2)
			.get();
		String byId = "query($id: ID!) { letter(id: $id) { id } }";
		for (String id : List.of(ids.get(0), ids.get(1), ids.get(0))) {
			this.graphQl.document(byId).variable("id", id).execute().path("letter.id").entity(String.class).isEqualTo(id);
		}
	}

	@Test
	void aDocumentSentAgainIsStillRefusedByTheLimits() {
		String tooDeep = """
				{ letters { edges { node { signers { edges { node { letters { letter { signers { edges { node {
				  letters { letter { id } } } } } } } } } } } } } }""";
		for (int i = 0; i < 2; i++) {
			this.graphQl.document(tooDeep)
				.execute()
				.errors()
				.expect(e -> e.getMessage().startsWith("Query refused: it nests fields")
						&& e.getMessage().contains("(lettergraph.limits.max-depth)"))
				.verify();
		}
		String aliases = IntStream.range(0, 31)
			.mapToObj(i -> "a" + i + ": stats { letters }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		for (int i = 0; i < 2; i++) {
			this.graphQl.document(aliases)
				.execute()
				.errors()
				.expect(e -> e.getMessage().startsWith("Query refused: it uses 31 aliases"))
				.verify();
		}
	}
}
