package org.lettergraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * The data folder of one corpus size under the suite's {@code --dir}: {@code raw/} for the raw-ingest database,
 * {@code service/} for the service's, and {@link #LOADED} once the corpus is loaded. Wiped first, unless the run
 * only reads and the folder already holds this corpus.
 */
final class BenchFolder {

	/** Written next to a size's service folder once the corpus is loaded: "letters orgs seed". */
	static final String LOADED = "loaded.txt";

	private final Path root;

	private final String loadedMark;

	private final boolean reuse;

	private BenchFolder(Path root, String loadedMark, boolean reuse) {
		this.root = root;
		this.loadedMark = loadedMark;
		this.reuse = reuse;
	}

	/** The folder for this corpus, wiped unless {@code readsOnly} and it already holds the same corpus. */
	static BenchFolder prepare(Path dir, int letters, int orgs, long seed, boolean readsOnly) {
		Path root = dir.resolve("letters-" + letters);
		String loadedMark = letters + " " + orgs + " " + seed;
		boolean reuse = readsOnly && loadedMark.equals(readQuietly(root.resolve(LOADED)));
		if (!reuse) {
			wipe(root);
		}
		return new BenchFolder(root, loadedMark, reuse);
	}

	/** Whether the service folder already holds the corpus, so it is not loaded again. */
	boolean reuse() {
		return this.reuse;
	}

	Path raw() {
		return this.root.resolve("raw");
	}

	Path service() {
		return this.root.resolve("service");
	}

	void wipeRaw() {
		wipe(raw());
	}

	void markLoaded() {
		try {
			Files.writeString(this.root.resolve(LOADED), this.loadedMark);
		}
		catch (IOException ex) {
			// only a missed chance to reuse the folder next time
		}
	}

	/** The service's store on disk, or -1 when it cannot be measured. */
	long serviceBytes() {
		try (Stream<Path> files = Files.walk(service())) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static String readQuietly(Path file) {
		try {
			return Files.isRegularFile(file) ? Files.readString(file).strip() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static void wipe(Path dir) {
		try {
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
