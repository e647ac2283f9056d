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

	@Test
	void blocsAndSimilarActorsSayThatGdsIsMissingAndHowToInstallIt() {
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

	private void isGdsMissing(ResponseError error) {
		assertThat(error.getErrorType().toString()).isEqualTo("GDS_NOT_INSTALLED");
		assertThat(error.getMessage()).contains("Neo4j Graph Data Science (GDS), which is not installed", "plugins",
				"dbms.security.procedures.unrestricted=gds.*", "NEO4J_PLUGINS");
	}
}
