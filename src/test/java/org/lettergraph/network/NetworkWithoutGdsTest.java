package org.lettergraph.network;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lettergraph.embedded.EmbeddedNeo4j;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service against a Neo4j server without Graph Data Science: blocs and similar actors say so and how to
 * install it, the network still answers with its blocs left null, and everything else works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@ActiveProfiles("test")
@DirtiesContext
class NetworkWithoutGdsTest {

	private static EmbeddedNeo4j server;

	@DynamicPropertySource
	static void serverWithoutGds(DynamicPropertyRegistry registry) {
		server = EmbeddedNeo4j.start(Path.of("target/test-neo4j/without-gds-" + System.nanoTime()), 0, false);
		registry.add("spring.neo4j.uri", () -> server.boltUri().toString());
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	CoSignatureIndex index;

	@Test
	void blocsAndSimilarActorsSayThatGdsIsMissingAndHowToInstallIt() {
		// Built now, so blocs take the way of the co-signature index: the window's letters are found, then the
		// statement that projects the pairs needs GDS.
		this.index.rebuild();
		assertThat(this.index.isCurrent()).isTrue();
		for (String query : new String[] { "{ blocs { id members { id } } }",
				"{ similarActors(actorId: \"org:immigrant-legal-resource-center\") { shared } }" }) {
			// The fields are non-null lists, so the error leaves no data at all rather than an empty answer.
			this.graphQl.document(query)
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(this::isGdsMissing));
		}
	}

	@Test
	void theNetworkAnswersWithoutBlocsAndSaysWhy() {
		this.index.rebuild();
		var response = this.graphQl.document("{ coSignatureNetwork(minShared: 2) { nodes { id bloc } edges { weight } } }")
			.execute();
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			isGdsMissing(error);
			assertThat(error.getPath()).isEqualTo("coSignatureNetwork.nodes");
		}));
		response.path("coSignatureNetwork.nodes[*].id").entityList(String.class).hasSize(4);
		response.path("coSignatureNetwork.nodes[*].bloc").entityList(Object.class).hasSize(4).contains((Object) null);
		response.path("coSignatureNetwork.edges[*].weight").entityList(Integer.class).hasSize(6);
	}

	@Test
	void everyOtherQuestionNeedsNoGds() {
		this.graphQl.document("""
				{ coSigners(actorId: "org:immigrant-legal-resource-center", minShared: 2) { count } }""")
			.execute()
			.path("coSigners[*].count")
			.entityList(Integer.class)
			.containsExactly(2, 2, 2);
		this.graphQl.document("""
				{ shortestPath(from: "org:american-civil-liberties-union", to: "org:detention-watch-network") { length } }""")
			.execute()
			.path("shortestPath.length")
			.entity(Integer.class)
			.isEqualTo(4);
	}

	@Test
	void pageRankAndBetweennessSayThatGdsIsMissingWhileDegreeAnswers() {
		var response = this.graphQl.document("""
				{ actor(id: "org:immigrant-legal-resource-center") { degree pageRank betweenness } }""").execute();
		response.errors().satisfy(errors -> {
			assertThat(errors).hasSize(2).allSatisfy(this::isGdsMissing);
			assertThat(errors).extracting(ResponseError::getPath)
				.containsExactlyInAnyOrder("actor.pageRank", "actor.betweenness");
		});
		response.path("actor.degree").entity(Integer.class).satisfies(degree -> assertThat(degree).isPositive());
		response.path("actor.pageRank").valueIsNull();
		this.graphQl.document("""
				{ actors(where: {kind: ORGANIZATION}, orderBy: [{field: DEGREE, direction: DESC}], first: 3) {
				  edges { node { degree } } } }""")
			.execute()
			.path("actors.edges[*].node.degree")
			.entityList(Integer.class)
			.hasSize(3);
	}

	@Test
	void theReadmesLeadershipQueryAnswersThatGdsIsMissing() throws java.io.IOException {
		String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
		java.util.regex.Matcher block = java.util.regex.Pattern
			.compile("```graphql\\n(\\{\\s*actors\\([^`]*PAGE_RANK[^`]*)```")
			.matcher(readme);
		assertThat(block.find()).as("the README's leadership query").isTrue();
		for (String query : new String[] { block.group(1),
				"{ actors(orderBy: [{field: BETWEENNESS}], first: 3) { totalCount edges { node { id } } } }" }) {
			// The page is a non-null connection, so the error leaves no data at all rather than a wrong order.
			this.graphQl.document(query)
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(this::isGdsMissing));
		}
	}

	private void isGdsMissing(ResponseError error) {
		assertThat(error.getErrorType().toString()).isEqualTo("GDS_NOT_INSTALLED");
		assertThat(error.getMessage()).contains("Neo4j Graph Data Science (GDS), which is not installed", "plugins",
				"dbms.security.procedures.unrestricted=gds.*", "NEO4J_PLUGINS");
	}
}
