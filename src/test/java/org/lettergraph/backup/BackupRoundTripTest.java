package org.lettergraph.backup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lettergraph.embedded.EmbeddedNeo4j;
import org.lettergraph.support.CommandRun;
import org.lettergraph.support.GraphDump;
import org.lettergraph.support.TypedGraphDump;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code export} then {@code import} through the jar's commands: the bundled dataset plus an ingested letter (with
 * who wrote what and when, a review candidate with a float score, dates, lists, booleans) comes back node for node,
 * edge for edge and type for type in a new data folder; a later start does not load the bundled dataset again; and
 * a database that already holds data is refused and left as it was.
 */
class BackupRoundTripTest {

	@Test
	void aGraphExportedAndImportedIntoANewDatabaseIsTheSameGraph(@TempDir Path dir) throws Exception {
		Path original = dir.resolve("original");
		Path restored = dir.resolve("restored");
		Path backup = dir.resolve("graph.jsonl");
		Path letter = dir.resolve("letter.yaml");
		Files.writeString(letter, new ClassPathResource("records/coalition-letter.yaml")
			.getContentAsString(StandardCharsets.UTF_8));
		String token = Commands.tokenFile(dir).toString();

		// the bundled dataset (loaded at the first start) and one ingested letter
		CommandRun ingest = Commands.run(original, "ingest", letter.toString(), "--token-file", token);
		assertThat(ingest.code()).as(ingest.out() + ingest.err()).isZero();
		assertThat(ingest.out()).contains("1 held for review");
		// and a second letter that gives a known group another name, so something carries updatedBy/updatedAt
		Path second = dir.resolve("second-letter.yaml");
		Files.writeString(second, """
				title: A second letter for the backup test
				date: 2025-04-01
				sources: [source:test-coalition-letter]
				signers:
				  - {name: American Civil Liberties Union, aliases: [ACLU National Office]}
				""");
		CommandRun secondIngest = Commands.run(original, "ingest", second.toString(), "--token-file", token);
		assertThat(secondIngest.code()).as(secondIngest.out() + secondIngest.err()).isZero();
		List<String> before = dump(original, GraphDump::of);
		List<String> typedBefore = dump(original, TypedGraphDump::of);
		assertThat(typedBefore).anyMatch(line -> line.contains("createdBy=STRING \"test-bot\""))
			.anyMatch(line -> line.contains("updatedBy=STRING \"test-bot\"") && line.contains("updatedAt=DATE_TIME"))
			.anyMatch(line -> line.contains("date=DATE 2025-03-03"))
			.anyMatch(line -> line.contains("score=FLOAT"))
			.anyMatch(line -> line.contains("position=INTEGER"))
			.anyMatch(line -> line.contains("titleIsDescriptive=BOOLEAN"))
			.anyMatch(line -> line.startsWith("node [__LettergraphDataset]"));

		long exportStarted = System.nanoTime();
		CommandRun export = Commands.run(original, "export", backup.toString());
		long exportMillis = (System.nanoTime() - exportStarted) / 1_000_000;
		assertThat(export.code()).as(export.err()).isZero();
		assertThat(export.out()).containsPattern("exported \\d+ nodes and \\d+ relationships to ");
		assertThat(Files.readAllLines(backup).get(0)).contains("\"format\":\"lettergraph-backup\"");
		assertThat(dir.resolve("graph.jsonl.partial")).doesNotExist();
		// export is a read: the original is unchanged
		assertThat(dump(original, TypedGraphDump::of)).isEqualTo(typedBefore);

		// import needs an editor
		CommandRun anonymous = Commands.run(restored, "import", backup.toString());
		assertThat(anonymous.code()).isEqualTo(4);
		assertThat(anonymous.err()).contains("Writes need an editor");

		long importStarted = System.nanoTime();
		CommandRun restore = Commands.run(restored, "import", backup.toString(), "--token-file", token);
		long importMillis = (System.nanoTime() - importStarted) / 1_000_000;
		assertThat(restore.code()).as(restore.err()).isZero();
		assertThat(restore.out()).contains("as test-bot");
		System.out.printf("export %d ms, import %d ms (each with its JVM-internal start-up), %d lines, %d bytes%n",
				exportMillis, importMillis, Files.readAllLines(backup).size(), Files.size(backup));

		assertThat(GraphDump.difference(before, dump(restored, GraphDump::of))).isEmpty();
		assertThat(dump(restored, TypedGraphDump::of)).isEqualTo(typedBefore);

		// a later start with the bundled dataset on finds its checksum and loads nothing (loadedAt would change)
		CommandRun later = Commands.run(restored, "ingest", letter.toString(), "--token-file", token, "--dry-run");
		assertThat(later.code()).isZero();
		assertThat(later.out()).contains("0 created, 5 matched");
		assertThat(dump(restored, TypedGraphDump::of)).isEqualTo(typedBefore);

		// a database with data is refused, and nothing changes
		CommandRun again = Commands.run(restored, "import", backup.toString(), "--token-file", token);
		assertThat(again.code()).isEqualTo(5);
		assertThat(again.err()).contains("already holds lettergraph data").contains("Nothing was changed");
		assertThat(dump(restored, TypedGraphDump::of)).isEqualTo(typedBefore);
	}

	private static List<String> dump(Path dataDir, Function<Driver, List<String>> how) {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, 0, false);
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			return how.apply(driver);
		}
	}
}
