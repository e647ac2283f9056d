package org.lettergraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every {@code bench} command line the README and src/bench/RESULTS.md show is one the command accepts (only
 * parsed: running them takes minutes to hours).
 */
class DocumentedBenchCommandsTest {

	@Test
	void everyDocumentedBenchCommandLineParses() throws Exception {
		List<String> lines = new ArrayList<>();
		lines.addAll(benchLines(Files.readString(Path.of("README.md"))));
		lines.addAll(benchLines(Files.readString(Path.of("src/bench/RESULTS.md"))));
		assertThat(lines).as("the documents show the suite at 1k, 10k and 50k, reads only, ingest only")
			.hasSizeGreaterThanOrEqualTo(8)
			.anyMatch(line -> line.contains("--only reads"))
			.anyMatch(line -> line.contains("--only ingest"));

		List<BenchSuite.Options> parsed = new ArrayList<>();
		for (String line : lines) {
			String[] args = line.split("\\s+");
			assertThatCode(() -> parsed.add(BenchCommand.parse(args).options())).as(line).doesNotThrowAnyException();
		}
		assertThat(parsed).anyMatch(options -> options.sizes().equals(List.of(1000, 10_000, 50_000))
				&& options.warmup() == 50 && options.reps() == 30 && options.batch() == 200);
		assertThat(parsed).anyMatch(options -> options.sizes().equals(List.of(10_000)) && options.readsOnly());
	}

	@Test
	void aMistypedOptionIsAUsageError() {
		assertThatThrownBy(() -> BenchCommand.parse(new String[] { "bench", "--letter", "10000" }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("unknown argument '--letter'");
		assertThatThrownBy(() -> BenchCommand.parse(new String[] { "bench", "--settle" }))
			.isInstanceOf(ArrayIndexOutOfBoundsException.class);
		assertThatThrownBy(() -> BenchCommand.parse(new String[] { "bench", "--only", "writes" }))
			.hasMessageContaining("--only takes 'ingest' or 'reads'");
	}

	/**
	 * The bench command lines of a markdown text, from {@code bench} on: inline ones up to their closing
	 * backtick, in code blocks up to the end of the line (with {@code \} continuations). Optional parts in
	 * brackets and comments are dropped.
	 */
	static List<String> benchLines(String markdown) {
		List<String> found = new ArrayList<>();
		int at = 0;
		while ((at = nextBench(markdown, at)) >= 0) {
			int lineStart = markdown.lastIndexOf('\n', at) + 1;
			String before = markdown.substring(lineStart, at);
			int tick = before.lastIndexOf('`');
			int end;
			if (tick >= 0 && before.chars().filter(c -> c == '`').count() % 2 == 1) {
				end = markdown.indexOf('`', at);
			}
			else {
				end = at;
				do {
					end = markdown.indexOf('\n', end + 1);
				}
				while (end > 0 && markdown.substring(0, end).stripTrailing().endsWith("\\"));
			}
			String command = markdown.substring(at, (end < 0) ? markdown.length() : end)
				.replace("\\\n", " ")
				.replaceAll("\\[[^\\]]*\\]", " ")
				.replaceAll("#.*", " ")
				.replaceAll("\\s+", " ")
				.strip();
			found.add(command);
			at = at + 1;
		}
		return found;
	}

	private static int nextBench(String markdown, int from) {
		int jar = markdown.indexOf("lettergraph.jar bench ", from);
		int inline = markdown.indexOf("`bench --", from);
		if (jar >= 0) {
			jar += "lettergraph.jar ".length();
		}
		if (inline >= 0) {
			inline += 1;
		}
		return Arrays.stream(new int[] { jar, inline }).filter(i -> i >= 0).min().orElse(-1);
	}
}
