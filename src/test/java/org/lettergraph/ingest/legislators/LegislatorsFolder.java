package org.lettergraph.ingest.legislators;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real congress-legislators files, where surefire says they are; a test without them is skipped, saying why. */
public final class LegislatorsFolder {

	private LegislatorsFolder() {
	}

	public static Path require() {
		String property = System.getProperty("lettergraph.legislators");
		assumeTrue(property != null, "system property lettergraph.legislators is not set (surefire sets it)");
		Path folder = Path.of(property);
		assumeTrue(Files.isRegularFile(folder.resolve("legislators-current.yaml")),
				"no congress-legislators files at " + folder.toAbsolutePath());
		return folder;
	}
}
