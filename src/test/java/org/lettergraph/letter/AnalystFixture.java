package org.lettergraph.letter;

import java.time.LocalDate;
import java.util.List;

import org.lettergraph.ingest.LetterWriter;
import org.lettergraph.ingest.ReferenceWriter;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.ingest.record.ReferenceRecords;
import org.lettergraph.ingest.record.ReferenceRecords.ActorRecord;
import org.lettergraph.ingest.record.ReferenceRecords.ProgramRecord;
import org.lettergraph.ingest.record.ReferenceRecords.SourceRecord;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A small invented graph for the analysts' filters, written through the service's own write path. Every answer the
 * tests expect is worked out from this table by hand:
 *
 * <pre>
 * letter  date        programs     title                     lead    signers            endorsers    to
 * f1      2021-02-01  p287         End the agreements now    north   south, east                     sec
 * f2      2021-09-15  p287, det    Halt detention growth     ana     cara               north, west  sec
 * f3      2022-05-05  det          Close the camps           south   north, west
 * f4      2020-11-11  p287         About agreements          east    north
 * f5      2021-12-31  p287         Year end                  west    north
 * </pre>
 *
 * Asks: f1 "terminate all agreements", f2 "halt new beds"; f3 asks the detention program to "phase out".
 * Signers per letter: f1 3, f2 2, f3 3, f4 2, f5 2. Letters signed (lead or signer): north 4 (f1 f3 f4 f5), south 2,
 * east 2, west 2, ana 1, cara 1, ben 0, sec 0. Organizations: North Alliance (alias NA, ADVOCACY), South Coalition
 * (COALITION), East Legal Aid (ADVOCACY), Westside Church (FAITH). Lawmakers: Ana Alvarez (Democrat, IL, HOUSE), Ben
 * Brooks (Republican, TX, SENATE), Cara Chen (Democrat, NY, HOUSE). Official: Secretary Example.
 */
final class AnalystFixture {

	static final String NORTH = "org:north";

	static final String SOUTH = "org:south";

	static final String EAST = "org:east";

	static final String WEST = "org:west";

	static final String ANA = "lawmaker:A000001";

	static final String BEN = "lawmaker:B000002";

	static final String CARA = "lawmaker:C000003";

	static final String SEC = "official:secretary-example";

	static final String P287 = "program:p287";

	static final String DET = "program:det";

	private static final String SOURCE = "source:analyst-fixture";

	private AnalystFixture() {
	}

	static void write(Neo4jClient client, ReferenceWriter references, LetterWriter letters) {
		client.query("MATCH (n) WHERE n:Actor OR n:Letter OR n:Program OR n:Source DETACH DELETE n").run();
		references.write(new ReferenceRecords(
				List.of(new SourceRecord(SOURCE, "Analyst fixture", null, null, null, "DATASET", null, null)),
				List.of(program(P287, "Program 287"), program(DET, "Detention program")),
				List.of(org(NORTH, "North Alliance", List.of("NA"), "ADVOCACY"),
						org(SOUTH, "South Coalition", null, "COALITION"), org(EAST, "East Legal Aid", null, "ADVOCACY"),
						org(WEST, "Westside Church", null, "FAITH"),
						lawmaker(ANA, "Ana Alvarez", "Democrat", "IL", "HOUSE"),
						lawmaker(BEN, "Ben Brooks", "Republican", "TX", "SENATE"),
						lawmaker(CARA, "Cara Chen", "Democrat", "NY", "HOUSE"),
						new ActorRecord(SEC, "OFFICIAL", "Secretary Example", null, null, null, null, null, null, null,
								null, "Secretary", List.of(SOURCE), null, null, null, null))));
		letter(letters, "letter:f1", "End the agreements now", LocalDate.of(2021, 2, 1),
				List.of("terminate all agreements"), List.of(ask(P287, null)), List.of(NORTH), List.of(SOUTH, EAST),
				List.of(), List.of(SEC));
		letter(letters, "letter:f2", "Halt detention growth", LocalDate.of(2021, 9, 15), List.of("halt new beds"),
				List.of(ask(P287, null), ask(DET, null)), List.of(ANA), List.of(CARA), List.of(NORTH, WEST),
				List.of(SEC));
		letter(letters, "letter:f3", "Close the camps", LocalDate.of(2022, 5, 5), List.of(),
				List.of(ask(DET, "phase out")), List.of(SOUTH), List.of(NORTH, WEST), List.of(), List.of());
		letter(letters, "letter:f4", "About agreements", LocalDate.of(2020, 11, 11), List.of(),
				List.of(ask(P287, null)), List.of(EAST), List.of(NORTH), List.of(), List.of());
		letter(letters, "letter:f5", "Year end", LocalDate.of(2021, 12, 31), List.of(), List.of(ask(P287, null)),
				List.of(WEST), List.of(NORTH), List.of(), List.of());
	}

	private static ProgramRecord program(String id, String name) {
		return new ProgramRecord(id, name, null, null, List.of(SOURCE), null);
	}

	private static ActorRecord org(String id, String name, List<String> aliases, String category) {
		return new ActorRecord(id, "ORGANIZATION", name, aliases, category, null, null, null, null, null, null, null,
				List.of(SOURCE), null, null, null, null);
	}

	private static ActorRecord lawmaker(String id, String name, String party, String state, String chamber) {
		return new ActorRecord(id, "LAWMAKER", name, null, null, null, id.substring("lawmaker:".length()), party,
				state, chamber, null, null, List.of(SOURCE), null, null, null, null);
	}

	private static LetterRecord.ProgramAsk ask(String program, String ask) {
		return new LetterRecord.ProgramAsk(program, ask, null);
	}

	private static void letter(LetterWriter letters, String id, String title, LocalDate date, List<String> asks,
			List<LetterRecord.ProgramAsk> programs, List<String> leads, List<String> signers, List<String> endorsers,
			List<String> addressees) {
		letters.write(new LetterRecord(id, title, false, date, asks, null, null, List.of(SOURCE), List.of(), List.of(),
				programs, byId(leads), byId(signers), byId(endorsers), byId(addressees), List.of()));
	}

	private static List<Participant> byId(List<String> ids) {
		return ids.stream().map(id -> new Participant(id, null, null, null, null, null, null)).toList();
	}
}
