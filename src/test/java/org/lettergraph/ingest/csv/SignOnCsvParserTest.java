package org.lettergraph.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.ParsedLetter;
import org.lettergraph.ingest.record.Participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SignOnCsvParserTest {

	static final CsvOptions OPTIONS = CsvOptions.of("Protect workers who report abuse", LocalDate.of(2024, 3, 1));

	private final SignOnCsvParser parser = new SignOnCsvParser();

	@Nested
	class AFormExport {

		final ParsedLetter parsed = SignOnCsvParserTest.this.parser.parse(fixture("form-responses.csv"), OPTIONS);

		@Test
		void theHeaderIsFoundBelowAFormTitleAndNamesAreKeptAsTyped() {
			assertThat(this.parsed.record().signers()).extracting(Participant::name)
				.containsExactly("Farmworker Justice Alliance", "Florida Legal Services, Inc.",
						"Asian Americans Advancing Justice | AAJC", "Mujeres Latinas en Acción", "Indivisible",
						"Jane Roe", "Center for Labor Rights (CLR)",
						"Community Justice Exchange / National Bail Fund Network");
			assertThat(this.parsed.record().signers().get(6).aliases()).containsExactly("CLR");
		}

		@Test
		void anIndividualRowIsAPersonWithTitleAndOrganization() {
			assertThat(this.parsed.record().signers().get(5)).extracting(Participant::kind, Participant::title,
					Participant::organization)
				.containsExactly("PERSON", "Staff Attorney", "Harbor Legal Aid");
		}

		@Test
		void contactDetailsStayOut() {
			assertThat(this.parsed.record().signers()).allSatisfy(p -> {
				assertThat(p.name()).doesNotContain("@").isNotIn("Rosa Medina", "Omar Haddad");
				assertThat(p.aliases()).noneMatch(a -> a.contains("@"));
			});
		}

		@Test
		void emptyNamesAndRepeatedNamesAreWarnedAbout() {
			assertThat(this.parsed.warnings()).containsExactly(
					"line 10: no name in 'Organization Name (as it should appear on the letter)'; row skipped.",
					"line 11: 'Indivisible' signed before, on line 8 (from Denver, CO; this row is from Boulder, CO: "
							+ "two chapters? a person should check); counted once.");
		}

		@Test
		void theRecordAndItsSource() {
			LetterRecord record = this.parsed.record();
			assertThat(record.id()).isEqualTo("letter:2024-03-01-protect-workers-who-report-abuse");
			assertThat(record.date()).isEqualTo(LocalDate.of(2024, 3, 1));
			assertThat(record.sources()).containsExactly("source:2024-03-01-protect-workers-who-report-abuse");
			assertThat(record.leads()).isEmpty();
			assertThat(this.parsed.source()).extracting(s -> s.id(), s -> s.title(), s -> s.publisher(), s -> s.kind())
				.containsExactly("source:2024-03-01-protect-workers-who-report-abuse",
						"Protect workers who report abuse", "Farmworker Justice Alliance", "LETTER");
		}
	}

	@Test
	void leadsAndSourceFromTheOptions() {
		CsvOptions options = OPTIONS.withLeads(List.of("Center for Labor Rights", "Worker Power Network"))
			.withSource("source:dwn-press-2024-03", "Press release", "Worker Power Network");
		ParsedLetter parsed = this.parser.parse(fixture("form-responses.csv"), options);

		assertThat(parsed.record().leads()).extracting(Participant::name)
			.containsExactly("Center for Labor Rights", "Worker Power Network");
		assertThat(parsed.record().signers()).extracting(Participant::name).contains("Center for Labor Rights (CLR)");
		assertThat(parsed.record().sources()).containsExactly("source:dwn-press-2024-03");
		assertThat(parsed.source().publisher()).isEqualTo("Worker Power Network");
		assertThat(parsed.source().title()).isEqualTo("Press release");
	}

	@Test
	void aLeadFoundInTheFormIsNotCountedTwice() {
		ParsedLetter parsed = this.parser.parse(fixture("form-responses.csv"),
				OPTIONS.withLeads(List.of("Harbor Legal Aid", "farmworker justice alliance")));

		assertThat(parsed.record().leads()).extracting(Participant::name)
			.containsExactly("Harbor Legal Aid", "Farmworker Justice Alliance");
		assertThat(parsed.record().signers()).extracting(Participant::name)
			.doesNotContain("Farmworker Justice Alliance")
			.contains("Jane Roe");
	}

	@Test
	void semicolonsAndWindowsLineEnds() {
		ParsedLetter parsed = this.parser.parse(fixture("semicolons.csv"), OPTIONS);
		assertThat(parsed.record().signers()).extracting(Participant::name)
			.containsExactly("Voces del Campo", "Casa Obrera");
	}

	@Test
	void tabsAndAShortHeader() {
		ParsedLetter parsed = this.parser.parse("Org\tState\nAlpha Fund\tNV\nBeta Fund\tUT\n", OPTIONS);
		assertThat(parsed.record().signers()).extracting(Participant::name).containsExactly("Alpha Fund", "Beta Fund");
	}

	@Test
	void aColumnNamedExplicitly() {
		String csv = "Signer,Where\nAlpha Fund,Reno\nBeta Fund,Ogden\n";
		assertThatThrownBy(() -> this.parser.parse(csv, OPTIONS)).isInstanceOf(IngestException.class)
			.hasMessage("line 1: no organization name column: no header such as 'Organization', "
					+ "'Organization Name', 'Org' or 'Group' in the first 10 rows; name the column with "
					+ "CsvOptions.nameColumn.");
		ParsedLetter parsed = this.parser.parse(csv, OPTIONS.withColumns("signer", null, null));
		assertThat(parsed.record().signers()).extracting(Participant::name).containsExactly("Alpha Fund", "Beta Fund");
	}

	@Test
	void undatedWithAWarning() {
		ParsedLetter parsed = this.parser.parse("Group\nAlpha Fund\n", CsvOptions.of("Bond reform", null));
		assertThat(parsed.record().id()).isEqualTo("letter:undated-bond-reform");
		assertThat(parsed.warnings()).containsExactly("no date in CsvOptions; the letter is recorded as undated.");
	}

	@Nested
	class BadInput {

		final SignOnCsvParser parser = SignOnCsvParserTest.this.parser;

		@Test
		void emptyFile() {
			assertThatThrownBy(() -> this.parser.parse("", OPTIONS)).isInstanceOf(IngestException.class)
				.hasMessage("line 1: the CSV file is empty.");
			assertThatThrownBy(() -> this.parser.parse(new byte[0], OPTIONS)).isInstanceOf(IngestException.class)
				.hasMessage("line 1: the CSV file is empty.");
		}

		@Test
		void aHeaderAndNoRows() {
			assertThatThrownBy(() -> this.parser.parse("Organization,City\n\n,Reno\n", OPTIONS))
				.isInstanceOf(IngestException.class)
				.hasMessage("line 1: no signatories: the column 'Organization' is empty in every row below the header.");
		}

		@Test
		void noNameColumnNamesTheColumnAsked() {
			assertThatThrownBy(() -> this.parser.parse("City,State\nReno,NV\n", OPTIONS.withColumns("Group", null,
					null)))
				.isInstanceOf(IngestException.class)
				.hasMessage("line 1: no column 'Group' in the header (City, State).");
		}

		@Test
		void raggedRows() {
			String csv = "Organization,City\nAlpha Fund,Reno\nBeta Fund,Ogden,UT\n";
			assertThatThrownBy(() -> this.parser.parse(csv, OPTIONS)).isInstanceOf(IngestException.class)
				.hasMessage("line 3: this row has 3 fields; the header on line 1 has 2.")
				.extracting(ex -> ((IngestException) ex).line())
				.isEqualTo(3);
		}

		@Test
		void anUnclosedQuote() {
			String csv = "Organization,City\nAlpha Fund,Reno\n\"Beta Fund,Ogden\nGamma Fund,Provo\n";
			assertThatThrownBy(() -> this.parser.parse(csv, OPTIONS)).isInstanceOf(IngestException.class)
				.hasMessageStartingWith("line 3: the CSV cannot be read from here on:");
		}

		@Test
		void binary() {
			assertThatThrownBy(() -> this.parser.parse("Organization\nAlpha\u0000\n", OPTIONS))
				.isInstanceOf(IngestException.class)
				.hasMessage("line 2: a NUL character: this is binary data, not a CSV file.");
		}

		@Test
		void tooBig() {
			byte[] big = ("Organization\n" + "Alpha Fund\n".repeat(500_000)).getBytes(StandardCharsets.UTF_8);
			assertThatThrownBy(() -> this.parser.parse(big, OPTIONS)).isInstanceOf(IngestException.class)
				.hasMessageContaining("more than the limit of 5 MB");
		}

		@Test
		void noTitle() {
			assertThatThrownBy(() -> this.parser.parse("Organization\nAlpha\n", CsvOptions.of(" ", null)))
				.isInstanceOf(IngestException.class)
				.hasMessage("title: a sign-on form's export has no letter title; give it in CsvOptions.title.");
		}
	}

	private static String fixture(String name) {
		try (InputStream in = SignOnCsvParserTest.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
