package org.lettergraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lettergraph.embedded.EmbeddedNeo4j;
import org.lettergraph.generate.Corpus;
import org.lettergraph.graph.GraphSchema;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.ingest.record.ReferenceRecords.ActorRecord;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import org.springframework.core.io.ClassPathResource;

/**
 * The practical limit for ingest: the same letters written as batched {@code UNWIND $rows … MERGE} statements of
 * {@link #BATCH} rows, one transaction each, straight through the driver into a fresh embedded database with the
 * service's own schema (constraints and indexes). No name resolution, no per-letter checks.
 */
final class RawIngest {

	static final int BATCH = 10_000;

	private RawIngest() {
	}

	/** What it took: signatures (SIGNED edges) and the time for letters and all their edges. */
	record Result(long signatures, long nanos) {

		double signaturesPerSecond() {
			return this.signatures / (this.nanos / 1e9);
		}
	}

	static Result run(Corpus corpus, Path dataDir) {
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDir, 0, false);
				Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
				Session session = driver.session()) {
			for (String file : List.of("V0001__constraints.cypher", "V0002__indexes.cypher")) {
				for (String statement : statements(file)) {
					session.run(statement).consume();
				}
			}
			reference(session, corpus);
			long start = System.nanoTime();
			List<Map<String, Object>> letters = new ArrayList<>();
			Map<String, List<Map<String, Object>>> edges = new LinkedHashMap<>();
			long signatures = 0;
			for (LetterRecord l : corpus.letters()) {
				Map<String, Object> props = new HashMap<>();
				props.put("title", l.title());
				props.put("date", l.date());
				props.put("sortKey", l.date() + "|" + l.id());
				props.put("asks", l.asks());
				props.put("sources", l.sources());
				letters.add(Map.of("id", l.id(), "props", props));
				int position = 0;
				for (Participant p : l.leads()) {
					edge(edges, "SIGNED", p.id(), l.id(), Map.of("role", "LEAD", "position", ++position), l);
				}
				for (Participant p : l.signers()) {
					edge(edges, "SIGNED", p.id(), l.id(), Map.of("role", "SIGNER", "position", ++position), l);
				}
				signatures += position;
				l.endorsers().forEach(p -> edge(edges, "ENDORSED", p.id(), l.id(), Map.of(), l));
				l.addressees().forEach(p -> edge(edges, "ADDRESSED_TO", l.id(), p.id(), Map.of(), l));
				l.cc().forEach(p -> edge(edges, "CC", l.id(), p.id(), Map.of(), l));
				l.programs().forEach(p -> edge(edges, "CONCERNS", l.id(), p.program(), Map.of("ask", p.ask()), l));
				l.sources().forEach(s -> edge(edges, "REPORTED_IN", l.id(), s, Map.of(), l));
			}
			batches(session, "UNWIND $rows AS r MERGE (l:Letter {id: r.id}) SET l += r.props", letters);
			for (Map.Entry<String, List<Map<String, Object>>> e : edges.entrySet()) {
				String type = GraphSchema.relationshipType(e.getKey());
				boolean outgoing = type.equals("SIGNED") || type.equals("ENDORSED");
				String from = outgoing ? "Actor" : "Letter";
				String to = switch (type) {
					case "SIGNED", "ENDORSED" -> "Letter";
					case "CONCERNS" -> "Program";
					case "REPORTED_IN" -> "Source";
					default -> "Actor";
				};
				batches(session, "UNWIND $rows AS r MATCH (a:" + from + " {id: r.from}) MATCH (b:" + to
						+ " {id: r.to}) MERGE (a)-[e:" + type + "]->(b) SET e += r.props", e.getValue());
			}
			return new Result(signatures, System.nanoTime() - start);
		}
	}

	private static void reference(Session session, Corpus corpus) {
		batches(session, "UNWIND $rows AS r MERGE (s:Source {id: r.id}) SET s.title = r.title",
				corpus.reference().sources().stream().map(s -> Map.<String, Object>of("id", s.id(), "title", s.title()))
					.toList());
		batches(session, "UNWIND $rows AS r MERGE (p:Program {id: r.id}) SET p.name = r.name",
				corpus.reference().programs().stream().map(p -> Map.<String, Object>of("id", p.id(), "name", p.name()))
					.toList());
		Map<String, List<Map<String, Object>>> byKind = new LinkedHashMap<>();
		for (ActorRecord a : corpus.reference().actors()) {
			byKind.computeIfAbsent(a.kind(), k -> new ArrayList<>()).add(Map.of("id", a.id(), "name", a.name()));
		}
		byKind.forEach((kind, rows) -> batches(session, "UNWIND $rows AS r MERGE (a:Actor {id: r.id}) SET a:"
				+ GraphSchema.label(kind.charAt(0) + kind.substring(1).toLowerCase(java.util.Locale.ROOT))
				+ ", a.name = r.name", rows));
	}

	private static void edge(Map<String, List<Map<String, Object>>> edges, String type, String from, String to,
			Map<String, Object> props, LetterRecord letter) {
		Map<String, Object> all = new HashMap<>(props);
		all.put("sources", letter.sources());
		edges.computeIfAbsent(type, k -> new ArrayList<>()).add(Map.of("from", from, "to", to, "props", all));
	}

	private static void batches(Session session, String cypher, List<Map<String, Object>> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			session.executeWrite(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
		}
	}

	private static List<String> statements(String file) {
		try {
			String text = new ClassPathResource("cypher/migrations/" + file).getContentAsString(StandardCharsets.UTF_8);
			List<String> result = new ArrayList<>();
			for (String part : text.split(";")) {
				String statement = part.lines().filter(line -> !line.strip().startsWith("//"))
					.reduce("", (a, b) -> a + "\n" + b).strip();
				if (!statement.isEmpty()) {
					result.add(statement);
				}
			}
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
