package org.lettergraph.generate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lettergraph.embedded.EmbeddedNeo4j;
import org.lettergraph.support.CommandRun;
import org.lettergraph.support.Editors;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus commands at the scale src/bench/RESULTS.md documents them: {@code generate --letters 10000 --orgs 24000
 * --seed 7} and {@code load-corpus} of its output with {@code --batch 200}, as typed there. The reference file of
 * that corpus (4.6 MB) is over SnakeYAML's default document limit, which once stopped {@code load-corpus}.
 */
class TenThousandLettersCommandTest {

	@Test
	void generateAndLoadCorpusAtTenThousandLetters(@TempDir Path dir) throws Exception {
		Path corpus = dir.resolve("corpus-10k");
		Path data = dir.resolve("lg-10k");

		long started = System.nanoTime();
		PrintStream out = System.out;
		var printed = new ByteArrayOutputStream();
		int generated;
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			// what the jar's main (cli.Main) runs for "generate" (it needs no Spring context)
			generated = GenerateCommand.run(new String[] { "generate", "--letters", "10000", "--orgs", "24000",
					"--seed", "7", "--out", corpus.toString() });
		}
		finally {
			System.setOut(out);
		}
		long generateMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(generated).as(printed.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("wrote 10000 letters");
		assertThat(Files.size(corpus.resolve("reference.yaml"))).as("over SnakeYAML's default 3 MB")
			.isGreaterThan(3L * 1024 * 1024);
		List<Path> letterFiles = CorpusFiles.letterFiles(corpus);
		assertThat(letterFiles).hasSize(10_000);
		JsonNode manifest = CorpusFiles.YAML.readTree(corpus.resolve("corpus.yaml").toFile());
		long signatures = manifest.get("signatures").asLong();

		Path token = dir.resolve("editor.token");
		Files.writeString(token, Editors.EDITOR_TOKEN + "\n");
		started = System.nanoTime();
		CommandRun load = CommandRun.of("load-corpus", corpus.toString(), "--batch", "200", "--token-file",
				token.toString(), "--lettergraph.embedded.data-dir=" + data, "--spring.profiles.active=test");
		long loadMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(load.code()).as(load.err()).isZero();
		assertThat(load.out()).contains("loaded 10000 letters, " + signatures + " signatures")
			.contains("(200 letters per batch)");
		System.out.printf("generate 10k: %d ms; load-corpus 10k: %d ms (with start-up); %s%n", generateMillis,
				loadMillis, load.out().strip());

		List<String> ids = new java.util.ArrayList<>();
		for (Path file : letterFiles) {
			ids.add(CorpusFiles.YAML.readTree(file.toFile()).get("id").asText());
		}
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, 0, false);
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
			var row = driver.executableQuery("""
					MATCH (l:Letter) WHERE l.id IN $ids
					RETURN count(l) AS letters, sum(COUNT { (l)<-[:SIGNED]-() }) AS signatures""")
				.withParameters(Map.of("ids", ids))
				.execute()
				.records()
				.get(0);
			assertThat(row.get("letters").asLong()).isEqualTo(10_000);
			assertThat(row.get("signatures").asLong()).isEqualTo(signatures);
		}
	}
}
