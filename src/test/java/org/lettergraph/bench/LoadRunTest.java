package org.lettergraph.bench;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lettergraph.support.Editors;
import org.lettergraph.support.WritableGraphTest;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounded load run on loopback: 20 clients, a fixed number of requests, one in ten a sign-on letter written
 * through {@code ingestLetter}. Every request is answered without an error, and every letter acknowledged is in the
 * graph afterwards with all its signers. The latencies are printed, not asserted.
 */
@WritableGraphTest
class LoadRunTest {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Test
	void twentyClientsReadAndWriteWithoutErrorsOrLostWrites() throws Exception {
		long lettersBefore = letters();
		LoadRun.Result result = LoadRun.run(new LoadRun.Settings(URI.create("http://localhost:" + this.port + "/graphql"),
				20, 800, 0.1, "test", "Bearer " + Editors.EDITOR_TOKEN));
		System.out.print(result.summary());

		assertThat(result.errors()).isEmpty();
		assertThat(result.reads().count() + result.writes().count()).isEqualTo(800);
		assertThat(result.writes().count()).isEqualTo(80);
		assertThat(result.writesAcknowledged()).isEqualTo(result.writes().count());
		assertThat(result.lostWrites()).isEmpty();
		assertThat(letters()).isEqualTo(lettersBefore + result.writesAcknowledged());
		// Concurrent letters sharing signers made each signing group once.
		assertThat(this.driver.executableQuery("""
				MATCH (o:Organization) WITH o.name AS name, count(*) AS copies WHERE copies > 1
				RETURN count(name) AS duplicated""").execute().records().get(0).get("duplicated").asLong()).isZero();
	}

	@Test
	void writesWithoutAnEditorAreCountedAsErrors() throws Exception {
		LoadRun.Result result = LoadRun.run(new LoadRun.Settings(URI.create("http://localhost:" + this.port + "/graphql"),
				4, 40, 0.5, "anonymous", null));
		assertThat(result.errors()).isNotEmpty()
			.allMatch(e -> e.contains("(write)") && e.contains("needs an editor"));
		assertThat(result.writesAcknowledged()).isZero();
	}

	private long letters() {
		return this.driver.executableQuery("MATCH (l:Letter) RETURN count(l) AS n")
			.withParameters(Map.of())
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}
}
