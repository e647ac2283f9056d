package org.lettergraph.ingest.text;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lettergraph.ingest.legislators.LawmakerDirectory;
import org.lettergraph.ingest.legislators.LegislatorsFolder;
import org.lettergraph.ingest.record.KnownProgram;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.LetterRecord.ProgramAsk;
import org.lettergraph.ingest.record.ParsedLetter;
import org.lettergraph.ingest.record.Participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Letters laid out the ways real ones are (congressional, coalition sign-on, a sheriffs' association, a faith
 * coalition, a union, a draft), every one written for this test: organizations and signers are invented; public
 * officials appear by name as the facts they are.
 */
class RealLayoutsTest {

	private final PlainTextLetterParser parser = new PlainTextLetterParser(Letters.smallDirectory());

	@Test
	void congressionalLetterToCommitteeLeadersWithTitlesBeforeNames() {
		String letter = """
				Congress of the United States
				Washington, DC 20515

				June 1,2015

				Chairman Dick Durbin
				Senate Committee on the Judiciary
				224 Dirksen Senate Office Building
				Washington, DC 20510
				Ranking Member Chuck Grassley
				Senate Committee on the Judiciary
				152 Dirksen Senate Office Building
				Washington, DC 20510

				Dear Chairman Durbin and Ranking Member Grassley:

				We write to ask the Committee to investigate the use of immigration detainers by county jails in
				our districts, and to hold a hearing on Section 287(g) agreements.

				Sincerely,

				Lucia Van Horne                  Okafor
				Member of Congress               Member of Congress, GA-04
				""";
		ParsedLetter parsed = this.parser.parse(letter);
		LetterRecord record = parsed.record();

		assertThat(record.date()).isEqualTo(LocalDate.of(2015, 6, 1));
		assertThat(record.addressees()).extracting(Participant::name, Participant::title, Participant::kind,
				Participant::organization)
			.containsExactly(tuple("Dick Durbin", "Chairman", "LAWMAKER", "Senate Committee on the Judiciary"),
					tuple("Chuck Grassley", "Ranking Member", "LAWMAKER", "Senate Committee on the Judiciary"));
		assertThat(record.signers()).extracting(Participant::id)
			.containsExactly("lawmaker:T000003", "lawmaker:T000004");
		assertThat(record.programs()).extracting(ProgramAsk::program, ProgramAsk::ask)
			.containsExactly(tuple("program:ice-detainers", "investigate"), tuple("program:287g", null));
		assertThat(parsed.source().publisher()).as("Congress is no publisher; the first signer is")
			.isEqualTo("Lucia Van Horne");
		assertThat(parsed.partial()).isFalse();
	}

	@Test
	void committeeAsAddresseeAndSenatorsInTheSalutationResolvedBySurname() {
		LawmakerDirectory directory = LawmakerDirectory.load(LegislatorsFolder.require());
		String letter = """
				SUBMITTED VIA ELECTRONIC MAIL

				02/11/2021

				Members of the Committee on the Judiciary
				United States Senate
				Washington, DC 20510

				SUBJECT: Hearing on jail contracts with ICE

				Dear Senators Durbin and Grassley:

				Our union represents 4,000 corrections and county workers. We urge you to end intergovernmental
				service agreements that turn county jails into ICE detention centers.

				In solidarity,

				Marta Quill
				President
				Riverbend County Workers Union Local 88

				Dev Okonjo
				Secretary-Treasurer
				Riverbend County Workers Union Local 88
				""";
		ParsedLetter parsed = new PlainTextLetterParser(directory).parse(letter);
		LetterRecord record = parsed.record();

		assertThat(record.date()).isEqualTo(LocalDate.of(2021, 2, 11));
		assertThat(record.title()).isEqualTo("Hearing on jail contracts with ICE");
		assertThat(record.addressees()).extracting(Participant::id, Participant::name, Participant::kind,
				Participant::title)
			.containsExactly(tuple(null, "Senate Committee on the Judiciary", "ORGANIZATION", null),
					tuple("lawmaker:D000563", "Durbin", "LAWMAKER", "Senator"),
					tuple("lawmaker:G000386", "Grassley", "LAWMAKER", "Senator"));
		assertThat(parsed.warnings()).anyMatch(w -> w.contains("'Durbin' is a surname"));
		assertThat(record.signers()).extracting(Participant::name, Participant::kind, Participant::title,
				Participant::organization)
			.containsExactly(tuple("Marta Quill", "PERSON", "President", "Riverbend County Workers Union Local 88"),
					tuple("Dev Okonjo", "PERSON", "Secretary-Treasurer", "Riverbend County Workers Union Local 88"));
		assertThat(record.programs()).extracting(ProgramAsk::program, ProgramAsk::ask)
			.containsExactly(tuple("program:jail-contracts", "end"), tuple("program:immigration-detention", "end"));
	}

	@Test
	void coalitionLetterWithLetterheadRunTogetherAddresseesAndATableOfSigners() {
		String letter = """
				HARBOR IMMIGRANT RIGHTS COALITION
				410 Pier Street, Suite 2 | Bayport, CA 94000
				(510) 555-0199 | www.harborrights.example.org

				VIA ELECTRONIC MAIL

				Sept. 20, 2018

				The Honorable Kirstjen Nielsen, Secretary, U.S. Department of Homeland Security; The Honorable Ronald Vitiello, Acting Director, U.S. Immigration and Customs Enforcement

				RE: Terminate the 287(g) program in Bay County

				Dear Secretary Nielsen and Acting Director Vitiello:

				The undersigned 3 organizations ask you to terminate the 287(g) agreement with the Bay County
				Sheriff's Office and to stop honoring ICE holds at the county jail.

				Respectfully,

				Organization                              City, State
				Harbor Immigrant Rights Coalition        Bayport, CA
				Make the Road New Jersey                 Elizabeth, NJ
				Valley Farmworker Project                Fresno, CA

				cc: Ana Ruiz, Tom Becker
				Enclosure: county data
				""";
		ParsedLetter parsed = this.parser.parse(letter);
		LetterRecord record = parsed.record();

		assertThat(record.date()).isEqualTo(LocalDate.of(2018, 9, 20));
		assertThat(record.addressees()).extracting(Participant::name, Participant::title, Participant::organization)
			.containsExactly(tuple("Kirstjen Nielsen", "Secretary", "U.S. Department of Homeland Security"),
					tuple("Ronald Vitiello", "Acting Director", "U.S. Immigration and Customs Enforcement"));
		assertThat(record.title()).isEqualTo("Terminate the 287(g) program in Bay County");
		assertThat(record.id()).isEqualTo("letter:2018-09-20-terminate-the-287g-program-in-bay-county");
		assertThat(record.leads()).isEmpty();
		assertThat(record.signers()).extracting(Participant::name, Participant::location)
			.containsExactly(tuple("Harbor Immigrant Rights Coalition", "Bayport, CA"),
					tuple("Make the Road New Jersey", "Elizabeth, NJ"), tuple("Valley Farmworker Project", "Fresno, CA"));
		assertThat(record.reportedSignerCount()).isEqualTo(3);
		assertThat(record.cc()).extracting(Participant::name).containsExactly("Ana Ruiz", "Tom Becker");
		assertThat(parsed.source().publisher()).isEqualTo("HARBOR IMMIGRANT RIGHTS COALITION");
		assertThat(record.programs()).extracting(ProgramAsk::program, ProgramAsk::ask)
			.containsExactly(tuple("program:287g", "terminate"), tuple("program:ice-detainers", "stop"));
	}

	@Test
	void sheriffsAssociationOnLetterheadWithABoldHeadlineAndOneSigner() {
		String letter = """
				Prairie State Sheriffs' Association
				1200 Main Street, Suite 4
				Springfield, IL 62701
				(217) 555-0142 | info@prairiesheriffs.example.org

				11 February 2021

				The Honorable Alejandro N. Mayorkas
				Secretary
				U.S. Department of Homeland Security
				Washington, DC 20528

				**Keep local cooperation agreements in place**

				Dear Secretary Mayorkas,

				Our association's 102 member sheriffs rely on detainer requests and on 287g task-force agreements.
				We ask that you not renew the review that would phase out these agreements.[1]

				Respectfully,

				Sheriff Tom Hale
				President
				Prairie State Sheriffs' Association

				1 See Association resolution of January 5, 2021.
				""";
		ParsedLetter parsed = this.parser.parse(letter);
		LetterRecord record = parsed.record();

		assertThat(record.date()).isEqualTo(LocalDate.of(2021, 2, 11));
		assertThat(record.title()).isEqualTo("Keep local cooperation agreements in place");
		assertThat(record.titleIsDescriptive()).isNull();
		assertThat(record.addressees()).extracting(Participant::name, Participant::title, Participant::organization)
			.containsExactly(tuple("Alejandro N. Mayorkas", "Secretary", "U.S. Department of Homeland Security"));
		assertThat(record.signers()).extracting(Participant::name, Participant::title, Participant::organization)
			.containsExactly(tuple("Tom Hale", "President", "Prairie State Sheriffs' Association"));
		assertThat(parsed.source().publisher()).isEqualTo("Prairie State Sheriffs' Association");
		assertThat(record.programs()).extracting(ProgramAsk::program)
			.containsExactly("program:ice-detainers", "program:287g");
	}

	@Test
	void faithCoalitionWithOnlyASalutationAnAllCapsHeadlineAndPlacesInParentheses() {
		String letter = """
				2021-02-11

				END FAMILY DETENTION NOW

				Dear Secretary Mayorkas:

				As people of faith we ask you to release every family held in family detention and to close the
				family residential centers for good.

				With gratitude,

				1. Casa Maria (Milwaukee, WI)
				2. Interfaith Sanctuary Circle
				   Tucson, AZ
				3. Lutheran Neighbors for Welcome (Des Moines, IA)
				""";
		ParsedLetter parsed = this.parser.parse(letter);
		LetterRecord record = parsed.record();

		assertThat(record.date()).isEqualTo(LocalDate.of(2021, 2, 11));
		assertThat(record.title()).isEqualTo("End family detention now");
		assertThat(record.addressees()).extracting(Participant::name, Participant::title, Participant::kind)
			.containsExactly(tuple("Mayorkas", "Secretary", "OFFICIAL"));
		assertThat(parsed.warnings()).anyMatch(w -> w.startsWith("line 5: 'Mayorkas' is a surname"));
		assertThat(record.signers()).extracting(Participant::name, Participant::location)
			.containsExactly(tuple("Casa Maria", "Milwaukee, WI"), tuple("Interfaith Sanctuary Circle", "Tucson, AZ"),
					tuple("Lutheran Neighbors for Welcome", "Des Moines, IA"));
		assertThat(record.programs()).extracting(ProgramAsk::program, ProgramAsk::ask)
			.containsExactly(tuple("program:family-detention", "end"));
	}

	@Test
	void aDraftThatStopsAfterTheBodyIsPartialWithEverythingElseRead() {
		String letter = """
				February 11th, 2021

				The Honorable Tae D. Johnson
				Acting Director
				U.S. Immigration and Customs Enforcement

				Re: Stop detainer requests and end IGSA renewals

				Dear Acting Director Johnson:

				Our 40 organizations urge you to:

				1. Rescind all detainer requests issued to county jails.
				2. Cancel intergovernmental service agreements up for renewal.

				We look forward to your response.
				""";
		ParsedLetter parsed = this.parser.parse(letter);
		LetterRecord record = parsed.record();

		assertThat(parsed.partial()).isTrue();
		assertThat(parsed.problems()).singleElement().asString().startsWith("line 16: no closing");
		assertThat(record.date()).isEqualTo(LocalDate.of(2021, 2, 11));
		assertThat(record.addressees()).extracting(Participant::name).containsExactly("Tae D. Johnson");
		assertThat(record.title()).isEqualTo("Stop detainer requests and end IGSA renewals");
		assertThat(record.asks()).containsExactly("Rescind all detainer requests issued to county jails",
				"Cancel intergovernmental service agreements up for renewal");
		assertThat(record.reportedSignerCount()).isEqualTo(40);
		assertThat(record.programs()).extracting(ProgramAsk::program, ProgramAsk::ask)
			.containsExactly(tuple("program:ice-detainers", "stop"), tuple("program:jail-contracts", "end"));
		assertThat(record.signers()).isEmpty();
	}

	@Test
	void aClosingWithNothingAfterItIsPartial() {
		String letter = """
				March 15 2023

				Dear President Biden,

				We ask you to halt the expansion of immigration detention.

				Sincerely,
				""";
		ParsedLetter parsed = this.parser.parse(letter);

		assertThat(parsed.problems()).containsExactly("line 7: no signatures after the closing 'Sincerely,'; add the "
				+ "signers (or a sign-on CSV) before writing.");
		assertThat(parsed.record().addressees()).extracting(Participant::name, Participant::title, Participant::kind)
			.containsExactly(tuple("Biden", "President", "OFFICIAL"));
		assertThat(parsed.record().programs()).extracting(ProgramAsk::program, ProgramAsk::ask)
			.containsExactly(tuple("program:detention-expansion", "halt"),
					tuple("program:immigration-detention", "halt"));
	}

	@Test
	void theLetterheadSignsWhenNoOneElseDoes() {
		String letter = """
				Southside Tenants Union
				88 Elm Avenue, Chicago, IL 60601
				www.southsidetenants.example.org

				FEBRUARY 11, 2021

				President Barack Obama
				The White House
				1600 Pennsylvania Ave. N.W.
				Washington, DC 20500

				Sent via U.S. Mail and email

				Dear President Obama:

				We ask you to suspend Secure Communities in Cook County.

				Sincerely,
				""";
		ParsedLetter parsed = this.parser.parse(letter);
		LetterRecord record = parsed.record();

		assertThat(parsed.partial()).isFalse();
		assertThat(record.date()).isEqualTo(LocalDate.of(2021, 2, 11));
		assertThat(record.addressees()).extracting(Participant::name, Participant::title, Participant::organization)
			.containsExactly(tuple("Barack Obama", "President", "The White House"));
		assertThat(record.signers()).extracting(Participant::name, Participant::kind)
			.containsExactly(tuple("Southside Tenants Union", "ORGANIZATION"));
		assertThat(parsed.source().publisher()).isEqualTo("Southside Tenants Union");
		assertThat(record.programs()).extracting(ProgramAsk::program, ProgramAsk::ask)
			.containsExactly(tuple("program:secure-communities", "suspend"));
	}

	@Test
	void withoutAHeaderDateTheDateBeforeTheSignaturesAndNeverAFootnotesOrTheBodys() {
		String letter = """
				Dear Director Homan:

				On March 3, 2017 your office announced new jail contracts. We write about them.

				March 20, 2017

				Sincerely,

				Lakeside Legal Aid
				North Valley Defenders

				1 See press release of March 3, 2017, https://example.org/release
				""";
		ParsedLetter parsed = this.parser.parse(letter);
		LetterRecord record = parsed.record();

		assertThat(record.date()).isEqualTo(LocalDate.of(2017, 3, 20));
		assertThat(record.addressees()).extracting(Participant::name, Participant::title)
			.containsExactly(tuple("Homan", "Director"));
		assertThat(record.signers()).extracting(Participant::name)
			.containsExactly("Lakeside Legal Aid", "North Valley Defenders");
	}

	@Test
	void ccAsBlocksWithTitlesAndAgencies() {
		String letter = """
				Date: June 4, 2024

				Hon. Rosa Delgado-Pike
				Secretary of Labor

				Re: Worksite enforcement

				Dear Secretary Delgado-Pike:

				We ask for a meeting.

				Sincerely,

				Alpha Workers Center
				Beta Legal Fund

				CC:
				Ana Ruiz
				Deputy Director
				U.S. Citizenship and Immigration Services

				Tom Becker
				Chief of Staff
				U.S. Department of Labor
				""";
		ParsedLetter parsed = this.parser.parse(letter);

		assertThat(parsed.record().addressees()).extracting(Participant::name, Participant::title)
			.containsExactly(tuple("Rosa Delgado-Pike", "Secretary of Labor"));
		assertThat(parsed.record().cc()).extracting(Participant::name, Participant::title, Participant::organization)
			.containsExactly(tuple("Ana Ruiz", "Deputy Director", "U.S. Citizenship and Immigration Services"),
					tuple("Tom Becker", "Chief of Staff", "U.S. Department of Labor"));
		assertThat(parsed.record().signers()).hasSize(2);
	}

	@Test
	void ccInlineWithHonorableTitleAndAgency() {
		String letter = """
				May 5, 2024
				Re: Hearing

				Dear Judge Ito,

				Thanks.

				Sincerely,
				Alpha Fund

				CC: The Honorable Ur M. Jaddou, Director, U.S. Citizenship and Immigration Services
				""";
		assertThat(this.parser.parse(letter).record().cc())
			.extracting(Participant::name, Participant::title, Participant::organization)
			.containsExactly(tuple("Ur M. Jaddou", "Director", "U.S. Citizenship and Immigration Services"));
	}

	@Test
	void individualSignersWithTitlesAndOrganizationsUnderTheirNames() {
		String letter = """
				April 2, 2024
				Re: Language access in immigration court

				Dear Director Chen,

				We ask for interpreters.

				Sincerely,

				Jane Roe
				Executive Director
				Southside Tenants Union

				Rev. Samuel Brightwater
				Pastor
				Grace Street Fellowship
				""";
		assertThat(this.parser.parse(letter).record().signers())
			.extracting(Participant::name, Participant::kind, Participant::title, Participant::organization)
			.containsExactly(tuple("Jane Roe", "PERSON", "Executive Director", "Southside Tenants Union"),
					tuple("Samuel Brightwater", "PERSON", "Pastor", "Grace Street Fellowship"));
	}

	@Test
	void signaturesInTwoColumnsRunOneAfterAnotherAndBulletedLists() {
		String letter = """
				Nov. 1, 2022
				Re: Bond hearings

				Dear Judge Ito,

				Please hold prompt bond hearings.

				Signed,

				• Alpha Legal Collective
				• Beta Rights Project
				• Gamma Justice Center

				• Delta Defenders
				• Epsilon Immigrant Alliance
				""";
		assertThat(this.parser.parse(letter).record().signers()).extracting(Participant::name)
			.containsExactly("Alpha Legal Collective", "Beta Rights Project", "Gamma Justice Center",
					"Delta Defenders", "Epsilon Immigrant Alliance");
	}

	@Test
	void theGraphsProgramsAreFoundByNameAndAlias() {
		String letter = """
				July 9, 2024
				Re: Monitoring

				Dear Director Lechleitner,

				We ask you to end the expansion of ATD ankle monitors and to review the Intensive Supervision
				Appearance Program.

				Sincerely,
				Alpha Fund
				""";
		PlainTextLetterParser withPrograms = new PlainTextLetterParser(null,
				List.of(new KnownProgram("program:alternatives-to-detention", "Alternatives to Detention",
						List.of("ATD", "Intensive Supervision Appearance Program"))));
		assertThat(withPrograms.parse(letter).record().programs())
			.extracting(ProgramAsk::program, ProgramAsk::ask, ProgramAsk::sources)
			.containsExactly(tuple("program:alternatives-to-detention", "end", List.of("source:2024-07-09-monitoring")));
		assertThat(this.parser.parse(letter).record().programs()).as("not known without the graph").isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "March 15 2023|2023-03-15", "June 1,2015|2015-06-01",
			"Sept. 20, 2018|2018-09-20", "11 February 2021|2021-02-11", "2021-02-11|2021-02-11",
			"02/11/2021|2021-02-11", "February 11th, 2021|2021-02-11", "FEBRUARY 11, 2021|2021-02-11",
			"Thursday, February 11, 2021|2021-02-11", "Date: Feb 11, 2021|2021-02-11" })
	void datesInEveryCommonForm(String written, LocalDate date) {
		String letter = written + "\n\nDear Ms. Lee,\n\nA meeting, please.\n\nSincerely,\nAlpha Fund\n";
		assertThat(this.parser.parse(letter).record().date()).isEqualTo(date);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Via email", "By Email", "Submitted via electronic mail", "Via FedEx",
			"VIA ELECTRONIC MAIL", "Sent via U.S. Mail and email", "Via Email: ice.director@example.gov" })
	void deliveryLinesAreNoAddressee(String delivery) {
		String letter = "June 4, 2024\n\n" + delivery + "\n\nThe Honorable Ur M. Jaddou\nDirector\n"
				+ "U.S. Citizenship and Immigration Services\n\nDear Director Jaddou:\n\nA meeting, please.\n\n"
				+ "Sincerely,\nAlpha Fund\n";
		assertThat(this.parser.parse(letter).record().addressees()).extracting(Participant::name)
			.containsExactly("Ur M. Jaddou");
	}

	@Test
	void aSalutationDoesNotReplaceTheFullNameOfTheBlock() {
		String letter = """
				March 1, 2021

				The Honorable Alejandro N. Mayorkas, Secretary, U.S. Department of Homeland Security

				Dear Secretary Mayorkas:

				A meeting, please.

				Sincerely,
				Alpha Fund
				""";
		ParsedLetter parsed = this.parser.parse(letter);
		assertThat(parsed.record().addressees()).extracting(Participant::name, Participant::title)
			.containsExactly(tuple("Alejandro N. Mayorkas", "Secretary"));
		assertThat(parsed.warnings()).noneMatch(w -> w.contains("surname"));
	}

	@Test
	void anAllCapitalsAddressBlockAndHeadline() {
		String letter = """
				January 5, 2022

				THE HONORABLE MERRICK B. GARLAND
				ATTORNEY GENERAL
				U.S. DEPARTMENT OF JUSTICE
				950 PENNSYLVANIA AVENUE NW
				WASHINGTON, DC 20530

				CALL FOR AN INVESTIGATION OF COUNTY JAIL DEATHS

				Dear Attorney General Garland:

				We ask the Department to investigate three deaths in ICE detention at the county jail.

				Sincerely,

				Alpha Legal Collective
				Beta Rights Project
				""";
		ParsedLetter parsed = this.parser.parse(letter);
		LetterRecord record = parsed.record();

		assertThat(record.addressees()).extracting(Participant::name, Participant::kind, Participant::title,
				Participant::organization)
			.containsExactly(tuple("Merrick B. Garland", null, "Attorney General", "U.S. DEPARTMENT OF JUSTICE"));
		assertThat(record.title()).isEqualTo("Call for an investigation of county jail deaths");
		assertThat(record.programs()).extracting(ProgramAsk::program, ProgramAsk::ask)
			.containsExactly(tuple("program:immigration-detention", "investigate"));
	}

	@Test
	void aRepresentativeInTheSalutationIsFoundBySurnameAndChamber() {
		String letter = """
				May 2, 2024

				Dear Representative Van Horne:

				We ask for a town hall on detention.

				Sincerely,
				Alpha Legal Collective
				""";
		ParsedLetter parsed = this.parser.parse(letter);

		assertThat(parsed.record().addressees()).extracting(Participant::id, Participant::name, Participant::kind,
				Participant::title)
			.containsExactly(tuple("lawmaker:T000003", "Van Horne", "LAWMAKER", "Representative"));
		assertThat(parsed.warnings()).anyMatch(w -> w.contains("'Van Horne' is a name taken from the salutation"));
	}

	@Test
	void anAmbiguousChairmanIsKeptBySurnameWithoutAnId() {
		String letter = """
				May 2, 2024

				Members of the Senate Committee on Agriculture

				Dear Chairman Marsh:

				We ask for a hearing.

				Sincerely,
				Alpha Legal Collective
				""";
		ParsedLetter parsed = this.parser.parse(letter);

		assertThat(parsed.record().addressees()).extracting(Participant::id, Participant::name, Participant::kind,
				Participant::title)
			.containsExactly(tuple(null, "Senate Committee on Agriculture", "ORGANIZATION", null),
					tuple(null, "Marsh", "LAWMAKER", "Chairman"));
		assertThat(parsed.warnings()).anyMatch(w -> w.contains("'Marsh' fits 2 members of Congress"));
	}

	@Test
	void aGenericSalutationNamesNoOne() {
		String letter = "May 2, 2024\n\nDear Members of the Committee:\n\nA hearing, please.\n\nSincerely,\n"
				+ "Alpha Legal Collective\n";
		assertThat(this.parser.parse(letter).record().addressees()).isEmpty();
	}

	@Test
	void aTableWithTabsAndRowNumbers() {
		String letter = "May 2, 2024\nRe: Detention\n\nDear Director Lyons:\n\nPlease release people.\n\n"
				+ "Sincerely,\n\n#\tOrganization\tCity, State\n1.\tAlpha Legal Collective\tAustin, TX\n"
				+ "2.\tBeta Rights Project\tReno, NV\n";
		assertThat(this.parser.parse(letter).record().signers()).extracting(Participant::name, Participant::location)
			.containsExactly(tuple("Alpha Legal Collective", "Austin, TX"), tuple("Beta Rights Project", "Reno, NV"));
	}

	@Test
	void titlesWith287gGiveTheIdsTheBundledLettersHave() {
		assertThat(PlainTextLetterParser.forIds("End the 287(g) program and ICE detainers"))
			.isEqualTo("End the 287g program and ICE detainers");
		assertThat(PlainTextLetterParser.forIds("Section 287 (g) agreements")).isEqualTo("Section 287g agreements");
		String letter = "February 12, 2021\nRe: End 287(g), Secure Communities and ICE detainers\n\nDear President "
				+ "Biden,\n\nPlease.\n\nSincerely,\nAlpha Legal Collective\n";
		LetterRecord record = this.parser.parse(letter).record();
		assertThat(record.id()).isEqualTo("letter:2021-02-12-end-287g-secure-communities-and-ice-detainers");
		assertThat(record.programs()).extracting(ProgramAsk::program, ProgramAsk::ask)
			.containsExactly(tuple("program:287g", "end"), tuple("program:secure-communities", "end"),
					tuple("program:ice-detainers", "end"));
	}
}
