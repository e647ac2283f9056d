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

	private static final Path SERVER_DATA = Path.of("target/test-neo4j/external-" + System.nanoTime());

	/** The port the server listens on, the same after it is started again. */
	private static int port;

	@DynamicPropertySource
	static void server(DynamicPropertyRegistry registry) {
		server = EmbeddedNeo4j.start(SERVER_DATA, 0);
		port = server.boltUri().getPort();
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
	void anUnreachableDatabaseIsReportedInPlainWordsAndQuickly() {
		server.close();
		server = null;
		for (String query : new String[] { "{ letters(first: 1) { totalCount } }", "{ stats { letters } }" }) {
			long started = System.nanoTime();
			this.graphQl.document(query)
				.execute()
				.errors()
				.expect(e -> e.getMessage().startsWith("The graph database cannot be reached right now")
						&& e.getErrorType().toString().equals("UNAVAILABLE"))
				.verify();
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.println("UNAVAILABLE answered in " + millis + " ms");
			assertThat(millis).as("an outage is reported, not waited out").isLessThan(10_000);
		}
	}

	@Test
	@Order(3)
	void whenTheServerIsBackOnTheSamePortTheServiceAnswersAgainWithoutARestart() {
		server = EmbeddedNeo4j.start(SERVER_DATA, port);
		assertThat(server.boltUri().getPort()).isEqualTo(port);
		long started = System.nanoTime();
		this.graphQl.document("{ stats { letters signatures } }")
			.execute()
			.path("stats.letters").entity(Integer.class).isEqualTo(4)
			.path("stats.signatures").entity(Integer.class).isEqualTo(198);
		this.graphQl.document("{ letters(first: 1) { totalCount } }")
			.execute()
			.path("letters.totalCount").entity(Integer.class).isEqualTo(4);
		System.out.println("first answers after the restart in " + (System.nanoTime() - started) / 1_000_000 + " ms");
		assertThat(this.context.getBean(org.neo4j.driver.Driver.class)).as("the same driver").isNotNull();
	}
}
