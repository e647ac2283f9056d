package org.lettergraph.ingest.text;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.legislators.LawmakerDirectory;
import org.lettergraph.ingest.legislators.LegislatorsFolder;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.ParsedLetter;
import org.lettergraph.ingest.record.Participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PlainTextLetterParserTest {

	private final PlainTextLetterParser parser = new PlainTextLetterParser();

	@Nested
	class CongressionalLetterInColumns {

		final ParsedLetter parsed = new PlainTextLetterParser(Letters.smallDirectory())
			.parse(Letters.fixture("congressional-columns.txt"));

		@Test
		void abbreviatedMonthAndTheLetterheadIsNotAnAddressee() {
			assertThat(this.parsed.record().date()).isEqualTo(LocalDate.of(2023, 11, 3));
			assertThat(this.parsed.record().addressees()).extracting(Participant::name, Participant::title,
					Participant::organization)
				.containsExactly(tuple("Rosa Delgado-Pike", "Secretary", "U.S. Department of Labor"),
						tuple("Martin Oyelaran", "Acting Director", "U.S. Citizenship and Immigration Services"));
		}

		@Test
		void withoutReLineTheTitleDescribesTheLetter() {
			LetterRecord record = this.parsed.record();
			assertThat(record.title()).isEqualTo("Letter to Rosa Delgado-Pike, Martin Oyelaran");
			assertThat(record.titleIsDescriptive()).isTrue();
			assertThat(record.id()).isEqualTo("letter:2023-11-03-letter-to-rosa-delgado-pike-martin-oyelaran");
			assertThat(this.parsed.warnings()).anyMatch(w -> w.contains("no subject line ('Re:')"));
		}

		@Test
		void boldHeadingsWithoutColonGiveTheirFirstSentence() {
			assertThat(this.parsed.record().asks()).containsExactly("Extend automatic renewals",
					"Publish processing times by office", "Staff the service centers");
		}

		@Test
		void membersCountThemselves() {
			assertThat(this.parsed.record().reportedSignerCount()).isEqualTo(5);
			assertThat(this.parsed.record().reportedSignerCountQualifier()).isEqualTo("EXACTLY");
		}

		@Test
		void columnsAndTaggedNamesResolveToBioguideIds() {
			assertThat(this.parsed.record().leads()).isEmpty();
			assertThat(this.parsed.record().signers()).extracting(Participant::id, Participant::name,
					Participant::kind, Participant::title)
				.containsExactly(tuple("lawmaker:T000001", "Theodora Q. Marsh", "LAWMAKER", "United States Senator"),
						tuple("lawmaker:T000003", "Lucia Van Horne", "LAWMAKER", "Member of Congress"),
						tuple("lawmaker:T000004", "Samuel Okafor, Jr.", "LAWMAKER", null),
						tuple("lawmaker:T000005", "Dana Okafor", "LAWMAKER", null),
						tuple(null, "Marsh", "LAWMAKER", null));
			assertThat(this.parsed.record().signers().get(3).aliases()).as("the name as signed")
				.containsExactly("Okafor");
		}

		@Test
		void anAmbiguousMemberIsKeptByNameWithAWarning() {
			assertThat(this.parsed.warnings()).contains("line 37: 'Marsh' fits 2 members of Congress: Theodora Q. "
					+ "Marsh (D-OR, Senate), Russell Marsh (R-KS, Senate); give a state or party to tell them "
					+ "apart. Kept by name for a person to resolve.");
		}

		@Test
		void withoutADirectoryMembersAreKeptByName() {
			ParsedLetter plain = PlainTextLetterParserTest.this.parser
				.parse(Letters.fixture("congressional-columns.txt"));
			assertThat(plain.record().signers()).extracting(Participant::id).containsOnlyNulls();
			assertThat(plain.record().signers()).extracting(Participant::name)
				.containsExactly("Theodora Q. Marsh", "Lucia Van Horne", "Samuel Okafor Jr.", "Okafor", "Marsh");
			assertThat(plain.record().signers()).extracting(Participant::kind).containsOnly("LAWMAKER");
		}
	}

	@Nested
	class SignOnLetterInSections {

		final ParsedLetter parsed = PlainTextLetterParserTest.this.parser
			.parse(Letters.fixture("sign-on-sections.txt"));

		@Test
		void isoDateAndBoldReLineUnderAMarkdownHeading() {
			assertThat(this.parsed.record().date()).isEqualTo(LocalDate.of(2024, 3, 8));
			assertThat(this.parsed.record().title()).isEqualTo("Deferred action for workers who report labor abuse");
			assertThat(this.parsed.record().titleIsDescriptive()).isNull();
		}

		@Test
		void addressBlocksInThreeShapes() {
			assertThat(this.parsed.record().addressees()).extracting(Participant::name, Participant::title,
					Participant::organization)
				.containsExactly(tuple("Priya Okonkwo", "Secretary of Labor", "U.S. Department of Labor"),
						tuple("Dale Pell", "Acting Director", "U.S. Immigration and Customs Enforcement"),
						tuple("Irene Varga", "Director", "Domestic Policy Council"));
		}

		@Test
		void numberedAsksWithoutHeadings() {
			assertThat(this.parsed.record().asks()).containsExactly(
					"Issue a standing policy that protects witnesses in labor investigations",
					"Decide requests within 90 days", "Train field offices on the policy");
		}

		@Test
		void signaturesSplitAtSemicolonsAndBulletsAcrossAPageBreak() {
			assertThat(this.parsed.record().leads()).extracting(Participant::name)
				.containsExactly("Workers Defense Fund");
			assertThat(this.parsed.record().signers()).extracting(Participant::name)
				.containsExactly("Center for Labor Rights (CLR)", "Farmworker Justice Alliance",
						"Jornaleros Unidos -JU-", "National Day Laborer Alliance", "Casa Obrera",
						"Indivisible, Denver, CO", "Northside Workers' Center", "Tri-County Labor Council",
						"Union de Trabajadores Agrícolas", "Voces del Campo");
			assertThat(this.parsed.record().signers().get(0).aliases()).containsExactly("CLR");
			assertThat(this.parsed.record().signers().get(2).aliases()).containsExactly("JU");
		}

		@Test
		void placesAreTakenOffNamesButNotOffAOneWordChapter() {
			assertThat(this.parsed.warnings()).contains("3 signatures gave a city and state after the name, such as "
					+ "'Casa Obrera' (El Paso, TX); the place is kept as where they signed, not as part of the name.",
					"'Indivisible, Denver, CO' kept whole: a one-word name with a place is likely a local chapter, "
							+ "told apart by its place.");
		}

		@Test
		void aSecondSignatureOfTheSameGroupCountsOnce() {
			assertThat(this.parsed.warnings())
				.contains("line 42: 'Workers Defense Fund' signed before, on line 30; counted once.");
		}

		@Test
		void aStatedCountThatDiffersFromTheListIsReported() {
			assertThat(this.parsed.record().reportedSignerCount()).isEqualTo(14);
			assertThat(this.parsed.warnings()).contains("line 21: the letter says 14 signed; 11 signatures were found.");
		}

		@Test
		void ccOnePerLineWithTitleAndAgencyAfterCommas() {
			assertThat(this.parsed.record().cc()).extracting(Participant::name, Participant::title,
					Participant::organization)
				.containsExactly(
						tuple("Ana Ruiz", "Deputy Director", "U.S. Citizenship and Immigration Services"),
						tuple("Tom Becker", "Chief of Staff", "U.S. Department of Labor"));
		}

		@Test
		void theLeadPublishesTheLetter() {
			assertThat(this.parsed.source().publisher()).isEqualTo("Workers Defense Fund");
			assertThat(this.parsed.source().id())
				.isEqualTo("source:2024-03-08-deferred-action-for-workers-who-report-labor-abuse");
		}
	}

	@Nested
	class IndividualSigners {

		final ParsedLetter parsed = PlainTextLetterParserTest.this.parser
			.parse(Letters.fixture("individual-signers.txt"));

		@Test
		void dayFirstDateAndAGovernor() {
			assertThat(this.parsed.record().date()).isEqualTo(LocalDate.of(2022, 3, 15));
			assertThat(this.parsed.record().addressees()).extracting(Participant::name, Participant::title,
					Participant::organization)
				.containsExactly(tuple("Alan Reyes", "Governor", "Office of the Governor"));
		}

		@Test
		void dashBulletsWithHeadings() {
			assertThat(this.parsed.record().asks()).containsExactly("Cancel the contract", "Fund reentry");
		}

		@Test
		void peopleWithTitlesUnderOrAfterTheirNames() {
			assertThat(this.parsed.record().signers()).extracting(Participant::name, Participant::kind,
					Participant::title, Participant::organization)
				.containsExactly(tuple("Yolo Interfaith Immigration Network", null, null, null),
						tuple("Davis Friends Meeting", null, null, null),
						tuple("First Baptist Church of Woodland", null, null, null),
						tuple("Carmen Ibarra", "PERSON", "Pastor", "St. Agnes Parish"),
						tuple("Samuel Ortiz", "PERSON", "Professor of Sociology", "UC Davis"),
						tuple("Lena Hoffmann", "PERSON", "Staff Attorney", "Legal Services of Northern California"),
						tuple("Marisol Quintero", "PERSON", null, "Yolo Food Bank"),
						tuple("Ahmed Farouk", "PERSON", null, null));
		}

		@Test
		void noLeadWhenTheListIsNotAlphabetical() {
			assertThat(this.parsed.record().leads()).isEmpty();
		}
	}

	@Nested
	class SalutationOnly {

		final ParsedLetter parsed = PlainTextLetterParserTest.this.parser
			.parse(Letters.fixture("salutation-only.txt"));

		@Test
		void aLetterWithoutDateIsUndatedWithAWarning() {
			assertThat(this.parsed.record().date()).isNull();
			assertThat(this.parsed.record().id()).isEqualTo("letter:undated-letter-to-alvarez-lin-okafor");
			assertThat(this.parsed.source().id()).isEqualTo("source:undated-letter-to-alvarez-lin-okafor");
			assertThat(this.parsed.warnings())
				.contains("line 1: no date found before the salutation; the letter is recorded as undated.");
		}

		@Test
		void addresseesFromTheSalutationWithTheirTitles() {
			assertThat(this.parsed.record().addressees()).extracting(Participant::name, Participant::title)
				.containsExactly(tuple("Alvarez", "Secretary"), tuple("Lin", "Acting Director"),
						tuple("Okafor", null));
		}

		@Test
		void thankYouClosesWhenNothingFirmerDoes() {
			assertThat(this.parsed.record().signers()).extracting(Participant::name)
				.containsExactly("Annunciation Shelter", "Casa del Refugio", "Hope Harbor Family Shelter");
			assertThat(this.parsed.record().asks()).isEmpty();
			assertThat(this.parsed.record().reportedSignerCount()).isNull();
			assertThat(this.parsed.record().reports()).isEmpty();
		}
	}

	@Test
	void theRealDirectoryResolvesMembersAsTheNewsNamesThem() {
		LawmakerDirectory directory = LawmakerDirectory.load(LegislatorsFolder.require());
		String letter = """
				March 1, 2021

				The Honorable Alejandro Mayorkas
				Secretary of Homeland Security

				Re: Local police and immigration enforcement

				Dear Secretary Mayorkas:

				We write as members of Congress about agreements that deputize local police.

				Sincerely,

				Rep. Ilhan Omar (D-Minn.)
				Reps. Schakowsky, Quigley, and Espaillat
				Sen. Amy Klobuchar
				""";
		ParsedLetter parsed = new PlainTextLetterParser(directory).parse(letter);

		assertThat(parsed.record().signers()).extracting(Participant::id)
			.containsExactly("lawmaker:O000173", "lawmaker:S001145", "lawmaker:Q000023", "lawmaker:E000297",
					"lawmaker:K000367");
		assertThat(parsed.record().signers().get(1).name()).isEqualTo("Janice D. Schakowsky");
		assertThat(parsed.record().signers().get(1).aliases()).containsExactly("Schakowsky");
		assertThat(parsed.warnings()).isEmpty();
	}

	@Test
	void anAddresseeInCongressIsALawmaker() {
		String letter = """
				June 4, 2024

				The Honorable Theodora Q. Marsh
				United States Senate
				Washington, DC 20510

				Re: Farm labor visas

				Dear Senator Marsh,

				Our 2 groups ask for a hearing.

				Sincerely,

				Farmworker Justice Alliance
				Voces del Campo
				""";
		ParsedLetter parsed = new PlainTextLetterParser(Letters.smallDirectory()).parse(letter);

		assertThat(parsed.record().addressees()).extracting(Participant::id, Participant::kind,
				Participant::organization)
			.containsExactly(tuple("lawmaker:T000001", "LAWMAKER", "United States Senate"));
	}

	@Test
	void aSignatureOnTheClosingLineAndNamesWithCommasSlashesPipesAndDashes() {
		String letter = """
				September 9, 2024
				Re: Language access

				Dear Director Chen,

				The undersigned 4 organizations ask for interpreters at every hearing.

				In solidarity, Asian Americans Advancing Justice | AAJC
				Community Justice Exchange / National Bail Fund Network
				Florida Legal Services, Inc.
				Sisters of Mercy - Justice Team
				""";
		ParsedLetter parsed = this.parser.parse(letter);

		assertThat(parsed.record().leads()).isEmpty();
		assertThat(parsed.record().signers()).extracting(Participant::name)
			.containsExactly("Asian Americans Advancing Justice | AAJC",
					"Community Justice Exchange / National Bail Fund Network", "Florida Legal Services, Inc.",
					"Sisters of Mercy - Justice Team");
		assertThat(parsed.record().reportedSignerCount()).isEqualTo(4);
		assertThat(parsed.warnings()).doesNotContain("the letter says");
	}

	@Test
	void qualifiedCountsAndAnAmbiguousDayFirstDate() {
		String letter = """
				Date: 28/02/2023

				Re: Detention standards

				Dear Commissioner,

				More than 60 organizations, including ours, ask you to adopt binding standards.

				Best regards,

				Alpha Legal Collective
				Beta Rights Project
				""";
		ParsedLetter parsed = this.parser.parse(letter);

		assertThat(parsed.record().date()).isEqualTo(LocalDate.of(2023, 2, 28));
		assertThat(parsed.warnings()).contains("line 1: '28/02/2023' was read day first (28 is not a month).");
		assertThat(parsed.record().reportedSignerCount()).isNull();
	}

	@Test
	void moreThanGivesTheQualifier() {
		String letter = """
				April 2, 2024
				Re: Bond hearings

				Dear Judge Ito:

				We, more than 60 organizations across the country, urge you to hold prompt bond hearings.

				Sincerely,
				Alpha Legal Collective
				""";
		LetterRecord record = this.parser.parse(letter).record();

		assertThat(record.reportedSignerCount()).isEqualTo(60);
		assertThat(record.reportedSignerCountQualifier()).isEqualTo("MORE_THAN");
		assertThat(record.reports()).singleElement()
			.isEqualTo(new LetterRecord.Report("source:2024-04-02-bond-hearings", 60, "MORE_THAN"));
	}

	@Test
	void windowsLineEndsFormFeedsAndHtmlLeftovers() {
		String letter = "October 1, 2024\r\n\r\nRe: Shelter funding&nbsp;\r\n\r\nDear Mayor Ruiz,<br>\r\n\r\n"
				+ "Our 3 shelters need a reply.\r\n\r\nSincerely,\r\n\f\r\n<b>Casa Amiga</b>\r\n"
				+ "Hope &amp; Shelter\r\nRefugio del Norte\r\n";
		ParsedLetter parsed = this.parser.parse(letter);

		assertThat(parsed.record().title()).isEqualTo("Shelter funding");
		assertThat(parsed.record().signers()).extracting(Participant::name)
			.containsExactly("Casa Amiga", "Hope & Shelter", "Refugio del Norte");
	}

	@Test
	void bytesAreReadAsUtf8() {
		String letter = "May 5, 2024\nRe: Acción\n\nDear Ms. Díaz,\n\nThanks.\n\nSincerely,\nMujeres Latinas en Acción\n";
		ParsedLetter parsed = this.parser.parse(letter.getBytes(StandardCharsets.UTF_8));

		assertThat(parsed.record().signers()).extracting(Participant::name)
			.containsExactly("Mujeres Latinas en Acción");
	}

	@Nested
	class BadInput {

		final PlainTextLetterParser parser = PlainTextLetterParserTest.this.parser;

		@Test
		void emptyText() {
			assertThatThrownBy(() -> this.parser.parse("")).isInstanceOf(IngestException.class)
				.hasMessage("line 1: the letter is empty.");
			assertThatThrownBy(() -> this.parser.parse(new byte[0])).isInstanceOf(IngestException.class)
				.hasMessage("line 1: the letter is empty.");
		}

		@Test
		void onlyBlankLinesAndMarkup() {
			assertThatThrownBy(() -> this.parser.parse("\n  \n**\n---\n\n")).isInstanceOf(IngestException.class)
				.hasMessage("line 1: the letter is empty (5 lines, none with text).");
		}

		@Test
		void aNulMeansBinary() {
			assertThatThrownBy(() -> this.parser.parse("Dear all,\nSincerely,\nA\u0000B\n"))
				.isInstanceOf(IngestException.class)
				.hasMessage("line 3: a NUL character: this is binary data, not text.")
				.extracting(ex -> ((IngestException) ex).line())
				.isEqualTo(3);
			byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
			assertThatThrownBy(() -> this.parser.parse(png)).isInstanceOf(IngestException.class)
				.hasMessage("line 3: a NUL byte: this is binary data, not text.");
		}

		@Test
		void mostlyControlCharactersOrUndecodableBytes() {
			byte[] noise = new byte[400];
			for (int i = 0; i < noise.length; i++) {
				noise[i] = (byte) (0x80 + (i % 64));
			}
			assertThatThrownBy(() -> this.parser.parse(noise)).isInstanceOf(IngestException.class)
				.hasMessageStartingWith("line 1: mostly not text:");
		}

		@Test
		void aFewStrayControlCharactersAreTakenOutWithAWarning() {
			String letter = "May 5, 2024\nRe: Hearing\u0007\n\nDear Judge Ito,\n\nThanks.\n\nSincerely,\nAlpha Fund\n";
			ParsedLetter parsed = this.parser.parse(letter);

			assertThat(parsed.record().title()).isEqualTo("Hearing");
			assertThat(parsed.warnings())
				.contains("line 2: 1 control characters or undecodable bytes were taken out of the text.");
		}

		@Test
		void noClosingAtAllGivesAPartialLetter() {
			ParsedLetter parsed = this.parser.parse("Dear Ms. Lee,\n\nWe ask for a meeting.\n\nAlpha Fund\n");
			assertThat(parsed.partial()).isTrue();
			assertThat(parsed.problems()).singleElement()
				.asString()
				.startsWith("line 5: no closing ('Sincerely,', 'Respectfully,' …)")
				.endsWith("add the signers (or a sign-on CSV) before writing.");
			assertThat(parsed.record().addressees()).extracting(Participant::name).containsExactly("Lee");
		}

		@Test
		void noSignatoriesGivesAPartialLetterWithTheCc() {
			String letter = "May 5, 2024\n\nDear Ms. Lee,\n\nWe ask for a meeting.\n\nSincerely,\n\n\ncc: Ana Ruiz\n";
			ParsedLetter parsed = this.parser.parse(letter);
			assertThat(parsed.problems()).containsExactly("line 7: no signatures after the closing 'Sincerely,'; add "
					+ "the signers (or a sign-on CSV) before writing.");
			assertThat(parsed.record().date()).isEqualTo(LocalDate.of(2024, 5, 5));
			assertThat(parsed.record().cc()).extracting(Participant::name).containsExactly("Ana Ruiz");
			assertThat(parsed.record().signers()).isEmpty();
		}

		@Test
		void aDateThatIsNotOnTheCalendar() {
			String letter = "February 30, 2024\n\nDear Ms. Lee,\n\nA meeting, please.\n\nSincerely,\nAlpha Fund\n";
			assertThatThrownBy(() -> this.parser.parse(letter)).isInstanceOf(IngestException.class)
				.hasMessageStartingWith("line 1: cannot read the date 'February 30, 2024': 'February 30, 2024' is "
						+ "no day of the calendar");
		}

		@Test
		void aMisspeltMonth() {
			String letter = "\n\nNovembr 15, 2024\n\nDear Ms. Lee,\n\nA meeting, please.\n\nSincerely,\nAlpha Fund\n";
			assertThatThrownBy(() -> this.parser.parse(letter)).isInstanceOf(IngestException.class)
				.hasMessage("line 3: cannot read the date 'Novembr 15, 2024': 'Novembr' is not a month.");
		}

		@Test
		void impossibleNumbersAndAMonthWithoutDay() {
			assertThatThrownBy(() -> this.parser.parse("13/45/2024\n\nDear Ms. Lee,\n\nHi.\n\nSincerely,\nA B C\n"))
				.isInstanceOf(IngestException.class)
				.hasMessageStartingWith("line 1: cannot read the date '13/45/2024'");
			assertThatThrownBy(() -> this.parser.parse("November 2024\n\nDear Ms. Lee,\n\nHi.\n\nSincerely,\nA B\n"))
				.isInstanceOf(IngestException.class)
				.hasMessage("line 1: cannot read the date 'November 2024': 'November 2024' gives a month and a "
						+ "year but no day.");
		}

		@Test
		void moreThanFiveMegabytes() {
			String big = "Dear all,\n" + "x".repeat(TextLines.MAX_BYTES) + "\nSincerely,\nAlpha Fund\n";
			assertThatThrownBy(() -> this.parser.parse(big)).isInstanceOf(IngestException.class)
				.hasMessage("line 2: the text is more than the limit of 5 MB (5242880 bytes of UTF-8); this is not "
						+ "one letter.");
			byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
			assertThatThrownBy(() -> this.parser.parse(bytes)).isInstanceOf(IngestException.class)
				.hasMessageStartingWith("line 2: the text is " + bytes.length + " bytes, more than the limit of 5 MB");
		}

		@Test
		void aParagraphWhereSignaturesShouldBe() {
			String letter = "Dear all,\n\nHi.\n\nSincerely,\n\n" + "word ".repeat(500) + "\n";
			assertThatThrownBy(() -> this.parser.parse(letter)).isInstanceOf(IngestException.class)
				.hasMessageStartingWith("line 7: a line of 2499 characters where signatures are expected");
		}

		@Test
		void onlyIngestExceptionForOddButTextualInput() {
			for (String odd : List.of("Sincerely,", "Dear\nSincerely,\n", "Re:\nSincerely,\n-\n", "cc\nSincerely,\ncc",
					"Sincerely, \u2022 ; ;", "1.\n2.\nSincerely,\n(", "Dear Rep. (D-\nSincerely,\nRep. (D-)")) {
				try {
					this.parser.parse(odd);
				}
				catch (IngestException expected) {
					assertThat(expected.line()).isPositive();
				}
			}
		}
	}
}
