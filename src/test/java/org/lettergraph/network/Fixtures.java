package org.lettergraph.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.lettergraph.ingest.LetterRecord;
import org.lettergraph.ingest.LetterWriter;
import org.lettergraph.ingest.Participant;
import org.lettergraph.ingest.ReferenceRecords;
import org.lettergraph.ingest.ReferenceRecords.ActorRecord;
import org.lettergraph.ingest.ReferenceRecords.ProgramRecord;
import org.lettergraph.ingest.ReferenceRecords.SourceRecord;
import org.lettergraph.ingest.ReferenceWriter;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Writes hand-made fixture graphs through the service's own write path (reference records, then letter records),
 * after removing whatever the previous test class left.
 */
final class Fixtures {

	static final String SOURCE = "source:fixture";

	private final Neo4jClient client;

	private final ReferenceWriter references;

	private final LetterWriter letters;

	Fixtures(Neo4jClient client, ReferenceWriter references, LetterWriter letters) {
		this.client = client;
		this.references = references;
		this.letters = letters;
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
				List.of(), programs.stream().map(p -> new LetterRecord.ProgramAsk(p, "end", null)).toList(),
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
