package org.lettergraph.ingest.text;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.ingest.text.SignatoryListParser.Signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SignatoryListParserTest {

	private final List<String> warnings = new ArrayList<>();

	@Test
	void oneNamePerLineWithBlankLinesTrailingSpacesAndStrayMarkup() {
		assertThat(names("Alpha Legal Collective  \n\n**Beta Rights Project**\n*Gamma Fund*\n\\- Delta Network\n"))
			.containsExactly("Alpha Legal Collective", "Beta Rights Project", "Gamma Fund", "Delta Network");
	}

	@Test
	void bulletsAndNumbersInFrontAreListMarkers() {
		assertThat(names("- Alpha Fund\n* Beta Fund\n• Gamma Fund\n12. Delta Fund\n18 Million Rising\n"))
			.containsExactly("Alpha Fund", "Beta Fund", "Gamma Fund", "Delta Fund", "18 Million Rising");
	}

	@Test
	void severalPerLineAtSemicolonsBulletsTabsAndWideGaps() {
		assertThat(names("Alpha Fund; Beta Fund;Gamma Fund\nDelta Fund \u2022 Echo Fund \u00B7 Foxtrot Fund\n"
				+ "Golf Fund\tHotel Fund\nIndia Fund      Juliet Fund\n"))
			.containsExactly("Alpha Fund", "Beta Fund", "Gamma Fund", "Delta Fund", "Echo Fund", "Foxtrot Fund",
					"Golf Fund", "Hotel Fund", "India Fund", "Juliet Fund");
	}

	@Test
	void commasSlashesPipesDashesAndAcronymsStayInTheName() {
		List<Signature> signatures = parse("""
				Services, Immigrant Rights & Education Network (SIREN)
				Asian Americans Advancing Justice | AAJC
				National Lawyers Guild-SF Bay Area Chapter
				Central American Resource Center - CARECEN- of California
				Bend the Arc: Jewish Action
				""");
		assertThat(signatures).extracting(s -> s.participant().name(), s -> s.participant().aliases())
			.containsExactly(tuple("Services, Immigrant Rights & Education Network (SIREN)", List.of("SIREN")),
					tuple("Asian Americans Advancing Justice | AAJC", List.of()),
					tuple("National Lawyers Guild-SF Bay Area Chapter", List.of()),
					tuple("Central American Resource Center - CARECEN- of California", List.of("CARECEN")),
					tuple("Bend the Arc: Jewish Action", List.of()));
	}

	@Test
	void aStateAloneAfterACommaIsPartOfTheName() {
		assertThat(names("American Friends Service Committee, Colorado\nFriends of the Earth, Inc.\n"))
			.containsExactly("American Friends Service Committee, Colorado", "Friends of the Earth, Inc.");
		assertThat(this.warnings).isEmpty();
	}

	@Test
	void cityAndStateAfterTheNameInEachFormBecomeTheLocation() {
		assertThat(parse("""
				Casa de Esperanza, St. Paul, MN
				Rio Valley Workers Center (McAllen, Texas)
				Coastal Justice Project - Kansas City, MO
				Harbor Legal Aid
				Portland, OR
				""")).extracting(s -> s.participant().name(), s -> s.participant().location())
			.containsExactly(tuple("Casa de Esperanza", "St. Paul, MN"), tuple("Rio Valley Workers Center",
					"McAllen, Texas"), tuple("Coastal Justice Project", "Kansas City, MO"),
					tuple("Harbor Legal Aid", "Portland, OR"));
		assertThat(this.warnings).containsExactly("4 signatures gave a city and state after the name, such as "
				+ "'Casa de Esperanza' (St. Paul, MN); the place is kept as where they signed, not as part of the "
				+ "name.");
	}

	@Test
	void thePlaceIsReadFromTheEndSoCommasInTheNameStay() {
		assertThat(SignatoryListParser.trailingPlace("Florida Legal Services, Inc., Miami, FL"))
			.hasValueSatisfying(split -> assertThat(split).containsExactly("Florida Legal Services, Inc.", "Miami", "FL"));
		assertThat(SignatoryListParser.trailingPlace("Immigrant Justice Committee, Plymouth Church, Minneapolis"))
			.isEmpty();
		assertThat(SignatoryListParser.trailingPlace("Harbor Legal Aid, Legal Services Center, OR"))
			.as("an institution is no city")
			.isEmpty();
		assertThat(SignatoryListParser.trailingPlace("Harbor (Aid")).isEmpty();
		assertThat(SignatoryListParser.trailingPlace("(Reno, NV)")).as("a place and no name").isEmpty();
	}

	@Test
	void headingsFootnotesAndFillerAreNotSignatures() {
		assertThat(names("""
				The undersigned organizations
				National Organizations:
				Alpha Fund*
				Faith-based organizations
				Beta Congregation
				Signatures follow on the next page
				[Add your organization here]
				* Titles and affiliations for identification purposes only
				"""))
			.containsExactly("Alpha Fund", "Beta Congregation");
	}

	@Test
	void membersOfCongressUnderAHeadingOrTagged() {
		List<Signature> signatures = parse("""
				Members of Congress
				Ana Ruiz
				Ben Hale

				Rep. Jo Ellis (R-N.Y.-21)
				""");
		assertThat(signatures).extracting(s -> s.participant().name(), s -> s.participant().kind())
			.containsExactly(tuple("Ana Ruiz", "LAWMAKER"), tuple("Ben Hale", "LAWMAKER"),
					tuple("Jo Ellis", "LAWMAKER"));
	}

	@Test
	void mostlyMembersMakesPlainNamesMembersToo() {
		assertThat(parse("Rep. Ana Ruiz\nSen. Ben Hale\nCarla Diaz\n")).extracting(s -> s.participant().kind())
			.containsOnly("LAWMAKER");
	}

	@Test
	void personBlocksInAShortGroupButNotInALongListOfNames() {
		List<Signature> shortGroup = parse("Jane Roe\nSenior Policy Counsel\nHarbor Legal Aid\n");
		assertThat(shortGroup).extracting(s -> s.participant().name(), s -> s.participant().kind(),
				s -> s.participant().title(), s -> s.participant().organization())
			.containsExactly(tuple("Jane Roe", "PERSON", "Senior Policy Counsel", "Harbor Legal Aid"));

		String longList = "Alpha Fund\nBeta Fund\nPublic Citizen\nPublic Counsel\nGamma Fund\nDelta Fund\n";
		assertThat(names(longList)).containsExactly("Alpha Fund", "Beta Fund", "Public Citizen", "Public Counsel",
				"Gamma Fund", "Delta Fund");
	}

	@Test
	void aTitledPersonInsideAGroupOfPeople() {
		List<Signature> signatures = parse("""
				Jane Roe
				Executive Director, Harbor Legal Aid
				John Poe
				Lead Organizer
				Tide Workers United
				Mia Chen
				Staff Attorney
				""");
		assertThat(signatures).extracting(s -> s.participant().name(), s -> s.participant().title(),
				s -> s.participant().organization())
			.containsExactly(tuple("Jane Roe", "Executive Director", "Harbor Legal Aid"),
					tuple("John Poe", "Lead Organizer", "Tide Workers United"), tuple("Mia Chen", "Staff Attorney", null));
	}

	@Test
	void aTableIsReadByItsHeaderWithCityAndStateInColumnsOfTheirOwn() {
		List<Signature> signatures = parse("""
				Organization   City   State
				Harlow Tenants Union   Harlow   OR
				Cascade Legal Aid Society   Bend   OR
				Rivergate Workers Center   Spokane Valley   WA
				""");
		assertThat(signatures).extracting(s -> s.participant().name(), s -> s.participant().location())
			.containsExactly(tuple("Harlow Tenants Union", "Harlow, OR"), tuple("Cascade Legal Aid Society", "Bend, OR"),
					tuple("Rivergate Workers Center", "Spokane Valley, WA"));
	}

	@Test
	void aTableOfPeopleKeepsTheirTitlesAndOrganizationsAndNeverTheirEmail() {
		List<Signature> signatures = parse("""
				Name   Title   Organization   Email
				Dana Whitfield   Director   Harlow Tenants Union   dana@harlow.example.org
				Marcus Obi   Staff Attorney   Cascade Legal Aid Society   mobi@cascade.example.org
				""");
		assertThat(signatures).extracting(s -> s.participant().name(), s -> s.participant().title(),
				s -> s.participant().organization())
			.containsExactly(tuple("Dana Whitfield", "Director", "Harlow Tenants Union"),
					tuple("Marcus Obi", "Staff Attorney", "Cascade Legal Aid Society"));
		assertThat(signatures.toString()).doesNotContain("example.org");
	}

	@Test
	void footnotesWithoutTheirNumbersAfterTheSignaturesAreNotSigners() {
		assertThat(names("""
				Harlow Tenants Union
				Cascade Legal Aid Society
				County audit of the jail, published March 4, 2022.
				Board minutes, item 7, May 9, 2023.
				"""))
			.containsExactly("Harlow Tenants Union", "Cascade Legal Aid Society");
	}

	@Test
	void aStateLegislatorsDistrictIsPartOfTheSignatureNotASignerOfItsOwn() {
		List<Signature> signatures = parse("""
				Rep. Dana Whitfield, House District 14
				Sen. Marcus Obi, Senate District 3
				Assemblymember Rosa Lind, Assembly District 40
				""");
		assertThat(signatures).extracting(s -> s.participant().name(), s -> s.participant().title())
			.containsExactly(tuple("Dana Whitfield", "State Representative, House District 14"),
					tuple("Marcus Obi", "State Senator, Senate District 3"),
					tuple("Rosa Lind", "Assemblymember, Assembly District 40"));
	}

	private List<String> names(String text) {
		return parse(text).stream().map(Signature::participant).map(Participant::name).toList();
	}

	private List<Signature> parse(String text) {
		return SignatoryListParser.parse(Letters.lines(text), null, this.warnings);
	}
}
