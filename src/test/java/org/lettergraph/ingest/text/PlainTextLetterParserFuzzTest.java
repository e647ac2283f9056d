package org.lettergraph.ingest.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.ParsedLetter;

/**
 * Random text into the letter parser: nothing may come out but a letter (whole, or partial with its problems)
 * or an {@link IngestException}.
 *
 * <p>Runs under the surefire execution {@code fuzz} of the pom with {@code JAZZER_FUZZ=1}, for the duration
 * below; without that variable Jazzer only replays the inputs in {@code PlainTextLetterParserFuzzTestInputs}.
 */
@Tag("fuzz")
class PlainTextLetterParserFuzzTest {

	private static final PlainTextLetterParser PARSER = new PlainTextLetterParser(Letters.smallDirectory());

	@FuzzTest(maxDuration = "25s")
	void onlyIngestExceptionEscapes(byte[] input) {
		ParsedLetter parsed;
		try {
			parsed = PARSER.parse(input);
		}
		catch (IngestException expected) {
			if (expected.line() < 1) {
				throw new AssertionError("a parse error without a line: " + expected.getMessage(), expected);
			}
			return;
		}
		LetterRecord record = parsed.record();
		if (record.leads().isEmpty() && record.signers().isEmpty() && !parsed.partial()) {
			throw new AssertionError("a letter without signatures came through without a problem saying so");
		}
		if (parsed.problems().stream().anyMatch(p -> !p.startsWith("line "))) {
			throw new AssertionError("a problem without a line: " + parsed.problems());
		}
		if (record.title() == null || record.title().isBlank() || !record.sources().equals(
				java.util.List.of(parsed.source().id()))) {
			throw new AssertionError("a letter without title or own source: " + record);
		}
		if (record.signers().stream().anyMatch(p -> p.name() == null || p.name().isBlank())) {
			throw new AssertionError("a signature without a name: " + record.signers());
		}
	}
}
