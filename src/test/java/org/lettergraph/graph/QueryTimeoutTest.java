package org.lettergraph.graph;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that runs past {@code lettergraph.limits.request-timeout} is answered with an error naming the limit,
 * and the database stops its Cypher too: nothing the service has given up on keeps running. The {@code stats}
 * question is swapped here for a statement that would run for minutes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lettergraph.bundled-data=false", "lettergraph.limits.request-timeout=2s" })
@AutoConfigureHttpGraphQlTester
@ActiveProfiles("test")
class QueryTimeoutTest {

	static final String MARKER = "lettergraph-timeout-test";

	/** Counts to two billion, one row at a time: minutes of work that returns nothing useful. */
	static final String SLOW = "WITH '" + MARKER + "' AS marker UNWIND range(1, 2000000000) AS i "
			+ "WITH i WHERE i < 0 RETURN count(i) AS letters";

	@TestConfiguration
	static class SlowStats {

		@Bean
		@Primary
		CypherQueries slowStats() {
			return new CypherQueries() {
				@Override
				public String get(String name) {
					return name.equals("stats") ? SLOW : super.get(name);
				}
			};
		}

	}

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void theClientHearsOfTheLimitAndTheDatabaseStopsTheStatement() throws InterruptedException {
		long started = System.nanoTime();
		this.graphQl.document("{ stats { letters } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().startsWith("Query stopped")
					&& e.getMessage().contains("2 s (lettergraph.limits.request-timeout)")
					&& e.getErrorType().toString().equals("QUERY_LIMIT"))
			.verify();
		Duration answered = Duration.ofNanos(System.nanoTime() - started);
		assertThat(answered).isLessThan(Duration.ofSeconds(10));

		// Without a transaction timeout the statement would go on for minutes after the answer.
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		long running = runningSlowStatements();
		while (running > 0 && System.nanoTime() < deadline) {
			Thread.sleep(100);
			running = runningSlowStatements();
		}
		assertThat(running).as("slow statements still running 5 s after the answer").isZero();
	}

	@Test
	void otherQuestionsStillWork() {
		this.graphQl.document("{ letters(first: 1) { totalCount } }")
			.execute()
			.path("letters.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	private long runningSlowStatements() {
		try (var session = this.driver.session()) {
			return session.run("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker "
					+ "RETURN count(*) AS running", Map.of("marker", MARKER)).single().get("running").asLong();
		}
	}

}
