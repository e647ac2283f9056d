package org.lettergraph.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.lettergraph.LettergraphApplication;
import org.lettergraph.embedded.EmbeddedNeo4j;
import org.lettergraph.support.Editors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the service while a letter is being written lets the write finish: the client gets its answer, and the
 * letter is in the database, whole, when it is opened again.
 */
class GracefulShutdownTest {

	static final int SIGNERS = 600;

	static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void aStopDuringAWriteWaitsForItAndKeepsTheWholeLetter() throws Exception {
		Path data = Path.of("target/test-neo4j/graceful-" + System.nanoTime());
		ConfigurableApplicationContext service = new SpringApplicationBuilder(LettergraphApplication.class)
			.profiles("test")
			// Arguments, not default properties: those would lose to the test profile's random data folder.
			.run("--lettergraph.embedded.data-dir=" + data, "--lettergraph.bundled-data=false", "--server.port=0");
		int port = ((WebServerApplicationContext) service).getWebServer().getPort();
		Driver driver = service.getBean(Driver.class);

		HttpClient http = HttpClient.newHttpClient();
		CompletableFuture<HttpResponse<String>> answer = http.sendAsync(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + Editors.EDITOR_TOKEN)
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", """
					mutation($record: String!) { ingestLetter(input: {record: $record}) {
					  letter { id signers(first: 1) { totalCount } } errors { message } } }""", "variables",
					Map.of("record", bigLetter())))))
			.build(), HttpResponse.BodyHandlers.ofString());

		// Stop the service once the letter's transaction is running.
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (writesRunning(driver) == 0) {
			assertThat(answer).as("the write finished before the stop could start").isNotDone();
			assertThat(System.nanoTime()).as("no write transaction seen within 60 s").isLessThan(deadline);
			Thread.sleep(20);
		}
		service.close();

		assertThat(answer).isDone();
		HttpResponse<String> response = answer.get();
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode payload = JSON.readTree(response.body()).path("data").path("ingestLetter");
		assertThat(payload.path("errors")).isEmpty();
		assertThat(payload.path("letter").path("signers").path("totalCount").asInt()).isEqualTo(SIGNERS);

		try (EmbeddedNeo4j reopened = EmbeddedNeo4j.start(data, 0, false);
				Driver again = GraphDatabase.driver(reopened.boltUri())) {
			long signed = again.executableQuery("""
					MATCH (:Letter {id: $id})<-[s:SIGNED]-(:Organization) RETURN count(s) AS n""")
				.withParameters(Map.of("id", payload.path("letter").path("id").asText()))
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong();
			assertThat(signed).isEqualTo(SIGNERS);
		}
	}

	/** Transactions writing (merging) right now: the letter's. */
	private static long writesRunning(Driver driver) {
		return driver.executableQuery("""
				SHOW TRANSACTIONS YIELD currentQuery, status
				WHERE currentQuery CONTAINS 'MERGE' AND NOT currentQuery STARTS WITH 'SHOW' AND status = 'Running'
				RETURN count(*) AS n""").execute().records().get(0).get("n").asLong();
	}

	/** A made-up sign-on letter with six hundred new signing groups. */
	private static String bigLetter() throws Exception {
		List<String> signers = new ArrayList<>();
		for (int i = 1; i <= SIGNERS; i++) {
			signers.add("Shutdown Drill Group " + Integer.toString(i * 7919, 36));
		}
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("title", "A letter written while the service stops");
		record.put("date", "2025-05-05");
		record.put("sources", List.of("source:shutdown-drill"));
		record.put("sourceDetails", List.of(Map.of("id", "source:shutdown-drill", "title",
				"A letter written while the service stops", "publisher", "lettergraph tests", "date", "2025-05-05",
				"kind", "LETTER")));
		record.put("signers", signers);
		return JSON.writeValueAsString(record);
	}
}
