package org.lettergraph.ingest.text;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.ParsedLetter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A letter is read in time linear in its lines, and a list of signers longer than the limit is refused at the
 * first signature over it, not after reading them all. The time limits are generous because the test machine is
 * shared and the JVM cold: a warm parse of 20,000 signers takes about 1.5 s on 2 busy cores; the point is seconds,
 * not the minutes a quadratic step would take.
 */
class SignatureLimitTest {

	/** A letter with {@code signers} invented organizations, one per line, each with a place. */
	static String letter(int signers) {
		StringBuilder text = new StringBuilder(signers * 48 + 400);
		text.append("March 1, 2024\n\nThe Honorable Ur M. Jaddou\nDirector\nU.S. Citizenship and Immigration Services\n\n")
			.append("Re: A long list\n\nDear Director Jaddou:\n\nWe ask you to end 287(g).\n\nSincerely,\n\n");
		for (int i = 0; i < signers; i++) {
			text.append(String.format(Locale.ROOT, "Neighbors United Group %06d, Ames, IA%n", i));
		}
		return text.toString();
	}

	@Test
	void nearlyFiveMegabytesOf125000SignersStopAtTheLimitInSeconds() {
		String big = letter(125_000);
		assertThat(big.length()).isGreaterThan(4_500_000).isLessThan(TextLines.MAX_BYTES);
		PlainTextLetterParser parser = new PlainTextLetterParser();

		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> parser.parse(big))
			.isInstanceOf(IngestException.class)
			.hasMessage("line 20015: more than 20,000 signatures; the limit is lettergraph.ingest.max-signatures."));
	}

	@Test
	void theLimitIsASetting() {
		PlainTextLetterParser parser = new PlainTextLetterParser().withMaxSignatures(3);
		assertThatThrownBy(() -> parser.parse(letter(4))).isInstanceOf(IngestException.class)
			.hasMessage("line 18: more than 3 signatures; the limit is lettergraph.ingest.max-signatures.");
		assertThat(parser.parse(letter(3)).record().signers()).hasSize(3);
		assertThatThrownBy(() -> new PlainTextLetterParser().withMaxSignatures(0))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void twentyThousandSignersAreReadInSeconds() {
		String text = letter(20_000);
		ParsedLetter parsed = assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> new PlainTextLetterParser().parse(text));
		assertThat(parsed.record().leads().size() + parsed.record().signers().size()).isEqualTo(20_000);
		assertThat(parsed.record().signers().get(19_999).location()).isEqualTo("Ames, IA");
		assertThat(parsed.record().programs()).extracting(p -> p.program()).containsExactly("program:287g");
	}
}
