package org.lettergraph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lettergraph.embedded.EmbeddedNeo4j;
import org.lettergraph.graph.Neo4jServerFailureAnalyzer;
import org.lettergraph.support.CommandRun;
import org.lettergraph.support.Editors;

import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start-up failures users meet are told in a few plain lines, not buried in a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartFailuresTest {

	@Test
	void aChosenBoltPortThatIsTakenStopsTheServiceWithAShortReport(@TempDir Path dir, CapturedOutput output)
			throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("localhost"))) {
			int port = taken.getLocalPort();
			long started = System.nanoTime();
			assertThatThrownBy(() -> new SpringApplicationBuilder(LettergraphApplication.class).run(
					"--spring.profiles.active=test", "--server.port=0", "--lettergraph.embedded.data-dir=" + dir,
					"--lettergraph.embedded.bolt-port=" + port))
				.hasStackTraceContaining("Bolt port " + port + " on localhost is taken");
			long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

			String all = output.getAll();
			assertThat(all).doesNotContain("\tat org.").doesNotContain("\tat java.");
			int report = all.indexOf("APPLICATION FAILED TO START");
			assertThat(report).as("Boot's failure report is printed").isNotNegative();
			List<String> block = all.substring(report).strip().lines().toList();
			assertThat(block.size()).as("the report: %s", block).isLessThan(12);
			assertThat(String.join("\n", block)).contains("Bolt port " + port + " on localhost is taken")
				.contains("Action:")
				.contains("LETTERGRAPH_BOLT_PORT");
			// Neo4j is not started to find out (it used to start both databases, then fail, then stop them).
			assertThat(Files.exists(dir.resolve("databases"))).isFalse();
			assertThat(seconds).isLessThan(60);
		}
	}

	/** The driver connects lazily: a server that does not answer is found by the schema migrations. */
	@Test
	void aServerThatDoesNotAnswerIsToldInTwoLines(CapturedOutput output) throws IOException {
		int closed;
		try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getByName("localhost"))) {
			closed = probe.getLocalPort();
		}
		assertThatThrownBy(() -> new SpringApplicationBuilder(LettergraphApplication.class).run(
				"--spring.profiles.active=test", "--server.port=0", "--spring.neo4j.uri=bolt://localhost:" + closed))
			.isNotNull();
		String all = output.getAll();
		assertThat(all).doesNotContain("\tat org.");
		String report = all.substring(all.indexOf("APPLICATION FAILED TO START"));
		assertThat(report).contains("The Neo4j server in NEO4J_URI (spring.neo4j.uri) does not answer")
			.contains("localhost:" + closed)
			.contains("leave NEO4J_URI empty to run the embedded database");
		assertThat(report.strip().lines().count()).isLessThan(12);
	}

	@Test
	void aRefusedSignInNamesTheSettings() {
		var refused = new BeanCreationException("schemaMigrations", new IllegalStateException("migrations failed",
				new AuthenticationException("Neo.ClientError.Security.Unauthorized",
						"The client is unauthorized due to authentication failure.")));
		FailureAnalysis analysis = new Neo4jServerFailureAnalyzer().analyze(refused);
		assertThat(analysis.getDescription()).isEqualTo(
				"The Neo4j server refused to sign in: The client is unauthorized due to authentication failure.");
		assertThat(analysis.getAction()).contains("NEO4J_USERNAME").contains("NEO4J_PASSWORD");
		assertThat(new Neo4jServerFailureAnalyzer().analyze(new IllegalStateException("something else"))).isNull();
	}

	@Test
	void commandsAgainstADataFolderInUseSayOnlyThatAndExit3(@TempDir Path dir) throws IOException {
		Path letter = dir.resolve("letter.txt");
		Files.writeString(letter, "A letter");
		Path token = dir.resolve("token");
		Files.writeString(token, Editors.EDITOR_TOKEN);
		String dataDir = "--lettergraph.embedded.data-dir=" + dir.resolve("data");
		try (EmbeddedNeo4j running = EmbeddedNeo4j.start(dir.resolve("data"), 0)) {
			for (CommandRun run : List.of(
					CommandRun.of("ingest", letter.toString(), "--token-file", token.toString(), dataDir,
							"--spring.profiles.active=test"),
					CommandRun.of("export", dir.resolve("backup.jsonl").toString(), dataDir,
							"--spring.profiles.active=test"))) {
				String printed = (run.out() + run.err()).strip();
				assertThat(run.code()).as(printed).isEqualTo(3);
				assertThat(printed.lines().count()).as(printed).isLessThanOrEqualTo(3);
				assertThat(run.err()).contains("is in use by another lettergraph process")
					.contains("LETTERGRAPH_DATA_DIR");
			}
		}
	}
}
