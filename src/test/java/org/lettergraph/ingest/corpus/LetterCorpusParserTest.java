package org.lettergraph.ingest.corpus;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.ParsedLetter;
import org.lettergraph.ingest.text.PlainTextLetterParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The letter corpus through the text parser alone, without Spring: each letter rendered, PDF, Word and HTML turned
 * into text by {@link DocumentText}, and the text given to {@link PlainTextLetterParser}. Prints the per-field table
 * and asks for 95 % on every field. Quick to run while working on the parser; {@link LetterCorpusTest} is the same
 * measure through GraphQL, with names resolved against the bundled graph.
 *
 * <p>The parser alone knows no actors, so addressees are compared by name here, and no programs unless the parser
 * is told of them: when its constructor takes the known programs ({@code KnownProgram}), pass the bundled ones here.
 */
class LetterCorpusParserTest {

	@Test
	void theCorpusReadsRightOnEveryField() {
		List<CorpusLetter> letters = CorpusLetter.all();
		assertThat(letters).hasSizeGreaterThanOrEqualTo(30);
		CorpusScore score = new CorpusScore("the text parser (PlainTextLetterParser, no graph)", false);
		for (CorpusLetter letter : letters) {
			score.add(letter, read(letter));
		}
		System.out.println(score.table());
		score.assertGood();
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
			ParsedLetter parsed = new PlainTextLetterParser().parse(text);
			return LetterFacts.of(parsed);
		}
		catch (IngestException ex) {
			return LetterFacts.nothing(ex.problems());
		}
	}
}
