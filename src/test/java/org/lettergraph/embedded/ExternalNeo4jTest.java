package org.lettergraph.embedded;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.neo4j.uri} set, the service starts no database of its own and works against that server: here
 * a second Neo4j the test starts on its own port. When that server goes away, queries fail with a plain message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@ActiveProfiles("test")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExternalNeo4jTest {

	private static EmbeddedNeo4j server;

	@DynamicPropertySource
	static void server(DynamicPropertyRegistry registry) {
		server = EmbeddedNeo4j.start(Path.of("target/test-neo4j/external-" + System.nanoTime()), 0);
		registry.add("spring.neo4j.uri", () -> server.boltUri().toString());
	}

	@AfterAll
	static void stop() {
		if (server != null) {
			server.close();
		}
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	@Order(1)
	void startsNoEmbeddedDatabaseAndServesTheGraphFromTheServer() {
		assertThat(this.context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
		this.graphQl.document("{ stats { letters signatures } }")
			.execute()
			.path("stats.letters").entity(Integer.class).isEqualTo(4)
			.path("stats.signatures").entity(Integer.class).isEqualTo(198);
	}

	@Test
	@Order(2)
	void anUnreachableDatabaseIsReportedInPlainWords() {
		server.close();
		server = null;
		this.graphQl.document("{ letters(first: 1) { totalCount } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().startsWith("The graph database cannot be reached right now")
					&& e.getErrorType().toString().equals("UNAVAILABLE"))
			.verify();
	}
}
