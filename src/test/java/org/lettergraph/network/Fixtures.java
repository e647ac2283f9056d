package org.lettergraph.network;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lettergraph.ingest.LetterWriter;
import org.lettergraph.ingest.ReferenceWriter;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.ingest.record.ReferenceRecords.ActorRecord;
import org.lettergraph.ingest.record.ReferenceRecords.ProgramRecord;
import org.lettergraph.ingest.record.ReferenceRecords.SourceRecord;
import org.lettergraph.ingest.record.ReferenceRecords;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Writes hand-made fixture graphs through the service's own write path (reference records, then letter records),
 * after removing whatever the previous test class left.
 */
public final class Fixtures {

	static final String SOURCE = "source:fixture";

	static final String ALPHA = "org:alpha";

	static final String BETA = "org:beta";

	static final String GAMMA = "org:gamma";

	static final String DELTA = "org:delta";

	static final String EPSILON = "org:epsilon";

	static final String ZETA = "org:zeta";

	static final String ONE = "official:one";

	static final String TWO = "official:two";

	private final Neo4jClient client;

	private final ReferenceWriter references;

	private final LetterWriter letters;

	public Fixtures(Neo4jClient client, ReferenceWriter references, LetterWriter letters) {
		this.client = client;
		this.references = references;
		this.letters = letters;
	}

	/**
	 * Five letters of six organizations, with ties, an endorser, an actor that signs and endorses the same letter
	 * and one that shares nothing (see {@code CoSignatureFixtureTest} for the table and the counts).
	 */
	void coalition() {
		clear();
		Map<String, String> actors = new LinkedHashMap<>();
		actors.put(ALPHA, "Alpha Org");
		actors.put(BETA, "Beta Org");
		actors.put(GAMMA, "Gamma Org");
		actors.put(DELTA, "Delta Org");
		actors.put(EPSILON, "Epsilon Org");
		actors.put(ZETA, "Zeta Org");
		actors.put(ONE, "Official One");
		actors.put(TWO, "Official Two");
		reference(List.of("program:p1", "program:p2"), actors);
		letter("letter:l1", LocalDate.of(2020, 1, 10), List.of("program:p1"), List.of(ALPHA), List.of(BETA, GAMMA),
				List.of(), List.of(ONE));
		letter("letter:l2", LocalDate.of(2021, 6, 1), List.of("program:p1"), List.of(BETA),
				List.of(ALPHA, GAMMA, DELTA), List.of(), List.of(ONE));
		letter("letter:l3", LocalDate.of(2022, 3, 5), List.of("program:p2"), List.of(), List.of(ALPHA, DELTA),
				List.of(EPSILON), List.of(ONE));
		letter("letter:l4", LocalDate.of(2023, 9, 9), List.of("program:p2"), List.of(ZETA), List.of(), List.of(),
				List.of());
		letter("letter:l5", LocalDate.of(2024, 2, 2), List.of("program:p2"), List.of(EPSILON), List.of(DELTA),
				List.of(DELTA, GAMMA), List.of(TWO));
	}

	/**
	 * Two groups of three organizations that sign together, one letter that joins them and an organization that signs
	 * alone (see {@code CommunityFixtureTest} for the table and the counts).
	 */
	void twoGroups() {
		clear();
		Map<String, String> actors = new LinkedHashMap<>();
		for (String group : List.of("harbor", "ridge")) {
			for (String member : List.of("a", "b", "c")) {
				actors.put("org:" + group + "-" + member,
						Character.toUpperCase(group.charAt(0)) + group.substring(1) + " " + member.toUpperCase());
			}
		}
		actors.put("org:loner", "Loner");
		reference(List.of("program:p1", "program:p2"), actors);
		for (int i = 1; i <= 3; i++) {
			letter("letter:h" + i, LocalDate.of(2021, i, 1), List.of("program:p1"), List.of("org:harbor-a"),
					List.of("org:harbor-b", "org:harbor-c"), List.of(), List.of());
			letter("letter:r" + i, LocalDate.of(2023, i, 1), List.of("program:p2"), List.of("org:ridge-a"),
					List.of("org:ridge-b", "org:ridge-c"), (i == 3) ? List.of("org:ridge-c") : List.of(), List.of());
		}
		letter("letter:bridge", LocalDate.of(2022, 6, 1), List.of("program:p1"), List.of("org:harbor-a"),
				List.of("org:ridge-a"), List.of(), List.of());
		letter("letter:solo", LocalDate.of(2022, 7, 1), List.of("program:p2"), List.of("org:loner"),
				List.of(), List.of(), List.of());
	}

	void clear() {
		this.client
			.query("MATCH (n) WHERE n:Actor OR n:Letter OR n:Program OR n:Source DETACH DELETE n")
			.run();
	}

	/** Sources, programs and actors, each actor given as id and name (kind from the id's prefix). */
	void reference(List<String> programIds, Map<String, String> actors) {
		this.references.write(new ReferenceRecords(
				List.of(new SourceRecord(SOURCE, "Fixture", null, null, null, "DATASET", null, null)),
				programIds.stream()
					.map(id -> new ProgramRecord(id, "Program " + id.substring(id.indexOf(':') + 1), null, null,
							List.of(SOURCE), null))
					.toList(),
				actors.entrySet()
					.stream()
					.map(a -> new ActorRecord(a.getKey(), kind(a.getKey()), a.getValue(), null, null, null,
							a.getKey().startsWith("lawmaker:") ? a.getKey().substring(9) : null, null, null, null, null,
							null, List.of(SOURCE), null, null, null, null))
					.toList()));
	}

	void letter(String id, LocalDate date, List<String> programs, List<String> leads, List<String> signers,
			List<String> endorsers, List<String> addressees) {
		this.letters.write(new LetterRecord(id, "Letter " + id, false, date, List.of(), null, null, List.of(SOURCE),
				List.of(), List.of(), programs.stream().map(p -> new LetterRecord.ProgramAsk(p, "end", null)).toList(),
				byId(leads), byId(signers), byId(endorsers), byId(addressees), List.of()));
	}

	private static List<Participant> byId(List<String> ids) {
		return ids.stream().map(id -> new Participant(id, null, null, null, null, null, null)).toList();
	}

	private static String kind(String id) {
		return switch (id.substring(0, id.indexOf(':'))) {
			case "org" -> "ORGANIZATION";
			case "lawmaker" -> "LAWMAKER";
			case "official" -> "OFFICIAL";
			default -> "PERSON";
		};
	}
}
