package org.lettergraph.letter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lettergraph.actor.ActorKind;
import org.lettergraph.graph.Composer;
import org.lettergraph.graph.Direction;
import org.lettergraph.graph.Fragment;
import org.lettergraph.graph.IntRange;
import org.lettergraph.graph.Rows;
import org.lettergraph.support.GraphQlTestSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plans of the analysts' statements on the bundled graph, with filters of the kind the README shows: that each
 * starts from an index (or the count store) where it can, and that the plan kept beside each query in
 * {@code cypher/queries/} ({@code *.plan.txt}) exists. Run with {@code -Dlettergraph.write-plans=true} to write those
 * files again after changing a query.
 */
@GraphQlTestSupport
class QueryPlansTest {

	private static final boolean WRITE = Boolean.getBoolean("lettergraph.write-plans");

	@Autowired
	Rows rows;

	private static final LetterWhere ABOUT_287G_2021 = new LetterWhere(null, "program:287g", null,
			LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));

	@Test
	void lettersPageSeeksTheSortKeyIndexWithTheNewFilters() throws IOException {
		Composer composer = this.rows.composer();
		LetterWhere where = new LetterWhere(null, null, null, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31),
				"287", null, new IntRange(2, null), null, List.of("org:american-civil-liberties-union"), null,
				ActorKind.LAWMAKER, null, null, null, null);
		String plan = plan("letters/page", Map.of("WHERE", LetterConditions.of(where, composer)),
				Map.of("upper", "2022-01-01", "lower", "2021-01-01", "limit", 21));
		assertThat(plan).contains("NodeIndexSeekByRange").contains("l:Letter(sortKey)").contains("getDegree");
	}

	@Test
	void orderedLettersAndCounts() throws IOException {
		Composer composer = this.rows.composer();
		Fragment filter = LetterConditions.of(ABOUT_287G_2021, composer);
		Fragment order = composer.of("letters/order/signer-count", Map.of()).ordered(true);
		assertThat(plan("letters/page-ordered", Map.of("WHERE", filter, "ORDER", order),
				Map.of("skip", 0, "limit", 21))).contains("getDegree");
		Composer counting = this.rows.composer();
		// Filled as LetterRepository.count fills it: the program is the match's, not checked again per letter.
		assertThat(plan("letters/count-concerning",
				Map.of("WHERE", LetterConditions.of(LetterConditions.withoutConcerns(ABOUT_287G_2021), counting)),
				Map.of("concerns", "program:287g")))
			.contains("NodeUniqueIndexSeek")
			.doesNotContain("SemiApply");
		plan("letters/count", Map.of("WHERE", LetterConditions.of(ABOUT_287G_2021, this.rows.composer())), Map.of());
	}

	@Test
	void actorsOrderedByLettersSignedInAYearAboutAProgram() throws IOException {
		Composer composer = this.rows.composer();
		ActorWhere where = new ActorWhere(null, ActorKind.ORGANIZATION, null, null, null, null, null,
				new ActorWhere.Participating(ABOUT_287G_2021, null, List.of(Role.LEAD, Role.SIGNER), null), null, null,
				null, null);
		assertThat(ActorConditions.startsFromLetters(where)).isTrue();
		Fragment head = ActorConditions.actors(where, composer);
		Fragment order = ActorConditions.order(List.of(new ActorOrder(ActorOrder.Field.LETTER_COUNT, Direction.DESC)),
				where, composer, true);
		String plan = plan("actors/page", Map.of("ACTORS", head, "ORDER", order), Map.of("skip", 0, "limit", 21));
		// It starts from the year's letters (the date index), not from every organization, and counts the letters
		// on the way instead of once more per organization.
		assertThat(plan).contains("Letter(date)").contains("lettersWithin").doesNotContain("NodeByLabelScan");
		assertThat(plan("actors/count", Map.of("ACTORS", ActorConditions.actors(where, this.rows.composer())),
				Map.of())).contains("Letter(date)");
		// Both asked for: the same head once, the page cut from the ordered list.
		Composer both = this.rows.composer();
		assertThat(plan("actors/page-counted", Map.of("ACTORS", ActorConditions.actors(where, both), "ORDER",
				ActorConditions.order(List.of(new ActorOrder(ActorOrder.Field.LETTER_COUNT, Direction.DESC)), where,
						both, true)),
				Map.of("skip", 0, "limit", 21))).contains("Letter(date)").doesNotContain("NodeByLabelScan");
	}

	@Test
	void pagedLettersOfActorsProgramsAndSourcesStartFromTheirOwner() throws IOException {
		Composer composer = this.rows.composer();
		ActorWhere.Participating everyLetter = new ActorWhere.Participating(null, null, null, null);
		Map<String, Fragment> slots = LetterPages.withTotal(ActorConditions.participation(everyLetter, composer),
				composer);
		List<LetterPages.ActorLetters> pages = List.of(
				new LetterPages.ActorLetters("org:american-civil-liberties-union", everyLetter, 0, 20));
		// The total from the count store; the walk newest first on the sortKey index, each letter checked against
		// the actor, cut as soon as the page is full; the other way, the actor's edges with a top-n.
		assertThat(plan("letters/actor-letter-pages", slots, LetterPages.actorParameters(pages, everyLetter, 1.0)))
			.contains("NodeUniqueIndexSeek")
			.contains("NodeCountFromCountStore")
			.contains("getDegree")
			.contains("NodeIndexSeekByRange  RANGE INDEX l:Letter(sortKey)")
			.contains("Expand(Into)")
			.contains("PartialTop");
		assertThat(plan("letters/program-letter-pages", Map.of(),
				Map.of("pages", List.of(Map.of("id", "program:287g", "skip", 0, "limit", 21)))))
			.contains("NodeUniqueIndexSeek")
			.contains("getDegree");
		assertThat(plan("letters/source-letter-pages", Map.of(),
				Map.of("pages", List.of(Map.of("id", "source:none", "skip", 0, "limit", 21)))))
			.contains("NodeUniqueIndexSeek");
		assertThat(plan("graph/list-sizes", Map.of(), Map.of())).contains("getDegree");
	}

	@Test
	void aggregatesAndGroups() throws IOException {
		assertThat(plan("letters/aggregate", Map.of("LETTERS", Aggregates.letters(ABOUT_287G_2021, this.rows.composer())),
				Map.of())).contains("getDegree").contains("Letter(date)");
		// A program without dates: its letters, from the program.
		LetterWhere about287g = new LetterWhere(null, "program:287g", null, null, null);
		assertThat(plan("letters/group-by-year", Map.of("LETTERS", Aggregates.letters(about287g, this.rows.composer())),
				Map.of())).contains("NodeUniqueIndexSeek").doesNotContain("NodeByLabelScan");
		// Both asked for: the program's letters read once, each checked for nothing more (the match holds the
		// program: no seek of it per letter).
		assertThat(plan("letters/aggregate-by-year",
				Map.of("LETTERS", Aggregates.letters(about287g, this.rows.composer())), Map.of()))
			.contains("getDegree")
			.doesNotContain("NodeByLabelScan")
			.doesNotContain("SemiApply");
		plan("letters/group-by-program", Map.of("LETTERS", Aggregates.letters(ABOUT_287G_2021, this.rows.composer())),
				Map.of());
		Composer composer = this.rows.composer();
		ActorWhere lawmakers = new ActorWhere(null, ActorKind.LAWMAKER, null, null, null, null, null,
				new ActorWhere.Participating(ABOUT_287G_2021, null, null, null), null, null, null, null);
		Map<String, Fragment> slots = new java.util.HashMap<>(ActorConditions.participation(lawmakers.letters(),
				composer));
		// Lawmakers are few: the list checks each one rather than every signature of the letters.
		assertThat(ActorConditions.startsFromLetters(lawmakers)).isFalse();
		slots.put("ACTORS", ActorConditions.actors(lawmakers, composer));
		assertThat(plan("actors/aggregate", slots, Map.of())).contains("ByLabel");
		assertThat(plan("actors/group-by-role", slots, Map.of())).contains("IndexSeek");
		Composer grouping = this.rows.composer();
		assertThat(plan("actors/group-by", Map.of("ACTORS", ActorConditions.actors(lawmakers, grouping), "KEY",
				grouping.of("actors/group/party", Map.of())), Map.of())).contains("a.party");
	}

	@Test
	void networkMeasuresAndTheNetworksListsAPageAtATime() throws IOException {
		Composer composer = this.rows.composer();
		ActorWhere since2021 = new ActorWhere(null, ActorKind.ORGANIZATION, null, null, null, null, null,
				new ActorWhere.Participating(new LetterWhere(null, null, null, LocalDate.of(2021, 1, 1), null), null,
						null, null),
				null, null, null, null);
		List<ActorOrder> byPageRank = List.of(new ActorOrder(ActorOrder.Field.PAGE_RANK, Direction.DESC),
				new ActorOrder(ActorOrder.Field.DEGREE, Direction.DESC));
		String graph = "plan-only";
		Map<String, Fragment> scored = Map.of("PROJECT",
				NetworkMeasures.project(ActorConditions.window(since2021), graph, composer), "MEASURES",
				NetworkMeasures.measures(List.of(NetworkMeasures.Measure.PAGE_RANK), graph, composer), "ACTORS",
				ActorConditions.actors(since2021, composer), "ORDER",
				ActorConditions.order(byPageRank, since2021, composer, false));
		assertThat(plan("actors/page-scored", scored, Map.of("skip", 0, "limit", 11, "graph", graph)))
			.contains("ProcedureCall")
			.contains("Letter(date)");
		Composer measures = this.rows.composer();
		Map<String, Fragment> centrality = Map.of("PROJECT",
				NetworkMeasures.project(ABOUT_287G_2021, graph, measures), "MEASURES",
				NetworkMeasures.measures(List.of(NetworkMeasures.Measure.PAGE_RANK, NetworkMeasures.Measure.BETWEENNESS),
						graph, measures));
		assertThat(plan("network/centrality", centrality,
				Map.of("ids", List.of("org:american-civil-liberties-union"), "graph", graph))).contains("ProcedureCall");
		assertThat(plan("network/degrees",
				Map.of("LETTER", NetworkMeasures.window(ABOUT_287G_2021, this.rows.composer())),
				Map.of("ids", List.of("org:american-civil-liberties-union")))).contains("NodeUniqueIndexSeek");
		Map<String, Object> network = new java.util.HashMap<>(ABOUT_287G_2021.parameters());
		network.putAll(Map.of("fromYear", 2019, "toYear", 2024, "minShared", 1, "limit", 501));
		assertThat(plan("network/co-signature-network-by-year", Map.of(), network)).contains("Letter(date)");
		String aclu = "org:american-civil-liberties-union";
		assertThat(plan("network/co-signer-count", Map.of(), Map.of("actorId", aclu, "minShared", 1)))
			.contains("NodeUniqueIndexSeek");
		String letter = "letter:2024-11-15-act-now-to-protect-immigrant-communities";
		assertThat(plan("network/common-signers", Map.of(),
				Map.of("letterIds", List.of(letter), "skip", 0, "limit", 21))).contains("NodeUniqueIndexSeek");
		assertThat(plan("network/signed-but-not", Map.of(),
				Map.of("signed", letter, "notSigned", letter, "skip", 0, "limit", 21))).contains("NodeUniqueIndexSeek");
		assertThat(plan("network/similar-actors", Map.of(),
				Map.of("actorId", aclu, "skip", 0, "limit", 21, "graph", graph))).contains("NodeUniqueIndexSeek");
		// Blocs of pairs counted in the co-signature index: the fingerprint from the count store, each actor by its id.
		assertThat(plan("network/blocs-of-pairs", Map.of(),
				Map.of("actors", List.of(aclu, "org:detention-watch-network"), "sources", List.of(0), "targets",
						List.of(1), "shared", List.of(1), "fingerprint", List.of(0, 0, 0, 0), "limit", 20, "graph",
						graph)))
			.contains("NodeUniqueIndexSeek")
			.contains("RelationshipCountFromCountStore")
			.contains("gds.leiden.stream");
	}

	@Test
	void theShortestPathChecksEachRelationshipsRoleOnlyWhenTheRolesAskedNeedIt() throws IOException {
		Map<String, Object> ends = Map.of("from", "org:american-civil-liberties-union", "to",
				"org:detention-watch-network", "maxHops", 4);
		// The default roles take every role of SIGNED and ENDORSED: the slot is true, and nothing is checked.
		String every = plan("network/shortest-path",
				Map.of("TYPES", Fragment.types(List.of("SIGNED", "ENDORSED")), "ROLES", Fragment.TRUE), ends);
		// Leads only: each SIGNED relationship is checked for its role on the way.
		String leads = this.rows.explain("network/shortest-path", Map.of("TYPES", Fragment.types(List.of("SIGNED")),
				"ROLES", this.rows.composer().of("network/shortest-path-roles", Map.of("roles", List.of("LEAD")))), ends);
		assertThat(shortestPathLine(every)).endsWith("p = (a)-[anon_0:SIGNED|ENDORSED*..10]-(b)  (est. 1 rows)");
		assertThat(shortestPathLine(leads)).contains("p = (a)-[anon_0:SIGNED*..10]-(b) WHERE all(r IN relationships(p)");
		// A path the co-signature index found, read back: each node by its unique id, each signature between two
		// nodes already found, the fingerprint from the count store; nothing scanned. And when it found none, the ends.
		String indexed = plan("network/shortest-path-indexed", Map.of(),
				Map.of("actors", List.of("org:american-civil-liberties-union", "org:detention-watch-network"),
						"letters", List.of("letter:any")));
		String noPath = plan("network/shortest-path-ends", Map.of(), ends);
		for (String plan : List.of(indexed, noPath)) {
			assertThat(plan).contains("NodeUniqueIndexSeek")
				.contains("RelationshipCountFromCountStore")
				.doesNotContain("NodeByLabelScan")
				.doesNotContain("AllNodesScan")
				.doesNotContain("ShortestPath");
		}
	}

	private static String shortestPathLine(String plan) {
		return plan.lines().filter(line -> line.strip().startsWith("+ShortestPath")).findFirst().orElseThrow();
	}

	private String plan(String query, Map<String, Fragment> slots, Map<String, Object> parameters) throws IOException {
		String plan = this.rows.explain(query, slots, parameters);
		Path file = Path.of("cypher/queries/" + query + ".plan.txt");
		if (WRITE) {
			Files.writeString(file, "EXPLAIN of " + query + ".cypher on the bundled dataset, filled as in "
					+ getClass().getSimpleName() + " (written with -Dlettergraph.write-plans=true).\n\n" + plan);
		}
		assertThat(file).as("the plan kept beside " + query).exists();
		return plan;
	}
}
