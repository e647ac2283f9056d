package org.lettergraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The seed documents in ../shared/seeds, which CI has; a clone without them reports such tests as skipped. */
public final class SeedTexts {

	private SeedTexts() {
	}

	public static String novemberLetter() throws IOException {
		String seeds = System.getProperty("lettergraph.seeds");
		assumeTrue(seeds != null, "system property lettergraph.seeds is not set (surefire sets it)");
		Path letter = Path.of(seeds, "004_7a924e30a22aba61.txt");
		assumeTrue(Files.isRegularFile(letter), "the November 2024 letter is not at " + letter.toAbsolutePath());
		return Files.readString(letter);
	}
}
