package org.lettergraph.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.ParsedLetter;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.names.SignatoryName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The November 2024 letter as it was sent, read from {@code ../shared/seeds}, must give the record the bundled
 * dataset holds for it: everything but the participant ids (the parser gives names; the bundled record gives ids of
 * officials it already knows) and the programs' asks (the parser gives the verb, the bundled record a phrase).
 */
class SeedLetterTest {

	static ParsedLetter parsed;

	static LetterRecord bundled;

	/** Each test, not only the class, is reported skipped, with the reason, when the seeds are not there. */
	@BeforeEach
	void parse() throws IOException {
		String seeds = System.getProperty("lettergraph.seeds");
		assumeTrue(seeds != null, "system property lettergraph.seeds is not set (surefire sets it)");
		Path letter = Path.of(seeds, "004_7a924e30a22aba61.txt");
		assumeTrue(Files.isRegularFile(letter), "the November 2024 letter is not at " + letter.toAbsolutePath());
		if (parsed != null) {
			return;
		}
		parsed = new PlainTextLetterParser().parse(Files.readString(letter));
		try (InputStream in = SeedLetterTest.class
			.getResourceAsStream("/dataset/letters/2024-11-15-act-now-to-protect-immigrant-communities.yaml")) {
			// the bundled record as the dataset loader reads it: YAML into the record type, dates as dates
			bundled = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
				.readValue(in, LetterRecord.class);
		}
	}

	@Test
	void idTitleDateAndAsks() {
		LetterRecord record = parsed.record();

		assertThat(record.id()).isEqualTo("letter:2024-11-15-act-now-to-protect-immigrant-communities")
			.isEqualTo(bundled.id());
		assertThat(record.title()).isEqualTo("Act now to protect immigrant communities").isEqualTo(bundled.title());
		assertThat(record.titleIsDescriptive()).isEqualTo(bundled.titleIsDescriptive());
		assertThat(record.date()).isEqualTo(LocalDate.of(2024, 11, 15)).isEqualTo(bundled.date());
		assertThat(record.asks()).containsExactly("Close detention centers", "Halt all expansion efforts",
				"Release people from detention")
			.isEqualTo(bundled.asks());
	}

	@Test
	void theStatedCountAndTheLetterAsItsOwnSource() {
		LetterRecord record = parsed.record();

		assertThat(record.reportedSignerCount()).isEqualTo(193).isEqualTo(bundled.reportedSignerCount());
		assertThat(record.reportedSignerCountQualifier()).isEqualTo("EXACTLY");
		assertThat(record.sources()).containsExactly("source:2024-11-15-act-now-to-protect-immigrant-communities")
			.isEqualTo(bundled.sources());
		assertThat(record.reports()).isEqualTo(bundled.reports());
		assertThat(record.programs()).extracting(LetterRecord.ProgramAsk::program)
			.isEqualTo(bundled.programs().stream().map(LetterRecord.ProgramAsk::program).toList());
		assertThat(record.programs()).extracting(LetterRecord.ProgramAsk::ask).containsExactly("close", "halt");
		assertThat(parsed.source().id()).isEqualTo("source:2024-11-15-act-now-to-protect-immigrant-communities");
		assertThat(parsed.source().kind()).isEqualTo("LETTER");
		assertThat(parsed.source().title()).isEqualTo(record.title());
		assertThat(parsed.source().date()).isEqualTo(record.date());
		assertThat(parsed.source().publisher()).isEqualTo("Detention Watch Network");
	}

	@Test
	void addresseesAndCcWithTitlesAndAgencies() {
		assertThat(parsed.record().addressees()).extracting(Participant::name, Participant::title,
				Participant::organization)
			.containsExactly(tuple("Joe Biden", "President", "The White House"),
					tuple("Alejandro Mayorkas", "Secretary", "U.S. Department of Homeland Security"));
		assertThat(parsed.record().addressees()).extracting(Participant::title, Participant::organization)
			.isEqualTo(bundled.addressees().stream().map(p -> tuple(p.title(), p.organization())).toList());
		assertThat(parsed.record().cc()).extracting(Participant::name)
			.containsExactly("Neera Tanden", "Patrick J. Lechleitner", "Michael Lumpkin");
		assertThat(parsed.record().cc()).extracting(Participant::title, Participant::organization)
			.isEqualTo(bundled.cc().stream().map(p -> tuple(p.title(), p.organization())).toList());
		assertThat(parsed.record().addressees()).allSatisfy(p -> assertThat(p.kind()).isNull());
	}

	@Test
	void oneLeadAnd192SignersInOrderNamedExactlyAsSigned() {
		LetterRecord record = parsed.record();

		assertThat(record.leads()).extracting(Participant::name).containsExactly("Detention Watch Network");
		assertThat(record.signers()).hasSize(192);
		assertThat(record.signers()).extracting(Participant::name)
			.isEqualTo(bundled.signers().stream().map(Participant::name).toList());
		assertThat(record.signers()).extracting(Participant::name)
			.contains("Mujeres Latinas en Acción", "Asian Americans Advancing Justice | AAJC",
					"Community Justice Exchange / National Bail Fund Network", "Florida Legal Services, Inc.",
					"Immigrant Justice Committee, Plymouth Congregational Church, Minneapolis");
		assertThat(record.signers()).allSatisfy(p -> {
			assertThat(p.kind()).isNull();
			assertThat(p.sources()).as("edges default to the letter's own source").isEmpty();
		});
	}

	@Test
	void acronymsBecomeAliasesAndNamesStayWhole() {
		Participant afsc = signer("American Friends Service Committee (AFSC)");
		assertThat(afsc.aliases()).containsExactly("AFSC");
		assertThat(signer("Alliance to Mobilize Our Resistance -AMOR-").aliases()).containsExactly("AMOR");
		assertThat(signer("DRUM - Desis Rising Up & Moving").aliases()).containsExactly("DRUM");
		assertThat(parsed.record().signers())
			.allSatisfy(p -> assertThat(p.aliases()).isEqualTo(SignatoryName.parse(p.name()).aliases()));
	}

	@Test
	void nothingToWarnAbout() {
		assertThat(parsed.warnings()).isEmpty();
	}

	@Test
	void theSameRecordAsTheBundledOneApartFromProgramsAndIds() {
		LetterRecord record = parsed.record();
		LetterRecord expected = new LetterRecord(bundled.id(), bundled.title(), bundled.titleIsDescriptive(),
				bundled.date(), bundled.asks(), bundled.reportedSignerCount(), bundled.reportedSignerCountQualifier(),
				bundled.sources(), bundled.sourceDetails(), bundled.reports(), record.programs(), named(bundled.leads()),
				named(bundled.signers()), bundled.endorsers(), withNames(bundled.addressees(), record.addressees()),
				withNames(bundled.cc(), record.cc()));

		assertThat(record).usingRecursiveComparison().ignoringFields("leads.aliases", "signers.aliases")
			.isEqualTo(expected);
	}

	private static List<Participant> named(List<Participant> participants) {
		return participants.stream()
			.map(p -> new Participant(null, p.name(), null, List.of(), null, null, null))
			.toList();
	}

	private static List<Participant> withNames(List<Participant> bundled, List<Participant> parsed) {
		return java.util.stream.IntStream.range(0, bundled.size())
			.mapToObj(i -> new Participant(null, parsed.get(i).name(), null, List.of(), bundled.get(i).title(),
					bundled.get(i).organization(), null))
			.toList();
	}

	private static Participant signer(String name) {
		return parsed.record().signers().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
	}
}
