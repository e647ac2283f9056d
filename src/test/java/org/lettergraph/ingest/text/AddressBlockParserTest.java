package org.lettergraph.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.record.Participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AddressBlockParserTest {

	@Test
	void titleBeforeTheNameAndTheAgencyUnder() {
		assertThat(parse("President Ana Torres", "Metro State University", "1 Campus Plaza, NW", "Denver, CO 80203"))
			.hasValueSatisfying(p -> assertThat(p).extracting(Participant::name, Participant::title,
					Participant::organization)
				.containsExactly("Ana Torres", "President", "Metro State University"));
	}

	@Test
	void theHonorableIsCourtesyAndTheTitleIsOnItsOwnLine() {
		assertThat(parse("The Honorable Rosa Vega", "Secretary", "U.S. Department of Labor"))
			.hasValueSatisfying(p -> assertThat(p).extracting(Participant::name, Participant::title,
					Participant::organization)
				.containsExactly("Rosa Vega", "Secretary", "U.S. Department of Labor"));
	}

	@Test
	void titleAndAgencyOnOneLine() {
		assertThat(parse("Ms. Lena Park", "Chief of Staff, U.S. Immigration and Customs Enforcement"))
			.hasValueSatisfying(p -> assertThat(p).extracting(Participant::name, Participant::title,
					Participant::organization)
				.containsExactly("Lena Park", "Chief of Staff", "U.S. Immigration and Customs Enforcement"));
	}

	@Test
	void anAgencyAloneUnderTheName() {
		assertThat(parse("Dr. Ruth Abebe", "Office for Civil Rights and Civil Liberties", "Mail Stop 0190"))
			.hasValueSatisfying(p -> assertThat(p).extracting(Participant::title, Participant::organization)
				.containsExactly(null, "Office for Civil Rights and Civil Liberties"));
	}

	@Test
	void anAgencyAddressedAsSuch() {
		assertThat(parse("U.S. Immigration and Customs Enforcement", "500 12th Street SW", "Washington, DC 20536"))
			.hasValueSatisfying(p -> assertThat(p).extracting(Participant::name, Participant::kind)
				.containsExactly("U.S. Immigration and Customs Enforcement", "ORGANIZATION"));
	}

	@Test
	void contactLinesAreNotTitles() {
		assertThat(parse("Acting Director Sam Ortega", "sam.ortega@example.gov", "(202) 555-0100"))
			.hasValueSatisfying(p -> assertThat(p).extracting(Participant::name, Participant::title,
					Participant::organization)
				.containsExactly("Sam Ortega", "Acting Director", null));
	}

	@Test
	void blocksSplitAtBlankLinesHonorablesAndZipCodes() {
		List<List<Line>> blocks = AddressBlockParser.blocks(Letters.lines("""
				The Honorable A. Lee
				Secretary
				The Honorable B. Cruz
				Administrator
				1 Main Street
				Springfield, IL 62701
				Director C. Diaz

				Ms. D. Eng
				"""));
		assertThat(blocks).extracting(List::size).containsExactly(2, 4, 1, 1);
	}

	@Test
	void salutationNamesWithTheirTitles() {
		assertThat(salutation("Dear Secretary Mayorkas, Acting Director Lechleitner, and Ms. Tanden:"))
			.extracting(Participant::name, Participant::title)
			.containsExactly(tuple("Mayorkas", "Secretary"), tuple("Lechleitner", "Acting Director"),
					tuple("Tanden", null));
		assertThat(salutation("Dear President Biden and Secretary Mayorkas,"))
			.extracting(Participant::name, Participant::title)
			.containsExactly(tuple("Biden", "President"), tuple("Mayorkas", "Secretary"));
		assertThat(salutation("Dear Members of Congress,")).isEmpty();
		assertThat(salutation("Dear Friends and Colleagues:")).isEmpty();
	}

	private static List<Participant> salutation(String line) {
		return AddressBlockParser.salutation(new Line(1, line, line), false, null, null, new ArrayList<>());
	}

	private static Optional<Participant> parse(String... lines) {
		return AddressBlockParser.parse(Letters.lines(String.join("\n", lines)), null, new ArrayList<>());
	}
}
