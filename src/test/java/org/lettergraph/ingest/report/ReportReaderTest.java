package org.lettergraph.ingest.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.legislators.LawmakerDirectory;
import org.lettergraph.ingest.legislators.Legislator;
import org.lettergraph.ingest.record.KnownProgram;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.ingest.report.ReportReading.Mention;
import org.lettergraph.ingest.report.ReportReading.Proposal;
import org.lettergraph.ingest.report.ReportReading.ReportedLetter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports in the shapes they come in, all invented here (people, groups and places), read against a small graph:
 * a member of Congress's press release, a wire story with a byline, a coalition's release with its endorsers, a
 * story of two letters; and reports that cannot go in.
 */
class ReportReaderTest {

	private static final Legislator MARLOW = new Legislator("M000901", "Tessa Marlow", "Tessa", null, "Marlow",
			"Democrat", "OR", "HOUSE", 3, List.of());

	private static final Legislator OKAFOR = new Legislator("O000902", "Luis Okafor", "Luis", null, "Okafor",
			"Democrat", "NM", "HOUSE", 1, List.of());

	private static final Legislator MARLOWE = new Legislator("M000903", "Gary Marlowe", "Gary", null, "Marlowe",
			"Republican", "TX", "HOUSE", 9, List.of());

	private static final List<KnownProgram> PROGRAMS = List.of(
			new KnownProgram("program:287g", "287(g) program", List.of("287(g)")),
			new KnownProgram("program:ice-detainers", "ICE detainers", List.of("detainers")),
			new KnownProgram("program:immigration-detention", "Immigration detention", List.of()));

	private static Gazetteer graph(List<Gazetteer.KnownLetter> letters) {
		List<Gazetteer.KnownActor> actors = List.of(
				new Gazetteer.KnownActor(MARLOW.id(), "LAWMAKER", MARLOW.name(), List.of(), null, null, null),
				new Gazetteer.KnownActor(OKAFOR.id(), "LAWMAKER", OKAFOR.name(), List.of(), null, null, null),
				new Gazetteer.KnownActor(MARLOWE.id(), "LAWMAKER", MARLOWE.name(), List.of(), null, null, null),
				new Gazetteer.KnownActor("official:rowan-pierce", "OFFICIAL", "Rowan Pierce", List.of(), "Secretary",
						"U.S. Department of Homeland Security", null),
				new Gazetteer.KnownActor("org:coastal-immigrant-rights-alliance", "ORGANIZATION",
						"Coastal Immigrant Rights Alliance", List.of("CIRA"), null, null, null),
				new Gazetteer.KnownActor("org:us-immigration-and-customs-enforcement", "ORGANIZATION",
						"U.S. Immigration and Customs Enforcement", List.of("ICE"), null, null, null));
		return new Gazetteer(actors, LawmakerDirectory.of(List.of(MARLOW, OKAFOR, MARLOWE)), PROGRAMS, letters);
	}

	private static ReportReading read(String text, ReportMetadata metadata) {
		return new ReportReader().read(text, metadata, graph(List.of()));
	}

	@Test
	void memberOfCongressPressRelease() {
		ReportReading r = read("""
				FOR IMMEDIATE RELEASE
				Contact: Sam Rivera, (202) 555-0142

				Marlow, Okafor Lead Colleagues in Urging DHS to End the 287(g) Program

				WASHINGTON, D.C. (Feb. 8, 2023) — Rep. Tessa Marlow (D-Ore.) and Rep. Luis Okafor (D-N.M.) on Monday sent a letter to Homeland Security Secretary Rowan Pierce urging an end to the 287(g) program. The letter was signed by nearly 50 members of Congress.

				"Local police should not do federal immigration work," Marlow said.
				""", ReportMetadata.none());

		assertThat(r.errors()).isEmpty();
		assertThat(r.source().date()).isEqualTo(LocalDate.of(2023, 2, 8));
		assertThat(r.source().kind()).isEqualTo("PRESS_RELEASE");
		assertThat(r.source().title()).isEqualTo("Marlow, Okafor Lead Colleagues in Urging DHS to …");
		assertThat(r.dateline()).isEqualTo("WASHINGTON, D.C.");
		assertThat(r.source().id()).startsWith("source:2023-02-08-");
		assertThat(r.letters()).hasSize(1);
		LetterRecord letter = r.letters().get(0).record();
		assertThat(letter.date()).isEqualTo(LocalDate.of(2023, 2, 6));
		assertThat(r.warnings()).anyMatch(w -> w.contains("'on Monday'") && w.contains("2023-02-06"));
		assertThat(letter.leads()).extracting(Participant::id).containsExactly(MARLOW.id(), OKAFOR.id());
		assertThat(letter.addressees()).extracting(Participant::id).containsExactly("official:rowan-pierce");
		assertThat(letter.addressees().get(0).title()).isEqualTo("Secretary");
		assertThat(letter.programs()).extracting(LetterRecord.ProgramAsk::program, LetterRecord.ProgramAsk::ask)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("program:287g", "end"));
		assertThat(letter.reports()).singleElement()
			.satisfies(rep -> assertThat(rep.signerCount()).isEqualTo(50))
			.satisfies(rep -> assertThat(rep.signerCountQualifier()).isEqualTo("ABOUT"));
		// "Marlow said" is Rep. Marlow, not Rep. Marlowe
		assertThat(r.mentions()).filteredOn(m -> m.line() == 8).extracting(Mention::actorId).containsExactly(MARLOW.id());
		assertThat(r.mentions()).extracting(Mention::actorId).doesNotContain(MARLOWE.id());
	}

	@Test
	void wireStoryWithByline() {
		ReportReading r = read("""
				By Pat Quinlan

				CHICAGO — A network of immigrant rights groups on Tuesday urged the Department of Homeland Security to stop honoring ICE detainers, in a letter to Homeland Security Secretary Rowan Pierce.

				The letter, signed by 193 organizations, was organized by the Midwest Immigrant Defense Network (MIDN).

				Maria Delgado, policy director at the Midwest Immigrant Defense Network, said the detainers leave counties open to lawsuits.
				""", new ReportMetadata("Groups press DHS on detainers", "Lakeshore Wire", LocalDate.of(2022, 5, 12), null,
				null, null, null));

		assertThat(r.errors()).isEmpty();
		assertThat(r.source().author()).isEqualTo("Pat Quinlan");
		assertThat(r.source().kind()).isEqualTo("NEWS_ARTICLE");
		assertThat(r.dateline()).isEqualTo("CHICAGO");
		assertThat(r.source().id()).isEqualTo("source:2022-05-12-lakeshore-wire-groups-press-dhs-on-detainers");
		LetterRecord letter = r.letters().get(0).record();
		assertThat(letter.date()).isEqualTo(LocalDate.of(2022, 5, 10));
		assertThat(letter.leads()).extracting(Participant::name).containsExactly("Midwest Immigrant Defense Network");
		assertThat(letter.reportedSignerCount()).isEqualTo(193);
		assertThat(letter.reportedSignerCountQualifier()).isEqualTo("EXACTLY");
		assertThat(letter.programs()).extracting(LetterRecord.ProgramAsk::program).containsExactly("program:ice-detainers");
		assertThat(letter.programs().get(0).ask()).isEqualTo("stop");
		assertThat(r.quoted()).singleElement().satisfies(q -> {
			assertThat(q.name()).isEqualTo("Maria Delgado");
			assertThat(q.title()).isEqualTo("Policy Director");
			assertThat(q.organizationId()).isEqualTo("org:midwest-immigrant-defense-network");
		});
		assertThat(r.proposals()).extracting(Proposal::name, Proposal::kind).contains(
				org.assertj.core.groups.Tuple.tuple("Midwest Immigrant Defense Network", "ORGANIZATION"),
				org.assertj.core.groups.Tuple.tuple("Maria Delgado", "PERSON"),
				org.assertj.core.groups.Tuple.tuple("Pat Quinlan", "PERSON"));
		assertThat(r.proposals()).filteredOn(p -> p.name().equals("Midwest Immigrant Defense Network"))
			.singleElement().satisfies(p -> assertThat(p.aliases()).containsExactly("MIDN"));
	}

	@Test
	void coalitionReleaseWithItsEndorsers() {
		ReportReading r = read("""
				Harbor Justice Coalition
				For Immediate Release: June 3, 2022

				Groups Call on ICE to Close Detention Centers Along the Coast

				The Harbor Justice Coalition today sent a letter to ICE calling for an end to immigration detention along the coast. The letter was endorsed by the following organizations:

				- Coastal Immigrant Rights Alliance
				- Bay Area Sanctuary Network (BASN)
				- Faith Leaders for Families
				- Coastal Immigration Rights Alliance

				About the Harbor Justice Coalition
				The Harbor Justice Coalition works with families on the coast.
				""", ReportMetadata.none());

		assertThat(r.errors()).isEmpty();
		assertThat(r.source().date()).isEqualTo(LocalDate.of(2022, 6, 3));
		assertThat(r.source().publisher()).isEqualTo("Harbor Justice Coalition");
		assertThat(r.source().kind()).isEqualTo("PRESS_RELEASE");
		LetterRecord letter = r.letters().get(0).record();
		assertThat(letter.date()).isEqualTo(LocalDate.of(2022, 6, 3));
		assertThat(letter.leads()).extracting(Participant::name).containsExactly("Harbor Justice Coalition");
		assertThat(letter.addressees()).extracting(Participant::id).containsExactly("org:us-immigration-and-customs-enforcement");
		assertThat(letter.endorsers()).extracting(Participant::name).containsExactly("Coastal Immigrant Rights Alliance",
				"Bay Area Sanctuary Network", "Faith Leaders for Families");
		assertThat(letter.endorsers().get(0).id()).isEqualTo("org:coastal-immigrant-rights-alliance");
		assertThat(letter.programs()).extracting(LetterRecord.ProgramAsk::program, LetterRecord.ProgramAsk::ask)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("program:immigration-detention", "end"));
		// a known organization spelled one word off is read as it, and its spelling proposed as an alias
		assertThat(r.proposals()).filteredOn(p -> p.kind().equals("ALIAS")).extracting(Proposal::name, Proposal::candidateId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Coastal Immigration Rights Alliance",
					"org:coastal-immigrant-rights-alliance"));
	}

	@Test
	void storyOfTwoLettersMatchesTheOneTheGraphHolds() {
		Gazetteer.KnownLetter held = new Gazetteer.KnownLetter("letter:2023-04-04-end-287g", "End the 287(g) program",
				true, LocalDate.of(2023, 4, 4), List.of("End the 287(g) program"), null, null,
				List.of(new Gazetteer.KnownEdge(MARLOW.id(), 1, null, null, List.of("source:earlier"))), 0, null,
				List.of(), List.of(new Gazetteer.KnownEdge("official:rowan-pierce", 1, "Secretary",
						"U.S. Department of Homeland Security", List.of("source:earlier"))),
				List.of(new Gazetteer.KnownConcern("program:287g", "end", List.of("source:earlier"))));
		ReportReading r = new ReportReader().read("""
				Lawmakers and advocates press DHS in two letters

				More than 30 House Democrats, led by Rep. Tessa Marlow (D-Ore.), sent a letter on Tuesday to Homeland Security Secretary Rowan Pierce urging him to terminate the 287(g) program.

				Separately, about 120 organizations, led by the Northside Refugee Council, sent a letter on Thursday to Secretary Pierce calling for an end to ICE detainers.
				""", new ReportMetadata(null, "Capitol Ledger", LocalDate.of(2023, 4, 7), null, null, null, null),
				graph(List.of(held)));

		assertThat(r.errors()).isEmpty();
		assertThat(r.letters()).hasSize(2);
		ReportedLetter first = r.letters().get(0);
		assertThat(first.matchedLetterId()).isEqualTo("letter:2023-04-04-end-287g");
		assertThat(first.score()).isGreaterThanOrEqualTo(ReportReader.MATCH_THRESHOLD);
		// what the graph holds is kept (its ask, its title); the report adds its source and its count
		assertThat(first.record().id()).isEqualTo("letter:2023-04-04-end-287g");
		assertThat(first.record().programs()).singleElement().satisfies(p -> {
			assertThat(p.ask()).isEqualTo("end");
			assertThat(p.sources()).containsExactly("source:earlier", r.source().id());
		});
		assertThat(first.record().reports()).singleElement().satisfies(rep -> {
			assertThat(rep.signerCount()).isEqualTo(30);
			assertThat(rep.signerCountQualifier()).isEqualTo("MORE_THAN");
		});
		ReportedLetter second = r.letters().get(1);
		assertThat(second.matchedLetterId()).isNull();
		assertThat(second.record().date()).isEqualTo(LocalDate.of(2023, 4, 6));
		assertThat(second.record().leads()).extracting(Participant::name).containsExactly("Northside Refugee Council");
		assertThat(second.record().addressees()).extracting(Participant::id).containsExactly("official:rowan-pierce");
		assertThat(second.record().reportedSignerCount()).isEqualTo(120);
		assertThat(second.record().reportedSignerCountQualifier()).isEqualTo("ABOUT");
		assertThat(second.record().programs()).extracting(LetterRecord.ProgramAsk::program).containsExactly("program:ice-detainers");
	}

	@Test
	void aReportWithNoDateAnywhereAsksForOne() {
		ReportReading r = read("""
				Advocates urge an end to detention contracts in the valley

				A group of advocates sent a letter to Homeland Security Secretary Rowan Pierce.
				""", ReportMetadata.none());
		assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e).contains("no date").contains("`date`"));
	}

	@Test
	void aReportWithNoHeadlineAsksForATitle() {
		ReportReading r = read("""
				A group of advocates sent a letter to Homeland Security Secretary Rowan Pierce on Monday, asking for an end to the 287(g) program in their county.
				""", new ReportMetadata(null, null, LocalDate.of(2022, 1, 5), null, null, null, null));
		assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e).contains("`title`"));
	}

	@Test
	void aReportThatNamesNoLetterIsStillASourceWithItsMentions() {
		ReportReading r = read("""
				Counties weigh detainer policies

				Rep. Tessa Marlow (D-Ore.) said on Friday that counties should stop honoring ICE detainers.
				""", new ReportMetadata(null, "Valley Post", LocalDate.of(2022, 3, 4), null, null, null, null));
		assertThat(r.errors()).isEmpty();
		assertThat(r.letters()).isEmpty();
		assertThat(r.mentions()).extracting(Mention::actorId).contains(MARLOW.id(), "program:ice-detainers");
	}

	@Test
	void anEmptyReportIsRefused() {
		assertThat(read("  \n\n ", ReportMetadata.none()).errors()).singleElement()
			.satisfies(e -> assertThat(e).contains("empty"));
	}
}
