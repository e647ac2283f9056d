package org.lettergraph.generate;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lettergraph.support.CommandRun;
import org.lettergraph.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;

/** load-corpus writes only for a signed-in editor, exactly as ingest does, and loads in batches. */
class LoadCorpusCommandTest {

	@Test
	void refusesWithoutAnEditorAndLoadsForOne(@TempDir Path dir) throws Exception {
		Path corpus = dir.resolve("corpus");
		CorpusFiles.write(CorpusGenerator.generate(new CorpusSpec(20, 50, 1)), corpus);
		String data = "--lettergraph.embedded.data-dir=" + dir.resolve("data");

		CommandRun anonymous = run("load-corpus", corpus.toString(), "--batch", "8", data, "--spring.profiles.active=test");
		assertThat(anonymous.code()).isEqualTo(4);
		assertThat(anonymous.err()).contains("Writes need an editor");
		assertThat(anonymous.out()).doesNotContain("loaded");

		Path token = dir.resolve("token");
		Files.writeString(token, Editors.READER_TOKEN + "\n");
		CommandRun reader = run("load-corpus", corpus.toString(), "--token-file", token.toString(), data,
				"--spring.profiles.active=test");
		assertThat(reader.code()).isEqualTo(4);
		assertThat(reader.err()).contains("not an editor");

		Files.writeString(token, Editors.EDITOR_TOKEN + "\n");
		CommandRun editor = run("load-corpus", corpus.toString(), "--batch", "8", "--token-file", token.toString(), data,
				"--spring.profiles.active=test");
		assertThat(editor.code()).as(editor.err()).isZero();
		assertThat(editor.out()).contains("loaded 20 letters").contains("(8 letters per batch)");
	}

	private static CommandRun run(String... args) {
		return CommandRun.of(args);
	}
}
