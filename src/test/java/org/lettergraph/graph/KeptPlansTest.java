package org.lettergraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lettergraph.support.GraphQlTestSupport;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements of the write path that keep their first plan ({@code CYPHER replan=skip}): Neo4j plans a statement
 * again whenever the graph's statistics have moved far enough since its plan was made, and on a graph that grows by
 * a thousand actors in one letter that re-planning was half of the letter's write. Keeping the plan is only sound
 * where no statistics can change it: every node the statement reads is found by a unique id, by a full-text lookup,
 * or is every node of its label. This test holds each marked statement to that, in every form the service fills it
 * in, and keeps its {@code EXPLAIN} beside it; a statement marked without being listed here fails it.
 */
@GraphQlTestSupport
class KeptPlansTest {

	private static final boolean WRITE = Boolean.getBoolean("lettergraph.write-plans");

	private static final String MARK = "CYPHER replan=skip";

	/**
	 * Operators whose choice depends on how many nodes or rows the planner expects. (A cartesian product of lookups by
	 * unique id is not among them: each side finds one node or none.)
	 */
	private static final Set<String> STATISTICAL = Set.of("AllNodesScan", "NodeHashJoin",
			"ValueHashJoin", "NodeLeftOuterHashJoin", "NodeRightOuterHashJoin", "NodeIndexScan", "NodeIndexSeek",
			"NodeIndexContainsScan", "NodeIndexEndsWithScan", "DirectedRelationshipTypeScan",
			"UndirectedRelationshipTypeScan");

	@Autowired
	Driver driver;

	@Autowired
	CypherQueries queries;

	@Autowired
	org.lettergraph.embedded.EmbeddedNeo4j embedded;

	private static final ZonedDateTime AT = ZonedDateTime.parse("2026-11-30T12:00:00Z");

	@Test
	void everyStatementThatKeepsItsPlanFindsItsNodesByIdOrFullTextOrReadsAWholeLabel() throws IOException {
		Map<String, String> reasons = new LinkedHashMap<>();
		Map<String, Object> edge = Map.of("from", "x", "to", "y", "properties", Map.of("role", "SIGNER"), "firstSaid",
				Map.of(), "sources", List.of("s"));
		// Every pair of labels and type the service links (LetterWrites.Link, ActorWrites, ProgramWrites).
		String[][] links = { { "Actor", "SIGNED", "Letter" }, { "Actor", "ENDORSED", "Letter" },
				{ "Letter", "ADDRESSED_TO", "Actor" }, { "Letter", "CC", "Actor" }, { "Letter", "CONCERNS", "Program" },
				{ "Letter", "REPORTED_IN", "Source" }, { "Actor", "AFFILIATED_WITH", "Organization" },
				{ "Actor", "HOLDS_OFFICE", "Organization" }, { "Actor", "STATEMENT_IN", "Source" },
				{ "Actor", "MENTIONED_IN", "Source" }, { "Actor", "AUTHORED", "Source" },
				{ "Program", "RUN_BY", "Organization" } };
		StringBuilder linkPlans = new StringBuilder();
		for (String[] link : links) {
			String cypher = this.queries.get("graph/link")
				.replace("__FROM__", GraphSchema.label(link[0]))
				.replace("__TYPE__", GraphSchema.relationshipType(link[1]))
				.replace("__TO__", GraphSchema.label(link[2]));
			String plan = explain(cypher, Map.of("batch", Map.of("rows", List.of(edge)), "by", "test", "at", AT));
			assertUniqueSeeksOnly("graph/link " + String.join(" ", link), plan, 2);
			linkPlans.append("(").append(link[0]).append(")-[:").append(link[1]).append("]->(").append(link[2])
				.append(")\n").append(plan).append('\n');
		}
		keep("graph/link", linkPlans.toString());
		reasons.put("graph/link", "unique id");

		StringBuilder actorPlans = new StringBuilder();
		for (String label : List.of("Organization", "Lawmaker", "Official", "Person")) {
			String cypher = this.queries.get("actors/write").replace("__LABEL__", GraphSchema.label(label));
			String plan = explain(cypher,
					Map.of("batch", Map.of("rows", List.of(Map.of("id", "x", "name", "X", "facts", Map.of(), "aliases",
							List.of(), "keys", List.of(), "sources", List.of()))), "authoritative", false, "by", "test",
							"at", AT));
			assertUniqueSeeksOnly("actors/write " + label, plan, 1);
			actorPlans.append(label).append('\n').append(plan).append('\n');
		}
		keep("actors/write", actorPlans.toString());
		reasons.put("actors/write", "unique id");

		String letters = explain(this.queries.get("letters/write"), Map.of("batch", Map.of("letters",
				List.of(Map.of("id", "x", "properties", Map.of("title", "T"), "sources", List.of()))), "by", "test",
				"at", AT));
		assertUniqueSeeksOnly("letters/write", letters, 1);
		keep("letters/write", letters);
		reasons.put("letters/write", "unique id");

		String sources = explain(this.queries.get("sources/create-if-absent"),
				Map.of("batch", Map.of("rows", List.of(Map.of("id", "x", "properties", Map.of()))), "by", "test", "at",
						AT));
		assertUniqueSeeksOnly("sources/create-if-absent", sources, 1);
		keep("sources/create-if-absent", sources);
		reasons.put("sources/create-if-absent", "unique id");

		String existing = explain(this.queries.get("ingest/existing-or-prefixed"),
				Map.of("batch", Map.of("ids", List.of("org:x", "letter:y"), "prefixes", List.of("org:x-"))));
		// Four lookups by id, and the actors whose id starts with a prefix: a range seek of the unique id index.
		assertUniqueSeeksOnly("ingest/existing-or-prefixed", existing, 5);
		assertThat(existing).contains("NodeUniqueIndexSeekByRange");
		keep("ingest/existing-or-prefixed", existing);
		reasons.put("ingest/existing-or-prefixed", "unique id");

		for (String fullText : List.of("review/resolve-names", "review/near-names", "review/near-words")) {
			Map<String, Object> parameters = switch (fullText) {
				case "review/resolve-names" -> Map.of("batch", Map.of("keys", List.of("x")));
				case "review/near-names" -> Map.of("batch", Map.of("names", List.of(Map.of("id", "x", "query", "x~",
						"label", "Organization"))));
				default -> Map.of("batch", Map.of("terms", List.of("x~2")), "limit", 500);
			};
			String plan = explain(this.queries.get(fullText), parameters);
			assertThat(plan).as(fullText).contains("db.index.fulltext.queryNodes");
			assertNoneOf(fullText, plan, Set.of("NodeByLabelScan", "NodeUniqueIndexSeek"));
			keep(fullText, plan);
			reasons.put(fullText, "full-text");
		}

		for (String[] whole : new String[][] { { "programs/known", "Program" }, { "actors/lawmakers", "Lawmaker" } }) {
			String plan = explain(this.queries.get(whole[0]), Map.of());
			assertThat(plan).as(whole[0]).contains("NodeByLabelScan").contains(":" + whole[1]);
			assertNoneOf(whole[0], plan, Set.of("NodeUniqueIndexSeek"));
			keep(whole[0], plan);
			reasons.put(whole[0], "whole label");
		}

		assertThat(marked()).as("the statements marked %s are those checked here", MARK)
			.isEqualTo(new TreeSet<>(reasons.keySet()));
	}

	/**
	 * Neo4j keeps a plan per size range of each list parameter (1–10, 11–100, 101–1,000, more), so a statement's first
	 * letter of each size was planned again. The lists of the kept statements come inside a map, {@code $batch}, whose
	 * lists the planner does not measure: one plan serves every length. Shown with the database's own account of its
	 * plan cache, one statement of each kind (a write, rolled back, and a read).
	 */
	@Test
	void onePlanServesEveryLengthOfTheLists() {
		QueryCache cache = new QueryCache();
		this.embedded.addQueryMonitor(cache);
		// Texts no other test runs, so each is planned here first (the database keys its cache by the text, without
		// comments): edges the service never writes, and a column named again.
		String link = this.queries.get("graph/link")
			.replace("__FROM__", "Program")
			.replace("__TYPE__", "CC")
			.replace("__TO__", "Source")
			.replace("count(r) AS written", "count(r) + 0 AS written // onePlanServesEveryLengthOfTheLists");
		String existing = this.queries.get("ingest/existing-or-prefixed")
			.replace("RETURN id, [x IN", "RETURN id AS id, 'onePlanServesEveryLengthOfTheLists' AS test, [x IN")
			.replace("RETURN a.id AS id, [x", "RETURN a.id AS id, 'onePlanServesEveryLengthOfTheLists' AS test, [x");
		List<Boolean> hits = new ArrayList<>();
		try {
			runAtEveryLength(link, existing, cache, hits);
		}
		finally {
			this.embedded.removeQueryMonitor(cache);
		}
		// Planned once each (the first length), then taken from the cache for 150, 1,200 and 40 rows.
		assertThat(hits).containsExactly(false, false, true, true, true, true, true, true);
	}

	private void runAtEveryLength(String link, String existing, QueryCache cache, List<Boolean> hits) {
		for (int length : new int[] { 1, 150, 1_200, 40 }) {
			List<Map<String, Object>> rows = new ArrayList<>();
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < length; i++) {
				rows.add(Map.of("from", "nobody-" + i, "to", "no-letter", "properties", Map.of(), "firstSaid", Map.of(),
						"sources", List.of()));
				ids.add("nobody-" + i);
			}
			try (var session = this.driver.session(); var tx = session.beginTransaction()) {
				assertThat(tx.run(link, Map.of("batch", Map.of("rows", rows), "by", "test", "at", AT))
					.single()
					.get("written")
					.asLong()).isZero();
				hits.add(cache.hitFor("onePlanServesEveryLengthOfTheLists", "written"));
				assertThat(tx.run(existing, Map.of("batch", Map.of("ids", ids, "prefixes", ids))).list()).isEmpty();
				hits.add(cache.hitFor("onePlanServesEveryLengthOfTheLists", "label"));
				tx.rollback();
			}
		}
	}

	/** The latest statements with a given line, as the database saw them: whether their plan came from its cache. */
	static final class QueryCache implements org.neo4j.kernel.impl.query.QueryExecutionMonitor {

		private final java.util.concurrent.BlockingQueue<String[]> seen = new java.util.concurrent.LinkedBlockingQueue<>();

		@Override
		public void startProcessing(org.neo4j.kernel.api.query.ExecutingQuery query) {
		}

		@Override
		public void startExecution(org.neo4j.kernel.api.query.ExecutingQuery query) {
		}

		@Override
		public void endFailure(org.neo4j.kernel.api.query.ExecutingQuery query, Throwable failure) {
		}

		@Override
		public void endFailure(org.neo4j.kernel.api.query.ExecutingQuery query, String reason,
				org.neo4j.kernel.api.exceptions.Status status, org.neo4j.gqlstatus.ErrorGqlStatusObject gqlStatus) {
		}

		@Override
		public void endSuccess(org.neo4j.kernel.api.query.ExecutingQuery query) {
			var snapshot = query.snapshot();
			this.seen.add(new String[] { snapshot.rawQueryText(), String.valueOf(
					snapshot.executableQueryCacheUsage().map(usage -> usage.isCacheHit()).orElse(false)) });
		}

		/** Whether the next finished statement holding both texts found its plan in the cache (waits for it). */
		boolean hitFor(String marker, String column) {
			try {
				for (String[] next = this.seen.poll(10, java.util.concurrent.TimeUnit.SECONDS); next != null;
						next = this.seen.poll(10, java.util.concurrent.TimeUnit.SECONDS)) {
					if (next[0].contains(marker) && next[0].contains(column)) {
						return Boolean.parseBoolean(next[1]);
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			throw new AssertionError("the database reported no statement returning " + column);
		}
	}

	/** Every node found by its unique id ({@code seeks} lookups), and nothing chosen from the statistics. */
	private static void assertUniqueSeeksOnly(String what, String plan, int seeks) {
		long found = plan.lines().filter(line -> operator(line).startsWith("NodeUniqueIndexSeek")).count();
		assertThat(found).as("unique id lookups in %s:%n%s", what, plan).isEqualTo(seeks);
		assertNoneOf(what, plan, Set.of("NodeByLabelScan"));
	}

	private static void assertNoneOf(String what, String plan, Set<String> alsoRefused) {
		List<String> refused = new ArrayList<>();
		plan.lines().map(KeptPlansTest::operator).filter(op -> STATISTICAL.contains(op) || alsoRefused.contains(op))
			.forEach(refused::add);
		assertThat(refused).as("operators chosen from statistics in %s:%n%s", what, plan).isEmpty();
	}

	private static String operator(String line) {
		String op = line.strip();
		op = op.startsWith("+") ? op.substring(1) : op;
		int space = op.indexOf(' ');
		return (space < 0) ? op : op.substring(0, space);
	}

	/** The statements under cypher/queries that carry the mark, by name. */
	private static Set<String> marked() throws IOException {
		Path root = Path.of("cypher/queries");
		Set<String> names = new TreeSet<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".cypher")).toList()) {
				if (Files.readAllLines(file).stream().anyMatch(line -> line.strip().equals(MARK))) {
					String name = root.relativize(file).toString().replace('\\', '/');
					names.add(name.substring(0, name.length() - ".cypher".length()));
				}
			}
		}
		return names;
	}

	private String explain(String cypher, Map<String, Object> parameters) {
		assertThat(cypher).as("the statement keeps its plan").contains(MARK);
		try (var session = this.driver.session()) {
			Plan plan = session.run("EXPLAIN " + cypher, parameters).consume().plan();
			StringBuilder text = new StringBuilder();
			append(text, plan, 0);
			return text.toString();
		}
	}

	private static void append(StringBuilder text, Plan plan, int depth) {
		text.append("  ".repeat(depth)).append('+').append(plan.operatorType().replaceAll("@.*$", ""));
		org.neo4j.driver.Value details = plan.arguments().get("Details");
		if (details != null && !details.isNull()) {
			text.append("  ").append(details.asString());
		}
		text.append('\n');
		for (Plan child : plan.children()) {
			append(text, child, depth + 1);
		}
	}

	private static void keep(String query, String plan) throws IOException {
		Path file = Path.of("cypher/queries/" + query + ".plan.txt");
		if (WRITE) {
			Files.writeString(file, "EXPLAIN of " + query + ".cypher on the bundled dataset, filled as in "
					+ KeptPlansTest.class.getSimpleName() + " (written with -Dlettergraph.write-plans=true). The"
					+ " statement keeps its first plan (" + MARK + "): the test checks that no statistics can change"
					+ " it.\n\n" + plan);
		}
		assertThat(file).as("the plan kept beside " + query).exists();
	}
}
