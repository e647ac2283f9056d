package org.lettergraph.ingest.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LetterBodyTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Our 193 immigrant and civil rights organizations write today.|193|EXACTLY",
			"We, the 48 undersigned organizations, ask for relief.|48|EXACTLY",
			"The undersigned 75 groups call on you.|75|EXACTLY",
			"As 31 members of Congress, we write about detention.|31|EXACTLY",
			"On behalf of 1,200 congregations, we urge action.|1200|EXACTLY",
			"We, more than 60 organizations, write again.|60|MORE_THAN",
			"We are nearly 90 legal service providers and advocates in Texas.|90|ABOUT",
			"In all, 12 organizations signed on to this request.|12|EXACTLY" })
	void aCountTheSignersGiveOfThemselves(String sentence, int count, String qualifier) {
		assertThat(LetterBody.signerCount(Letters.lines(sentence))).hasValueSatisfying(c -> {
			assertThat(c.count()).isEqualTo(count);
			assertThat(c.qualifier()).isEqualTo(qualifier);
			assertThat(c.line()).isEqualTo(1);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "Inspectors found that 12 organizations had reported abuse.",
			"In 2019, 49 percent of people were held in county jails.", "Two dozen groups joined." })
	void countsOfOthersDoNotCount(String sentence) {
		assertThat(LetterBody.signerCount(Letters.lines(sentence))).isEmpty();
	}

	@Test
	void theListAfterAskingWordsWinsOverAnEarlierList() {
		String body = """
				Conditions have worsened this year:

				- 14 deaths in custody
				- 3 facilities over capacity

				We urge you to take these steps:

				1. Release medically vulnerable people: start with those over 60.
				2. End new contracts.
				""";
		assertThat(LetterBody.asks(Letters.lines(body))).containsExactly("Release medically vulnerable people",
				"End new contracts");
	}

	@Test
	void numberedItemsContinueAcrossAParagraph() {
		String body = """
				We ask that you:

				1. Stop transfers: keep people near counsel.
				2. Publish data: every month,
				by facility.

				The data matter because families cannot find loved ones.

				3. Meet with us: within 30 days.
				""";
		assertThat(LetterBody.asks(Letters.lines(body))).containsExactly("Stop transfers", "Publish data",
				"Meet with us");
	}

	@Test
	void aParagraphEndsABulletedList() {
		String body = """
				Things we have seen:
				- Long waits
				- Lost files

				We also ask you to:
				- Restore the hotline
				""";
		assertThat(LetterBody.asks(Letters.lines(body))).containsExactly("Restore the hotline");
	}

	@Test
	void shortForms() {
		assertThat(LetterBody.shortForm("Close detention centers: We ask that you act now."))
			.isEqualTo("Close detention centers");
		assertThat(LetterBody.shortForm("Halt expansion. Freeze negotiations too.")).isEqualTo("Halt expansion");
		assertThat(LetterBody.shortForm("x ".repeat(150))).endsWith(" …").hasSizeLessThan(210);
		assertThat(LetterBody.shortForm("")).isEmpty();
	}
}
