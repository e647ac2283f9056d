package org.lettergraph.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A corpus on disk, in the formats the ingest path reads: {@code reference.yaml}, one record per letter under
 * {@code letters/}, and {@code corpus.yaml} naming what the benchmark asks about.
 */
public final class CorpusFiles {

	static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
		.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)).registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

	private CorpusFiles() {
	}

	public static void write(Corpus corpus, Path dir) {
		try {
			Path letters = dir.resolve("letters");
			Files.createDirectories(letters);
			YAML.writeValue(dir.resolve("reference.yaml").toFile(), corpus.reference());
			Map<String, Object> manifest = new LinkedHashMap<>();
			manifest.put("letters", corpus.letters().size());
			manifest.put("signatures", corpus.signatures());
			manifest.put("bigLetter", corpus.bigLetter());
			manifest.put("hub", corpus.hub());
			manifest.put("program", corpus.program());
			YAML.writeValue(dir.resolve("corpus.yaml").toFile(), manifest);
			for (int i = 0; i < corpus.letters().size(); i++) {
				YAML.writeValue(letters.resolve(String.format(Locale.ROOT, "%06d.yaml", i + 1)).toFile(),
						corpus.letters().get(i));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The letter files of a corpus folder, in order. */
	public static List<Path> letterFiles(Path dir) {
		try (Stream<Path> files = Files.list(dir.resolve("letters"))) {
			return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
