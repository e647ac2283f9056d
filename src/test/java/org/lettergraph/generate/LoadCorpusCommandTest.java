package org.lettergraph.generate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lettergraph.LettergraphApplication;
import org.lettergraph.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;

/** load-corpus writes only for a signed-in editor, exactly as ingest does, and loads in batches. */
class LoadCorpusCommandTest {

	@Test
	void refusesWithoutAnEditorAndLoadsForOne(@TempDir Path dir) throws Exception {
		Path corpus = dir.resolve("corpus");
		CorpusFiles.write(CorpusGenerator.generate(new CorpusSpec(20, 50, 1)), corpus);
		String data = "--lettergraph.embedded.data-dir=" + dir.resolve("data");

		Run anonymous = run("load-corpus", corpus.toString(), "--batch", "8", data, "--spring.profiles.active=test");
		assertThat(anonymous.code()).isEqualTo(4);
		assertThat(anonymous.err()).contains("Writes need an editor");
		assertThat(anonymous.out()).doesNotContain("loaded");

		Path token = dir.resolve("token");
		Files.writeString(token, Editors.READER_TOKEN + "\n");
		Run reader = run("load-corpus", corpus.toString(), "--token-file", token.toString(), data,
				"--spring.profiles.active=test");
		assertThat(reader.code()).isEqualTo(4);
		assertThat(reader.err()).contains("not an editor");

		Files.writeString(token, Editors.EDITOR_TOKEN + "\n");
		Run editor = run("load-corpus", corpus.toString(), "--batch", "8", "--token-file", token.toString(), data,
				"--spring.profiles.active=test");
		assertThat(editor.code()).as(editor.err()).isZero();
		assertThat(editor.out()).contains("loaded 20 letters").contains("(8 letters per batch)");
	}

	record Run(int code, String out, String err) {
	}

	private static Run run(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		var outBytes = new ByteArrayOutputStream();
		var errBytes = new ByteArrayOutputStream();
		System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
		try {
			String[] withPort = java.util.Arrays.copyOf(args, args.length + 1);
			withPort[args.length] = "--lettergraph.embedded.bolt-port=0";
			int code = LettergraphApplication.runCommand("load-corpus", withPort);
			return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}
}
