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
import org.lettergraph.graph.Paging;
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
	 * The reads the suite times on a corpus, (0) to (m); {@code -Dlettergraph.bench.cases=0,a,d} keeps only those
	 * (e.g. to profile one of them with many {@code --reps}).
	 */
	static List<ReadCase> of(Corpus corpus) {
		String[] distant = distantActors(corpus);
		// The network reads (e), (f) and (l) pair every two co-signers of each letter of their window, which grows
		// with the square of the signers: they read one of the less common programs (about 8 % of the letters).
		String smaller = corpus.reference().programs().get(5).id();
		List<ReadCase> all = List.of(floor(), bigLetter(corpus.bigLetter()), coSigners(corpus.hub()),
				lettersPage(corpus.program(), LocalDate.of(2014, 1, 1), LocalDate.of(2019, 12, 31)),
				shortestPath(distant[0], distant[1]),
				byDegree(smaller, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)),
				networkByYear(smaller, 2019, 2021),
				organizationsByLettersInYear(corpus.program(), 2021), lawmakersByState(corpus.program(), "D"),
				lettersPerYear(corpus.program()), actorLetterPage(corpus.hub()), coSignerPage(corpus.hub()),
				byPageRank(smaller, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)),
				noPath(corpus.hub(), signedNothing(corpus)));
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

	/** An actor that letters were sent to and that signed, led or endorsed none: a path to it exists from nobody. */
	static String signedNothing(Corpus corpus) {
		Set<String> took = new HashSet<>();
		for (LetterRecord letter : corpus.letters()) {
			Stream.of(letter.leads(), letter.signers(), letter.endorsers())
				.flatMap(List::stream)
				.map(Participant::id)
				.forEach(took::add);
		}
		return corpus.letters()
			.stream()
			.flatMap(letter -> letter.addressees().stream())
			.map(Participant::id)
			.filter(id -> id != null && !took.contains(id))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Every addressee of the corpus also signed a letter"));
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
	 * (e) The ten organizations with the most distinct co-signers within a window, the letters about one program
	 * in a date range (DEGREE ordering, the window taken from the filter's letters), with each one's degree.
	 */
	static ReadCase byDegree(String programId, LocalDate from, LocalDate to) {
		return new ReadCase("(e) organizations by degree in a window, top 10", """
				query($p: ID!, $from: Date, $to: Date) {
				  actors(where: {kind: ORGANIZATION, letters: {where: {concerns: $p, from: $from, to: $to}}},
				         orderBy: [{field: DEGREE, direction: DESC}], first: 10) {
				    edges { node { id degree(where: {concerns: $p, from: $from, to: $to}) } } } }""",
				Map.of("p", programId, "from", from.toString(), "to", to.toString()), """
				MATCH (:Program {id: $p})<-[:CONCERNS]-(l:Letter) WHERE l.date >= $from AND l.date <= $to
				MATCH (a:Organization)-[:SIGNED|ENDORSED]->(l)<-[:SIGNED|ENDORSED]-(other:Actor)
				WHERE other <> a
				WITH a, count(DISTINCT other) AS degree
				ORDER BY degree DESC, a.id
				LIMIT 10
				RETURN a.id AS id, degree""", Map.of("p", programId, "from", from, "to", to), data -> {
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

	/**
	 * (g) Sort by an aggregate: the 20 organizations that signed (as lead or signer) the most letters about one
	 * program in one year, with how many organizations signed any.
	 */
	static ReadCase organizationsByLettersInYear(String programId, int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		return new ReadCase("(g) organizations by letters in a year on a program, top 20", """
				query($p: ID!, $from: Date, $to: Date) {
				  actors(where: {kind: ORGANIZATION,
				                 letters: {roles: [LEAD, SIGNER], where: {concerns: $p, from: $from, to: $to}}},
				         orderBy: [{field: LETTER_COUNT, direction: DESC}], first: 20) {
				    totalCount edges { node { id name } } } }""",
				Map.of("p", programId, "from", from.toString(), "to", to.toString()), """
				MATCH (:Program {id: $p})<-[:CONCERNS]-(l:Letter)
				WHERE l.date >= $from AND l.date <= $to
				MATCH (a:Organization)-[:SIGNED]->(l)
				WITH a, count(DISTINCT l) AS letters
				ORDER BY letters DESC, a.id
				WITH collect(a.id) AS ids
				RETURN size(ids) AS total, ids[0..20] AS page""", Map.of("p", programId, "from", from, "to", to),
				data -> totalAndIds(data.path("actors"), e -> e.path("node").path("id").asText()),
				ReadCase::totalAndPage);
	}

	/**
	 * (h) Group-by: the lawmakers of one party who signed (as lead or signer) a letter about one program, counted by
	 * state, with their total.
	 */
	static ReadCase lawmakersByState(String programId, String party) {
		return new ReadCase("(h) lawmakers of a party on a program, by state", """
				query($p: ID!, $party: String) {
				  actors(where: {kind: LAWMAKER, party: $party,
				                 letters: {roles: [LEAD, SIGNER], where: {concerns: $p}}}) {
				    totalCount groupBy(field: STATE) { value count } } }""", Map.of("p", programId, "party", party), """
				MATCH (:Program {id: $p})<-[:CONCERNS]-(:Letter)<-[:SIGNED]-(a:Lawmaker)
				WHERE toLower(a.party) = toLower($party)
				WITH DISTINCT a
				WITH a.state AS state, count(*) AS lawmakers
				ORDER BY lawmakers DESC, state
				RETURN sum(lawmakers) AS total, collect(state + '|' + lawmakers) AS page""",
				Map.of("p", programId, "party", party), data -> {
					List<String> out = new ArrayList<>();
					out.add("total " + data.path("actors").path("totalCount").asInt());
					data.path("actors").path("groupBy").forEach(g -> out.add(g.path("value").asText() + "|"
							+ g.path("count").asInt()));
					return out;
				}, ReadCase::totalAndPage);
	}

	/** (i) Aggregate and group-by: the letters about one program, counted per year, with their count, dates and signatures. */
	static ReadCase lettersPerYear(String programId) {
		return new ReadCase("(i) letters on a program per year + aggregate", """
				query($p: ID!) { letters(where: {concerns: $p}) {
				  aggregate { count dateMin dateMax signatures } groupBy(field: YEAR) { value count } } }""",
				Map.of("p", programId), """
				MATCH (:Program {id: $p})<-[:CONCERNS]-(l:Letter)
				WITH l.date.year AS year, count(l) AS letters, min(l.date) AS first, max(l.date) AS last,
				     sum(COUNT { (l)<-[:SIGNED]-() }) AS signatures
				ORDER BY letters DESC, toString(year)
				RETURN sum(letters) AS count, min(first) AS dateMin, max(last) AS dateMax, sum(signatures) AS signatures,
				       collect(toString(year) + '|' + letters) AS groups""", Map.of("p", programId), data -> {
					JsonNode letters = data.path("letters");
					JsonNode aggregate = letters.path("aggregate");
					List<String> out = new ArrayList<>();
					out.add(aggregate.path("count").asInt() + "|" + aggregate.path("dateMin").asText() + "|"
							+ aggregate.path("dateMax").asText() + "|" + aggregate.path("signatures").asInt());
					letters.path("groupBy").forEach(g -> out.add(g.path("value").asText() + "|" + g.path("count").asInt()));
					return out;
				}, rows -> {
					Record r = rows.get(0);
					List<String> out = new ArrayList<>();
					out.add(r.get("count").asInt() + "|" + r.get("dateMin").asLocalDate() + "|" + r.get("dateMax").asLocalDate()
							+ "|" + r.get("signatures").asInt());
					out.addAll(r.get("groups").asList(v -> v.asString()));
					return out;
				});
	}

	/**
	 * (j) The first page (20) of the letters of the most active organization, newest first, each with how it took
	 * part, and how many rows there are in all.
	 */
	static ReadCase actorLetterPage(String actorId) {
		return new ReadCase("(j) most active organization's letters, first page", """
				query($id: ID!) { actor(id: $id) { id letterConnection(first: 20) {
				  totalCount edges { role position node { id date title } } } } }""", Map.of("id", actorId), """
				MATCH (:Actor {id: $id})-[r:SIGNED|ENDORSED|ADDRESSED_TO|CC]-(l:Letter)
				WITH l, r, CASE type(r) WHEN 'SIGNED' THEN r.role WHEN 'ENDORSED' THEN 'ENDORSER'
				  WHEN 'ADDRESSED_TO' THEN 'ADDRESSEE' ELSE 'CC' END AS role
				ORDER BY l.sortKey DESC, type(r), r.role
				WITH collect(l.id + '|' + role) AS rows
				RETURN size(rows) AS total, rows[0..20] AS page""", Map.of("id", actorId),
				data -> totalAndIds(data.path("actor").path("letterConnection"),
						e -> e.path("node").path("id").asText() + "|" + e.path("role").asText()),
				ReadCase::totalAndPage);
	}

	/** (k) The third page of 50 of the co-signers of the most connected organization (beyond the first 100), with the total. */
	static ReadCase coSignerPage(String actorId) {
		String after = Paging.offsetCursor("co-signers", 100, actorId + "|" + 1);
		return new ReadCase("(k) coSignerConnection of the hub, 3rd page of 50", """
				query($id: ID!, $after: String) { coSignerConnection(actorId: $id, first: 50, after: $after) {
				  totalCount edges { node { count actor { id name } } } } }""", Map.of("id", actorId, "after", after), """
				MATCH (me:Actor {id: $id})-[:SIGNED|ENDORSED]->(l:Letter)<-[:SIGNED|ENDORSED]-(other:Actor)
				WHERE other <> me
				WITH other, count(DISTINCT l) AS shared
				ORDER BY shared DESC, other.name, other.id
				WITH collect(other.id + '|' + shared) AS ranked
				RETURN size(ranked) AS total, ranked[100..150] AS page""", Map.of("id", actorId),
				data -> totalAndIds(data.path("coSignerConnection"), e -> e.path("node").path("actor").path("id")
					.asText() + "|" + e.path("node").path("count").asInt()),
				ReadCase::totalAndPage);
	}

	/**
	 * (l) The ten organizations with the highest PageRank (the leadership score) in the co-signature network of the
	 * letters about one program in a date window: Graph Data Science projects and scores the window on both sides.
	 */
	static ReadCase byPageRank(String programId, LocalDate from, LocalDate to) {
		return new ReadCase("(l) organizations by PageRank in a window, top 10", """
				query($p: ID!, $from: Date, $to: Date) {
				  actors(where: {kind: ORGANIZATION, letters: {where: {concerns: $p, from: $from, to: $to}}},
				         orderBy: [{field: PAGE_RANK, direction: DESC}], first: 10) {
				    edges { node { id } } } }""", Map.of("p", programId, "from", from.toString(), "to", to.toString()),
				"""
				CALL () {
				  MATCH (:Program {id: $p})<-[:CONCERNS]-(l:Letter)
				  WHERE l.date >= $from AND l.date <= $to
				  MATCH (x:Actor)-[:SIGNED|ENDORSED]->(l)<-[:SIGNED|ENDORSED]-(y:Actor)
				  WHERE x.id < y.id
				  WITH x, y, count(DISTINCT l) AS shared
				  ORDER BY x.id, y.id
				  WITH gds.graph.project('bench-raw-page-rank', x, y, {relationshipProperties: {weight: toFloat(shared)}},
				    {undirectedRelationshipTypes: ['*']}) AS projection
				  RETURN count(projection) AS projected
				}
				CALL (projected) {
				  WITH projected WHERE projected > 0
				  CALL gds.pageRank.stream('bench-raw-page-rank', {relationshipWeightProperty: 'weight',
				    dampingFactor: 0.85, maxIterations: 100, concurrency: 1})
				  YIELD nodeId, score
				  WITH gds.util.asNode(nodeId) AS a, score
				  WHERE a:Organization
				  RETURN a ORDER BY score DESC, a.id LIMIT 10
				}
				WITH collect(a.id) AS ids
				CALL () {
				  CALL gds.graph.drop('bench-raw-page-rank', false) YIELD graphName
				  RETURN count(graphName) AS dropped
				}
				RETURN ids""", Map.of("p", programId, "from", from, "to", to), data -> {
					List<String> out = new ArrayList<>();
					data.path("actors").path("edges").forEach(e -> out.add(e.path("node").path("id").asText()));
					return out;
				}, rows -> rows.get(0).get("ids").asList(v -> v.asString()));
	}

	/** A connection's total, then one string per edge. */
	private static List<String> totalAndIds(JsonNode connection, Function<JsonNode, String> edge) {
		List<String> out = new ArrayList<>();
		out.add("total " + connection.path("totalCount").asInt());
		connection.path("edges").forEach(e -> out.add(edge.apply(e)));
		return out;
	}

	/** One raw row of {@code total} and {@code page} (a list of strings), as {@link #totalAndIds} reads a connection. */
	private static List<String> totalAndPage(List<Record> rows) {
		List<String> out = new ArrayList<>();
		out.add("total " + rows.get(0).get("total").asInt());
		out.addAll(rows.get(0).get("page").asList(v -> v.asString()));
		return out;
	}

	/**
	 * (d) One shortest co-signature path between two actors. The raw statement returns what the request asks, each
	 * step's id and labels in order, not only the length. Two paths of the same length are both right, so the answers
	 * are compared by length and ends.
	 */
	static ReadCase shortestPath(String from, String to) {
		return new ReadCase("(d) shortestPath, two distant actors", """
				query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { length steps { id kind } } }""",
				Map.of("a", from, "b", to), """
				MATCH (a:Actor {id: $a}), (b:Actor {id: $b})
				MATCH p = shortestPath((a)-[:SIGNED|ENDORSED*..10]-(b))
				RETURN length(p) AS length, [n IN nodes(p) | {id: n.id, labels: labels(n)}] AS steps""",
				Map.of("a", from, "b", to),
				data -> pathEnds(data.path("shortestPath").path("length").asInt(),
						data.path("shortestPath").path("steps").findValuesAsText("id")),
				rows -> rows.isEmpty() ? pathEnds(0, List.of())
						: pathEnds(rows.get(0).get("length").asInt(),
								rows.get(0).get("steps").asList(step -> step.get("id").asString())));
	}

	/**
	 * (m) A path that does not exist, from the most connected organization to an actor that signed nothing: the same
	 * request and statement as (d). Both answer that there is none; Cypher's search first reads what it can reach
	 * from the organization's side.
	 */
	static ReadCase noPath(String from, String to) {
		ReadCase path = shortestPath(from, to);
		return new ReadCase("(m) shortestPath, the hub to an actor that signed nothing", path.graphQl(),
				path.variables(), path.cypher(), path.params(), path.fromJson(), path.fromRows());
	}

	/** A path as two answers are compared: its length, number of steps and both ends (or that there is none). */
	static List<String> pathEnds(int length, List<String> ids) {
		if (ids.isEmpty()) {
			return List.of("no path");
		}
		return List.of("length " + length, "steps " + ids.size(), "from " + ids.get(0),
				"to " + ids.get(ids.size() - 1));
	}
}
