package org.lettergraph.ingest.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.legislators.LawmakerDirectory;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.KnownProgram;
import org.lettergraph.ingest.record.ParsedLetter;
import org.lettergraph.ingest.text.PlainTextLetterParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letter corpus through the text parser alone, without Spring: each letter rendered, PDF, Word and HTML turned
 * into text by {@link DocumentText}, and the text given to {@link PlainTextLetterParser}. Prints the per-field table
 * and asks for at least the share last measured on every field ({@link #FLOORS}; the aim is 95 %). Quick to run while working on the parser; {@link LetterCorpusTest} is the same
 * measure through GraphQL, with names resolved against the bundled graph.
 *
 * <p>The parser is built the way the service builds it: with the bundled programs of {@code dataset/reference.yaml}
 * and, when the congress-legislators files are where surefire says, the lawmaker directory. It knows no actors, so
 * addressees are compared by name here.
 */
class LetterCorpusParserTest {

	/**
	 * The shares measured on 2026-11-30 with the project's document reader over 40 letters (rounded down): the floor
	 * a change must not go below; every field is at or above the 95 % aimed at. Still missed: in letter 38 a name
	 * wrapped in its column on the last page, where only one column is left, is read as two.
	 */
	static final java.util.Map<String, Double> FLOORS = java.util.Map.of("date", 100.0, "addressees", 100.0,
			"subject", 100.0, "signer count", 97.0, "signer names", 97.0, "programs", 100.0);

	private static PlainTextLetterParser parser;

	@BeforeAll
	static void buildTheParserLikeTheService() {
		parser = new PlainTextLetterParser(lawmakers(), programs());
	}

	@Test
	void theCorpusReadsRightOnEveryField() {
		List<CorpusLetter> letters = CorpusLetter.all();
		assertThat(letters).hasSizeGreaterThanOrEqualTo(30);
		CorpusScore score = new CorpusScore("the text parser (PlainTextLetterParser, no graph)", false);
		for (CorpusLetter letter : letters) {
			score.add(letter, read(letter));
		}
		System.out.println(score.table());
		score.assertAtLeast(FLOORS);
	}

	static LetterFacts read(CorpusLetter letter) {
		String text;
		try {
			text = DocumentText.read(letter.render());
		}
		catch (RuntimeException ex) {
			return LetterFacts.nothing(List.of("could not read the document: " + ex));
		}
		try {
			ParsedLetter parsed = parser.parse(text);
			return LetterFacts.of(parsed);
		}
		catch (IngestException ex) {
			return LetterFacts.nothing(ex.problems());
		}
	}

	/** The programs of the bundled reference data, as the service gives them to the parser. */
	static List<KnownProgram> programs() {
		try (InputStream in = LetterCorpusParserTest.class.getResourceAsStream("/dataset/reference.yaml")) {
			JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
			List<KnownProgram> programs = new ArrayList<>();
			for (JsonNode p : root.path("programs")) {
				List<String> aliases = new ArrayList<>();
				p.path("aliases").forEach(a -> aliases.add(a.asText()));
				programs.add(new KnownProgram(p.path("id").asText(), p.path("name").asText(), aliases));
			}
			return programs;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The lawmaker directory when the congress-legislators files are present, else none (the parser works without). */
	static LawmakerDirectory lawmakers() {
		String property = System.getProperty("lettergraph.legislators");
		if (property == null || !Files.isRegularFile(Path.of(property).resolve("legislators-current.yaml"))) {
			System.out.println("no congress-legislators files (lettergraph.legislators): reading without lawmakers");
			return null;
		}
		return LawmakerDirectory.load(Path.of(property));
	}
}
