package org.lettergraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.lettergraph.generate.Corpus;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.Participant;
import org.neo4j.driver.Record;

/**
 * One read asked two ways: a GraphQL request over HTTP, and the one Cypher statement that answers the same question
 * through the driver. Each side's answer is reduced to the same list of strings, so the two can be compared.
 *
 * @param name      what is asked, as the report shows it
 * @param graphQl   the GraphQL document
 * @param variables its variables
 * @param cypher    the raw statement
 * @param params    its parameters
 * @param fromJson  the GraphQL answer ({@code data}) as comparable strings
 * @param fromRows  the raw answer as comparable strings
 */
record ReadCase(String name, String graphQl, Map<String, Object> variables, String cypher,
		Map<String, Object> params, Function<JsonNode, List<String>> fromJson,
		Function<List<Record>, List<String>> fromRows) {

	/**
	 * The reads the suite times on a corpus, (0) to (d); {@code -Dlettergraph.bench.cases=0,a,d} keeps only those
	 * (e.g. to profile one of them with many {@code --reps}).
	 */
	static List<ReadCase> of(Corpus corpus) {
		String[] distant = distantActors(corpus);
		List<ReadCase> all = List.of(floor(), bigLetter(corpus.bigLetter()), coSigners(corpus.hub()),
				lettersPage(corpus.program(), LocalDate.of(2014, 1, 1), LocalDate.of(2019, 12, 31)),
				shortestPath(distant[0], distant[1]),
				byDegree(LocalDate.of(2014, 1, 1), LocalDate.of(2019, 12, 31)),
				networkByYear(corpus.program(), 2014, 2019));
		String only = System.getProperty("lettergraph.bench.cases");
		if (only == null || only.isBlank()) {
			return all;
		}
		List<String> wanted = List.of(only.split(","));
		return all.stream().filter(c -> wanted.stream().anyMatch(w -> c.name().startsWith("(" + w.strip() + ")")))
			.toList();
	}

	/**
	 * Two organizations from the tail of the popularity curve that never signed the same letter: the least
	 * popular one that signed anything, and the next least popular one with no letter in common with it.
	 */
	static String[] distantActors(Corpus corpus) {
		Map<String, Set<String>> lettersOf = new HashMap<>();
		for (LetterRecord letter : corpus.letters()) {
			Stream.concat(letter.leads().stream(), letter.signers().stream())
				.map(Participant::id)
				.filter(id -> id.startsWith("org:"))
				.forEach(id -> lettersOf.computeIfAbsent(id, k -> new HashSet<>()).add(letter.id()));
		}
		List<String> ranked = corpus.reference().actors().stream()
			.filter(a -> a.kind().equals("ORGANIZATION") && lettersOf.containsKey(a.id()))
			.map(a -> a.id())
			.toList();
		String from = ranked.get(ranked.size() - 1);
		for (int i = ranked.size() - 2; i >= 0; i--) {
			Set<String> shared = new HashSet<>(lettersOf.get(ranked.get(i)));
			shared.retainAll(lettersOf.get(from));
			if (shared.isEmpty()) {
				return new String[] { from, ranked.get(i) };
			}
		}
		return new String[] { from, ranked.get(0) };
	}

	/** (0) The floor: the smallest GraphQL request over HTTP against the smallest statement over Bolt. */
	static ReadCase floor() {
		return new ReadCase("(0) floor: { __typename } vs RETURN 1", "{ __typename }", Map.of(), "RETURN 1 AS one",
				Map.of(), data -> List.of(data.path("__typename").asText().equals("Query") ? "1" : "?"),
				rows -> List.of(Integer.toString(rows.get(0).get("one").asInt())));
	}

	/** (a) A letter with its 1,000 signers and each signer's letter count. */
	static ReadCase bigLetter(String letterId) {
		return new ReadCase("(a) letter, 1,000 signers + letter counts", """
				query($id: ID!) { letter(id: $id) { id title
				  signers(first: 1000) { totalCount edges { position role node { id name letterCount } } } } }""",
				Map.of("id", letterId), """
				MATCH (l:Letter {id: $id})<-[s:SIGNED]-(a:Actor)
				RETURN s.position AS position, a.id AS id, COUNT { (a)-[:SIGNED]->() } AS letters
				ORDER BY position""", Map.of("id", letterId), data -> {
					List<String> out = new ArrayList<>();
					data.path("letter").path("signers").path("edges").forEach(e -> out.add(e.path("position").asInt()
							+ "|" + e.path("node").path("id").asText() + "|" + e.path("node").path("letterCount").asInt()));
					return out;
				}, rows -> rows.stream()
					.map(r -> r.get("position").asInt() + "|" + r.get("id").asString() + "|" + r.get("letters").asInt())
					.toList());
	}

	/** (b) The top 50 co-signers of one actor, with how many letters each shares with it. */
	static ReadCase coSigners(String actorId) {
		return new ReadCase("(b) coSigners of the hub, top 50", """
				query($id: ID!) { coSigners(actorId: $id, first: 50) { count actor { id name } } }""",
				Map.of("id", actorId), """
				MATCH (me:Actor {id: $id})-[:SIGNED|ENDORSED]->(l:Letter)<-[:SIGNED|ENDORSED]-(other:Actor)
				WHERE other <> me
				WITH other, count(DISTINCT l) AS shared
				ORDER BY shared DESC, other.name, other.id
				LIMIT 50
				RETURN other.id AS id, shared""", Map.of("id", actorId), data -> {
					List<String> out = new ArrayList<>();
					data.path("coSigners").forEach(c -> out.add(c.path("actor").path("id").asText() + "|"
							+ c.path("count").asInt()));
					return out;
				}, rows -> rows.stream().map(r -> r.get("id").asString() + "|" + r.get("shared").asInt()).toList());
	}

	/** (c) A page of 50 letters about one program within a date window, newest first, with the total. */
	static ReadCase lettersPage(String programId, LocalDate from, LocalDate to) {
		return new ReadCase("(c) letters by program + dates, page of 50", """
				query($p: ID!, $from: Date, $to: Date) {
				  letters(where: {concerns: $p, from: $from, to: $to}, first: 50) {
				    totalCount edges { node { id date title } } } }""",
				Map.of("p", programId, "from", from.toString(), "to", to.toString()), """
				MATCH (:Program {id: $p})<-[:CONCERNS]-(l:Letter)
				WHERE l.date >= $from AND l.date <= $to
				WITH l ORDER BY l.sortKey DESC
				WITH collect(l.id) AS ids
				RETURN size(ids) AS total, ids[0..50] AS page""", Map.of("p", programId, "from", from, "to", to),
				data -> {
					List<String> out = new ArrayList<>();
					out.add("total " + data.path("letters").path("totalCount").asInt());
					data.path("letters").path("edges").forEach(e -> out.add(e.path("node").path("id").asText()));
					return out;
				}, rows -> {
					List<String> out = new ArrayList<>();
					out.add("total " + rows.get(0).get("total").asInt());
					rows.get(0).get("page").asList(v -> v.asString()).forEach(out::add);
					return out;
				});
	}

	/**
	 * (e) The ten organizations with the most distinct co-signers within a date window (DEGREE ordering, the
	 * window taken from the filter's letters), with each one's degree.
	 */
	static ReadCase byDegree(LocalDate from, LocalDate to) {
		return new ReadCase("(e) organizations by degree in a window, top 10", """
				query($from: Date, $to: Date) {
				  actors(where: {kind: ORGANIZATION, letters: {where: {from: $from, to: $to}}},
				         orderBy: [{field: DEGREE, direction: DESC}], first: 10) {
				    edges { node { id degree(where: {from: $from, to: $to}) } } } }""",
				Map.of("from", from.toString(), "to", to.toString()), """
				MATCH (l:Letter) WHERE l.date >= $from AND l.date <= $to
				MATCH (a:Organization)-[:SIGNED|ENDORSED]->(l)<-[:SIGNED|ENDORSED]-(other:Actor)
				WHERE other <> a
				WITH a, count(DISTINCT other) AS degree
				ORDER BY degree DESC, a.id
				LIMIT 10
				RETURN a.id AS id, degree""", Map.of("from", from, "to", to), data -> {
					List<String> out = new ArrayList<>();
					data.path("actors").path("edges").forEach(e -> out.add(e.path("node").path("id").asText() + "|"
							+ e.path("node").path("degree").asInt()));
					return out;
				}, rows -> rows.stream().map(r -> r.get("id").asString() + "|" + r.get("degree").asInt()).toList());
	}

	/** (f) The co-signature network of one program, one year at a time, the 100 strongest edges of each year. */
	static ReadCase networkByYear(String programId, int fromYear, int toYear) {
		return new ReadCase("(f) network by year of a program, 100 edges a year", """
				query($p: ID!, $from: Int!, $to: Int!) {
				  coSignatureNetworkByYear(where: {concerns: $p}, from: $from, to: $to, edgesPerYear: 100) {
				    year network { edges { source target weight } } } }""",
				Map.of("p", programId, "from", fromYear, "to", toYear), """
				UNWIND range($from, $to) AS year
				CALL (year) {
				  MATCH (:Program {id: $p})<-[:CONCERNS]-(l:Letter)
				  WHERE l.date >= date({year: year, month: 1, day: 1}) AND l.date <= date({year: year, month: 12, day: 31})
				  MATCH (a:Actor)-[:SIGNED|ENDORSED]->(l)<-[:SIGNED|ENDORSED]-(b:Actor)
				  WHERE a.id < b.id
				  WITH a, b, count(DISTINCT l) AS weight
				  ORDER BY weight DESC, a.id, b.id
				  LIMIT 100
				  RETURN collect(a.id + '|' + b.id + '|' + weight) AS edges
				}
				RETURN year, edges ORDER BY year""", Map.of("p", programId, "from", fromYear, "to", toYear), data -> {
					List<String> out = new ArrayList<>();
					data.path("coSignatureNetworkByYear").forEach(y -> y.path("network").path("edges").forEach(e -> out
						.add(y.path("year").asInt() + "|" + e.path("source").asText() + "|" + e.path("target").asText()
								+ "|" + e.path("weight").asInt())));
					return out;
				}, rows -> rows.stream()
					.flatMap(r -> r.get("edges").asList(v -> r.get("year").asInt() + "|" + v.asString()).stream())
					.toList());
	}

	/** (d) One shortest co-signature path between two actors; compared by its length. */
	static ReadCase shortestPath(String from, String to) {
		return new ReadCase("(d) shortestPath, two distant actors", """
				query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { length steps { id kind } } }""",
				Map.of("a", from, "b", to), """
				MATCH (a:Actor {id: $a}), (b:Actor {id: $b})
				MATCH p = shortestPath((a)-[:SIGNED|ENDORSED*..10]-(b))
				RETURN length(p) AS length""", Map.of("a", from, "b", to),
				data -> List.of("length " + data.path("shortestPath").path("length").asInt()),
				rows -> List.of("length " + rows.get(0).get("length").asInt()));
	}
}
