package org.lettergraph.generate;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar lettergraph.jar load-corpus DIR [--batch N]}: loads a folder written by {@code generate}
 * through the write path, N letters per transaction (default 50), and prints the rate.
 */
@Component
@ConditionalOnProperty(name = "lettergraph.command", havingValue = "load-corpus")
class LoadCorpusCommand implements CommandLineRunner, ExitCodeGenerator {

	private final CorpusLoader loader;

	private int exitCode;

	LoadCorpusCommand(CorpusLoader loader) {
		this.loader = loader;
	}

	@Override
	public void run(String... args) {
		Path dir = null;
		int batch = 50;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--batch") && i + 1 < args.length) {
				batch = Integer.parseInt(args[++i]);
			}
			else if (!args[i].startsWith("--") && !args[i].equals("load-corpus")) {
				dir = Path.of(args[i]);
			}
		}
		if (dir == null || !Files.isRegularFile(dir.resolve("reference.yaml"))) {
			System.err.println("usage: java -jar lettergraph.jar load-corpus DIR [--batch N]   (DIR from generate)");
			this.exitCode = 2;
			return;
		}
		CorpusLoader.LoadResult result = this.loader.load(dir, batch);
		System.out.printf("loaded %d letters, %d signatures in %.1f s: %.0f signatures/s%n", result.letters(),
				result.signatures(), result.letterNanos() / 1e9, result.signaturesPerSecond());
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}
}
