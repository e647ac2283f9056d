package org.lettergraph.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lettergraph.cli.Main;
import org.lettergraph.embedded.EmbeddedNeo4j;
import org.lettergraph.support.Editors;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code ingest} command killed with SIGKILL while it writes a letter of 5,000 signatories (in a JVM of its
 * own): the letter is afterwards wholly absent or wholly present, never in part, and ingesting it again completes
 * with exactly one letter and 5,000 signers. The kill is timed by the write path's own debug line, logged inside
 * the letter's transaction once its 5,000 new organizations are written (uncommitted) and before the letter, its
 * 5,000 SIGNED edges and the near-name check (several seconds more) follow and the transaction commits.
 */
class KillMidIngestTest {

	static final int SIGNERS = 5000;

	static final String LETTER_ID = "letter:2025-06-02-a-generated-letter-of-five-thousand-signatories";

	/** The debug line LetterWriter logs once the actors are written, inside the open transaction. */
	static final String IN_TRANSACTION = "actors written, linking 5000 participants; transaction still open";

	@Test
	void aLetterKilledMidWriteIsAllOrNothingAndGoesInWhenIngestedAgain(@TempDir Path dir) throws Exception {
		Path letter = dir.resolve("letter.yaml");
		Files.writeString(letter, letterRecord(SIGNERS), StandardCharsets.UTF_8);
		Path token = dir.resolve("token");
		Files.writeString(token, Editors.EDITOR_TOKEN + "\n");
		Path data = dir.resolve("data");

		long started = System.nanoTime();
		Process first = ingest(letter, token, data);
		List<String> output = new CopyOnWriteArrayList<>();
		CompletableFuture<Void> reader = collect(first, output);
		long signal = waitFor(output, IN_TRANSACTION, first, 240);
		long killedAt = System.nanoTime();
		first.destroyForcibly();
		assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		reader.get(10, TimeUnit.SECONDS);
		System.out.printf("ingest subprocess: in-transaction line after %d ms, killed %d ms later; exit %d%n",
				(signal - started) / 1_000_000, (killedAt - signal) / 1_000_000, first.exitValue());
		assertThat(output).as("the kill landed before the command reported the letter written")
			.noneMatch(line -> line.contains("wrote " + LETTER_ID));

		State afterKill = state(data);
		System.out.println("after SIGKILL: " + afterKill);
		assertThat(afterKill).isIn(new State(0, 0, 0, 0), new State(1, SIGNERS, SIGNERS, 1));

		Process second = ingest(letter, token, data);
		List<String> secondOutput = new CopyOnWriteArrayList<>();
		CompletableFuture<Void> secondReader = collect(second, secondOutput);
		assertThat(second.waitFor(300, TimeUnit.SECONDS)).as("the second ingest finishes").isTrue();
		secondReader.get(10, TimeUnit.SECONDS);
		assertThat(second.exitValue()).as(String.join("\n", secondOutput)).isZero();
		assertThat(secondOutput).anyMatch(line -> line.contains("wrote " + LETTER_ID));
		System.out.println("second ingest: " + secondOutput.stream().filter(l -> l.contains("wrote")).toList());

		assertThat(state(data)).isEqualTo(new State(1, SIGNERS, SIGNERS, 1));
	}

	/** Letters, SIGNED edges, organizations and sources in the data folder, read after a crash recovery. */
	record State(long letters, long signed, long organizations, long sources) {
	}

	private static State state(Path data) {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, 0, false);
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
				var session = driver.session()) {
			Record row = session.run("""
					CALL { MATCH (l:Letter) RETURN count(l) AS letters }
					CALL { MATCH (:Actor)-[s:SIGNED]->(:Letter) RETURN count(s) AS signed }
					CALL { MATCH (o:Organization) RETURN count(o) AS organizations }
					CALL { MATCH (s:Source) RETURN count(s) AS sources }
					RETURN letters, signed, organizations, sources""").single();
			return new State(row.get("letters").asLong(), row.get("signed").asLong(), row.get("organizations").asLong(),
					row.get("sources").asLong());
		}
	}

	/** {@code ingest} in a JVM of its own, with an empty data folder's first start (no bundled dataset). */
	private static Process ingest(Path letter, Path token, Path data) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
				Main.class.getName(), "ingest", letter.toString(), "--token-file", token.toString(),
				"--spring.profiles.active=test", "--lettergraph.embedded.data-dir=" + data,
				"--lettergraph.embedded.bolt-port=0", "--lettergraph.bundled-data=false",
				"--logging.level.org.lettergraph.ingest.LetterWriter=DEBUG"));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	private static CompletableFuture<Void> collect(Process process, List<String> lines) {
		return CompletableFuture.runAsync(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					lines.add(line);
				}
			}
			catch (IOException ex) {
				// the process was killed
			}
		});
	}

	private static long waitFor(List<String> output, String text, Process process, int seconds)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (System.nanoTime() < deadline) {
			if (output.stream().anyMatch(line -> line.contains(text))) {
				return System.nanoTime();
			}
			if (!process.isAlive()) {
				throw new AssertionError("ingest ended (exit " + process.exitValue() + ") before writing:\n"
						+ String.join("\n", output));
			}
			Thread.sleep(5);
		}
		process.destroyForcibly();
		throw new AssertionError("no '" + text + "' within " + seconds + " s:\n" + String.join("\n", output));
	}

	/** A letter record with {@code signers} made-up organizations, none a near spelling of another. */
	static String letterRecord(int signers) {
		Random random = new Random(20250602);
		String[] onsets = { "b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "tr", "st",
				"gl", "pr" };
		String[] vowels = { "a", "e", "i", "o", "u", "ai", "ou" };
		String[] kinds = { "Alliance", "Coalition", "Network", "Project", "Center", "Council", "Collective", "Fund" };
		Set<String> names = new LinkedHashSet<>();
		while (names.size() < signers) {
			StringBuilder word = new StringBuilder();
			for (int w = 0; w < 2; w++) {
				StringBuilder part = new StringBuilder();
				for (int s = 0; s < 3; s++) {
					part.append(onsets[random.nextInt(onsets.length)]).append(vowels[random.nextInt(vowels.length)]);
				}
				word.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length()).append(' ');
			}
			names.add(word + kinds[random.nextInt(kinds.length)]);
		}
		StringBuilder yaml = new StringBuilder("""
				title: A generated letter of five thousand signatories
				date: 2025-06-02
				asks: [Stop the test]
				sources: [source:test-five-thousand]
				sourceDetails:
				  - {id: source:test-five-thousand, title: A generated letter, publisher: Test, date: 2025-06-02, kind: LETTER}
				signers:
				""");
		names.forEach(name -> yaml.append("  - \"").append(name).append("\"\n"));
		return yaml.toString();
	}
}
