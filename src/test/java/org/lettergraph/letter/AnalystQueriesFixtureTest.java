package org.lettergraph.letter;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.bench.StatementCounter;
import org.lettergraph.ingest.LetterWriter;
import org.lettergraph.ingest.ReferenceWriter;
import org.lettergraph.support.FixtureGraphTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lettergraph.letter.AnalystFixture.ANA;
import static org.lettergraph.letter.AnalystFixture.BEN;
import static org.lettergraph.letter.AnalystFixture.CARA;
import static org.lettergraph.letter.AnalystFixture.EAST;
import static org.lettergraph.letter.AnalystFixture.NORTH;
import static org.lettergraph.letter.AnalystFixture.SEC;
import static org.lettergraph.letter.AnalystFixture.SOUTH;
import static org.lettergraph.letter.AnalystFixture.WEST;

/**
 * {@code actors(where, orderBy)} and the new {@code letters} filters and orders, on {@link AnalystFixture}, whose
 * answers are worked out by hand there.
 */
@FixtureGraphTestSupport
class AnalystQueriesFixtureTest {

	private static final String ORGS_287_2021 = "{kind: ORGANIZATION, letters: {roles: [LEAD, SIGNER], where: "
			+ "{concerns: \"program:p287\", from: \"2021-01-01\", to: \"2021-12-31\"}}}";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter statements;

	@Autowired
	Neo4jClient client;

	@Autowired
	ReferenceWriter references;

	@Autowired
	LetterWriter letters;

	/** Written once for this class: its tests only read (other classes sharing the context write their own). */
	private static boolean written;

	@BeforeEach
	void writeFixture() {
		if (!written) {
			AnalystFixture.write(this.client, this.references, this.letters);
			written = true;
		}
	}

	// actors: filters

	@Test
	void actorsByKindComeInNameOrderWithTheirCount() {
		var response = actors("{kind: ORGANIZATION}", null);
		response.path("actors.edges[*].node.id").entityList(String.class).containsExactly(EAST, NORTH, SOUTH, WEST);
		response.path("actors.totalCount").entity(Integer.class).isEqualTo(4);
		assertThat(ids(actors(null, null))).containsExactly(ANA, BEN, CARA, EAST, NORTH, SEC, SOUTH, WEST);
	}

	@Test
	void actorsByNameOrAliasIgnoringCase() {
		assertThat(ids(actors("{name: {contains: \"ALLI\"}}", null))).containsExactly(NORTH);
		assertThat(ids(actors("{name: {equals: \"na\"}}", null))).containsExactly(NORTH);
		assertThat(ids(actors("{name: {startsWith: \"we\"}}", null))).containsExactly(WEST);
		assertThat(ids(actors("{name: {contains: \"alvar\"}}", null))).containsExactly(ANA);
		assertThat(ids(actors("{name: {equals: \"North\"}}", null))).isEmpty();
	}

	@Test
	void actorsByPartyStateChamberAndCategory() {
		assertThat(ids(actors("{party: \"democrat\"}", null))).containsExactly(ANA, CARA);
		assertThat(ids(actors("{state: \"tx\"}", null))).containsExactly(BEN);
		assertThat(ids(actors("{chamber: SENATE}", null))).containsExactly(BEN);
		assertThat(ids(actors("{category: \"advocacy\"}", null))).containsExactly(EAST, NORTH);
	}

	@Test
	void lawmakersWhoSignedALetterAboutAProgram() {
		assertThat(ids(actors("{kind: LAWMAKER, letters: {where: {concerns: \"program:p287\"}}}", null)))
			.containsExactly(ANA, CARA);
		assertThat(ids(actors("{kind: LAWMAKER, party: \"Democrat\", letters: {role: LEAD}}", null)))
			.containsExactly(ANA);
		// The secretary received letters but signed none.
		assertThat(ids(actors("{letters: {role: ADDRESSEE}}", null))).containsExactly(SEC);
		assertThat(ids(actors("{kind: ORGANIZATION, letters: {role: ENDORSER}}", null))).containsExactly(NORTH, WEST);
	}

	@Test
	void actorsByLetterCountAndByHowManyMatchingLetters() {
		assertThat(ids(actors("{letterCount: {gte: 3}}", null))).containsExactly(NORTH);
		assertThat(ids(actors("{letterCount: {lte: 0}}", null))).containsExactly(BEN, SEC);
		assertThat(ids(actors("{letterCount: {gte: 1, lte: 1}}", null))).containsExactly(ANA, CARA);
		String signed287 = "{letters: {roles: [LEAD, SIGNER], where: {concerns: \"program:p287\"}, count: %s}}";
		assertThat(ids(actors(signed287.formatted("{gte: 2}"), null))).containsExactly(EAST, NORTH);
		assertThat(ids(actors(signed287.formatted("{gte: 2, lte: 2}"), null))).containsExactly(EAST);
	}

	@Test
	void actorFiltersCombineWithAndOrNot() {
		assertThat(ids(actors("{OR: [{party: \"Republican\"}, {category: \"COALITION\"}]}", null)))
			.containsExactly(BEN, SOUTH);
		assertThat(ids(actors("{NOT: {kind: ORGANIZATION}}", null))).containsExactly(ANA, BEN, CARA, SEC);
		assertThat(ids(actors("{AND: [{kind: LAWMAKER}, {NOT: {state: \"IL\"}}]}", null))).containsExactly(BEN, CARA);
		// A letter filter inside combines the same way.
		assertThat(ids(actors("{kind: ORGANIZATION, letters: {where: {OR: [{signedByKind: LAWMAKER}, "
				+ "{titleContains: \"camps\"}]}}}", null)))
			.containsExactly(NORTH, SOUTH, WEST);
	}

	// actors: order

	@Test
	void organizationsOrderedByLettersSignedInAYearAboutAProgram() {
		// Signed in 2021 about p287: f1 (north, south, east), f2 (ana, cara), f5 (west, north).
		var response = actors(ORGS_287_2021, "[{field: LETTER_COUNT, direction: DESC}]");
		response.path("actors.edges[*].node.id").entityList(String.class).containsExactly(NORTH, EAST, SOUTH, WEST);
		response.path("actors.totalCount").entity(Integer.class).isEqualTo(4);
		// In any role, north also endorsed f2, and west endorsed f2 as well as leading f5.
		assertThat(ids(actors("{kind: ORGANIZATION, letters: {where: {concerns: \"program:p287\", "
				+ "from: \"2021-01-01\", to: \"2021-12-31\"}}}", "[{field: LETTER_COUNT, direction: DESC}]")))
			.containsExactly(NORTH, WEST, EAST, SOUTH);
	}

	@Test
	void aListThatStartsFromLettersReadsItsPageAndTotalInOneStatement() {
		String order = "[{field: LETTER_COUNT, direction: DESC}]";
		this.statements.reset();
		var first = actorsPage(ORGS_287_2021, order, 2, null);
		assertThat(this.statements.takeCount()).as("page and total together").isEqualTo(1);
		first.path("actors.edges[*].node.id").entityList(String.class).containsExactly(NORTH, EAST);
		first.path("actors.edges[*].node.name").entityList(String.class)
			.containsExactly("North Alliance", "East Legal Aid");
		first.path("actors.totalCount").entity(Integer.class).isEqualTo(4);
		first.path("actors.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String end = first.path("actors.pageInfo.endCursor").entity(String.class).get();
		var second = actorsPage(ORGS_287_2021, order, 2, end);
		second.path("actors.edges[*].node.id").entityList(String.class).containsExactly(SOUTH, WEST);
		second.path("actors.totalCount").entity(Integer.class).isEqualTo(4);
		second.path("actors.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		var past = actorsPage(ORGS_287_2021, order, 2,
				second.path("actors.pageInfo.endCursor").entity(String.class).get());
		past.path("actors.edges").entityList(Object.class).hasSize(0);
		past.path("actors.totalCount").entity(Integer.class).isEqualTo(4);
		// Asked apart, the page and the total are a statement each, with the same answers.
		this.statements.reset();
		this.graphQl.document("{ actors(where: " + ORGS_287_2021 + ", orderBy: " + order + ", first: 2) { totalCount } }")
			.execute()
			.path("actors.totalCount")
			.entity(Integer.class)
			.isEqualTo(4);
		assertThat(this.statements.takeCount()).isEqualTo(1);
		assertThat(this.graphQl
			.document("{ actors(where: " + ORGS_287_2021 + ", orderBy: " + order + ", first: 2) { edges { node { id } } } }")
			.execute()
			.path("actors.edges[*].node.id")
			.entityList(String.class)
			.get()).containsExactly(NORTH, EAST);
		assertThat(this.statements.takeCount()).isEqualTo(1);
		// Nothing matches: no page, a total of 0.
		var none = actorsPage("{kind: ORGANIZATION, letters: {where: {concerns: \"program:p287\", from: \"2030-01-01\"}}}",
				order, 2, null);
		none.path("actors.edges").entityList(Object.class).hasSize(0);
		none.path("actors.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void actorsOrderedByLettersSignedAndByNameBreakTiesById() {
		assertThat(ids(actors("{kind: ORGANIZATION}", "[{field: LETTER_COUNT, direction: DESC}]")))
			.containsExactly(NORTH, EAST, SOUTH, WEST);
		assertThat(ids(actors("{kind: ORGANIZATION}", "[{field: LETTER_COUNT}, {field: NAME, direction: DESC}]")))
			.containsExactly(WEST, SOUTH, EAST, NORTH);
		assertThat(ids(actors("{kind: LAWMAKER}", "[{field: NAME, direction: DESC}]"))).containsExactly(CARA, BEN,
				ANA);
	}

	@Test
	void actorsOrderedByFirstAndLastLetterDateWithoutALetterLast() {
		assertThat(ids(actors("{kind: ORGANIZATION}", "[{field: FIRST_LETTER_DATE}]")))
			.containsExactly(EAST, NORTH, SOUTH, WEST);
		assertThat(ids(actors("{kind: ORGANIZATION}", "[{field: LAST_LETTER_DATE, direction: DESC}]")))
			.containsExactly(NORTH, SOUTH, WEST, EAST);
		assertThat(ids(actors("{kind: LAWMAKER}", "[{field: FIRST_LETTER_DATE, direction: DESC}]")))
			.containsExactly(ANA, CARA, BEN);
		assertThat(ids(actors("{kind: LAWMAKER}", "[{field: FIRST_LETTER_DATE}]"))).containsExactly(ANA, CARA, BEN);
	}

	// actors: paging

	@Test
	void actorsPageWithoutGapsOrRepeatsAndPastTheEndIsEmpty() {
		String order = "[{field: LETTER_COUNT, direction: DESC}]";
		var first = actorsPage("{kind: ORGANIZATION}", order, 3, null);
		first.path("actors.edges[*].node.id").entityList(String.class).containsExactly(NORTH, EAST, SOUTH);
		first.path("actors.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String end = first.path("actors.pageInfo.endCursor").entity(String.class).get();
		var second = actorsPage("{kind: ORGANIZATION}", order, 3, end);
		second.path("actors.edges[*].node.id").entityList(String.class).containsExactly(WEST);
		second.path("actors.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		second.path("actors.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		String last = second.path("actors.pageInfo.endCursor").entity(String.class).get();
		var past = actorsPage("{kind: ORGANIZATION}", order, 3, last);
		past.path("actors.edges").entityList(Object.class).hasSize(0);
		past.path("actors.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		// The count is the filter's, whatever the page.
		past.path("actors.totalCount").entity(Integer.class).isEqualTo(4);
		// A cursor made for another order, or another list, or none at all, is refused.
		badRequest(actorsDocument("{kind: ORGANIZATION}", "[{field: NAME}]", 3, end), "Argument 'after'");
		badRequest(actorsDocument("{kind: ORGANIZATION}", order, 3, "bm90LWEtY3Vyc29y"), "Argument 'after'");
		String letterCursor = this.graphQl.document("{ letters(first: 1) { pageInfo { endCursor } } }")
			.execute()
			.path("letters.pageInfo.endCursor")
			.entity(String.class)
			.get();
		badRequest(actorsDocument("{kind: ORGANIZATION}", order, 3, letterCursor), "Argument 'after'");
	}

	@Test
	void badActorFiltersAreRefusedNamingTheArgument() {
		badRequest("{ actors(where: {AND: []}) { totalCount } }", "where.AND");
		badRequest("{ actors(where: {letterCount: {gte: 3, lte: 1}}) { totalCount } }", "where.letterCount");
		badRequest("{ actors(where: {letters: {where: {signerCount: {gte: 5, lte: 2}}}}) { totalCount } }",
				"where.letters.where.signerCount");
		badRequest("{ actors(where: {name: {contains: \"a\", equals: \"b\"}}) { totalCount } }", "where.name");
		badRequest("{ actors(orderBy: []) { totalCount } }", "orderBy");
		badRequest("{ actors(first: 101) { totalCount } }", "first");
		String deep = "{kind: ORGANIZATION}";
		for (int i = 0; i < 6; i++) {
			deep = "{AND: [" + deep + "]}";
		}
		badRequest("{ actors(where: " + deep + ") { totalCount } }", "nest more than 5");
		// Unknown enum values and fields are caught by the schema before anything runs.
		this.statements.reset();
		failsValidation("{ actors(where: {kind: ROBOT}) { totalCount } }");
		failsValidation("{ actors(orderBy: [{field: POPULARITY}]) { totalCount } }");
		failsValidation("{ actors(where: {height: 3}) { totalCount } }");
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void actorsCostOneStatementPerLevelHoweverManyActors() {
		String document = """
				query($first: Int) { actors(where: {kind: ORGANIZATION}, orderBy: [{field: LETTER_COUNT, direction: DESC}],
				  first: $first) { totalCount edges { node { id letterCount letters { role letter { id signers(first: 5) {
				  edges { node { id } } } } } } } } }""";
		this.statements.reset();
		this.graphQl.document(document).variable("first", 1).execute().path("actors.edges").entityList(Object.class)
			.hasSize(1);
		List<String> one = this.statements.statements();
		this.statements.reset();
		this.graphQl.document(document).variable("first", 4).execute().path("actors.edges").entityList(Object.class)
			.hasSize(4);
		List<String> four = this.statements.statements();
		// page, count, letter counts, participations, signers
		assertThat(one).hasSize(5);
		assertThat(four).as("statements for 4 actors %s against 1 %s", four, one).hasSameSizeAs(one);
	}

	// letters: the new filters and orders

	@Test
	void lettersByTitleAndAskIgnoringCase() {
		assertThat(letterIds("{titleContains: \"AGREEMENTS\"}", null)).containsExactly("letter:f1", "letter:f4");
		assertThat(letterIds("{askContains: \"Halt\"}", null)).containsExactly("letter:f2");
		assertThat(letterIds("{askContains: \"phase\"}", null)).containsExactly("letter:f3");
	}

	@Test
	void lettersBySignerCountAndBySigners() {
		assertThat(letterIds("{signerCount: {gte: 3}}", null)).containsExactly("letter:f3", "letter:f1");
		assertThat(letterIds("{signerCount: {lte: 2}}", null)).containsExactly("letter:f5", "letter:f2", "letter:f4");
		assertThat(letterIds("{signedByAll: [\"org:north\", \"org:south\"]}", null)).containsExactly("letter:f3",
				"letter:f1");
		assertThat(letterIds("{signedByAny: [\"" + ANA + "\", \"org:west\"]}", null)).containsExactly("letter:f3",
				"letter:f5", "letter:f2");
		// north endorsed f2 but did not sign it.
		assertThat(letterIds("{signedByNone: [\"org:north\"]}", null)).containsExactly("letter:f2");
		assertThat(letterIds("{signedByKind: LAWMAKER}", null)).containsExactly("letter:f2");
		assertThat(letterIds("{signedByKind: OFFICIAL}", null)).isEmpty();
	}

	@Test
	void letterFiltersCombineWithAndOrNotAndTheFiveOriginalFiltersStillWork() {
		assertThat(letterIds("{OR: [{signedByKind: LAWMAKER}, {titleContains: \"camps\"}]}", null))
			.containsExactly("letter:f3", "letter:f2");
		assertThat(letterIds("{NOT: {concerns: \"program:p287\"}}", null)).containsExactly("letter:f3");
		assertThat(letterIds("{AND: [{concerns: \"program:p287\"}, {from: \"2021-01-01\"}]}", null))
			.containsExactly("letter:f5", "letter:f2", "letter:f1");
		assertThat(letterIds("{addressedTo: \"" + SEC + "\", participant: \"org:west\"}", null))
			.containsExactly("letter:f2");
		this.graphQl.document("{ letters(where: {concerns: \"program:p287\", NOT: {signedByAny: [\"org:east\"]}}) "
				+ "{ totalCount } }").execute().path("letters.totalCount").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void lettersOrderedBySignerCountTitleAndDateBreakTiesNewestFirst() {
		assertThat(letterIds(null, "[{field: SIGNER_COUNT, direction: DESC}]")).containsExactly("letter:f3",
				"letter:f1", "letter:f5", "letter:f2", "letter:f4");
		assertThat(letterIds(null, "[{field: TITLE}]")).containsExactly("letter:f4", "letter:f3", "letter:f1",
				"letter:f2", "letter:f5");
		assertThat(letterIds(null, "[{field: DATE}]")).containsExactly("letter:f4", "letter:f1", "letter:f2",
				"letter:f5", "letter:f3");
		assertThat(letterIds(null, "[{field: DATE, direction: DESC}]")).containsExactly("letter:f3", "letter:f5",
				"letter:f2", "letter:f1", "letter:f4");
		assertThat(letterIds("{concerns: \"program:p287\"}", "[{field: SIGNER_COUNT}, {field: TITLE}]"))
			.containsExactly("letter:f4", "letter:f2", "letter:f5", "letter:f1");
	}

	@Test
	void orderedLettersPageByPosition() {
		String document = """
				query($after: String) { letters(orderBy: [{field: SIGNER_COUNT, direction: DESC}], first: 2, after: $after) {
				  totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }""";
		var one = this.graphQl.document(document).execute();
		one.path("letters.edges[*].node.id").entityList(String.class).containsExactly("letter:f3", "letter:f1");
		var two = this.graphQl.document(document)
			.variable("after", one.path("letters.pageInfo.endCursor").entity(String.class).get())
			.execute();
		two.path("letters.edges[*].node.id").entityList(String.class).containsExactly("letter:f5", "letter:f2");
		var three = this.graphQl.document(document)
			.variable("after", two.path("letters.pageInfo.endCursor").entity(String.class).get())
			.execute();
		three.path("letters.edges[*].node.id").entityList(String.class).containsExactly("letter:f4");
		three.path("letters.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		three.path("letters.totalCount").entity(Integer.class).isEqualTo(5);
		// A newest-first cursor does not page an ordered list.
		String newest = this.graphQl.document("{ letters(first: 1) { pageInfo { endCursor } } }")
			.execute()
			.path("letters.pageInfo.endCursor")
			.entity(String.class)
			.get();
		this.graphQl.document(document).variable("after", newest).execute().errors()
			.expect(e -> e.getMessage().contains("Argument 'after'")).verify();
	}

	@Test
	void badLetterFiltersAreRefusedNamingTheArgument() {
		badRequest("{ letters(where: {OR: []}) { totalCount } }", "where.OR");
		badRequest("{ letters(where: {signedByAll: []}) { totalCount } }", "where.signedByAll");
		badRequest("{ letters(where: {AND: [{signerCount: {gte: 4, lte: 1}}]}) { totalCount } }",
				"where.AND[0].signerCount");
		badRequest("{ letters(where: {signerCount: {}}) { totalCount } }", "where.signerCount");
		badRequest("{ letters(orderBy: []) { totalCount } }", "orderBy");
		failsValidation("{ letters(orderBy: [{field: POPULARITY}]) { totalCount } }");
		failsValidation("{ letters(where: {signedByKind: ROBOT}) { totalCount } }");
		// Lists that take only the five original filters refuse the others instead of ignoring them.
		badRequest("{ coSignatureNetwork(where: {titleContains: \"x\"}) { truncated } }", "titleContains");
	}

	@Test
	void newLetterFiltersCostOneStatementPerLevel() {
		String document = """
				query($first: Int) { letters(where: {OR: [{signedByKind: ORGANIZATION}, {signerCount: {gte: 1}}]},
				  orderBy: [{field: SIGNER_COUNT, direction: DESC}], first: $first) {
				  totalCount edges { node { id signers(first: 3) { edges { node { id letterCount } } } } } } }""";
		this.statements.reset();
		this.graphQl.document(document).variable("first", 1).execute().path("letters.edges").hasValue();
		int one = this.statements.takeCount();
		this.graphQl.document(document).variable("first", 5).execute().path("letters.edges").hasValue();
		int five = this.statements.takeCount();
		assertThat(one).isEqualTo(3);
		assertThat(five).isEqualTo(one);
	}

	// aggregate and groupBy

	@Test
	void letterAggregatesAndGroupsCountEveryLetterTheFilterKeeps() {
		var response = this.graphQl.document("""
				{ letters(where: {concerns: "program:p287"}, first: 1) { aggregate { count dateMin dateMax signatures }
				  groupBy(field: YEAR) { value count } } all: letters { groupBy(field: PROGRAM) { value count } } }""")
			.execute();
		response.path("letters.aggregate.count").entity(Integer.class).isEqualTo(4);
		response.path("letters.aggregate.dateMin").entity(String.class).isEqualTo("2020-11-11");
		response.path("letters.aggregate.dateMax").entity(String.class).isEqualTo("2021-12-31");
		response.path("letters.aggregate.signatures").entity(Integer.class).isEqualTo(9);
		response.path("letters.groupBy[*].value").entityList(String.class).containsExactly("2021", "2020");
		response.path("letters.groupBy[*].count").entityList(Integer.class).containsExactly(3, 1);
		response.path("all.groupBy[*].value").entityList(String.class).containsExactly("program:p287", "program:det");
		response.path("all.groupBy[*].count").entityList(Integer.class).containsExactly(4, 2);
		// Asked together they are one statement (letters/aggregate-by-year); apart, the same answers.
		this.statements.reset();
		this.graphQl.document("""
				{ letters(where: {concerns: "program:p287"}) { aggregate { signatures } groupBy(field: YEAR) { value } } }""")
			.execute()
			.path("letters.groupBy[*].value")
			.entityList(String.class)
			.containsExactly("2021", "2020");
		assertThat(this.statements.takeCount()).isEqualTo(1);
		this.graphQl.document("""
				{ letters(where: {concerns: "program:p287"}) { aggregate { count dateMin dateMax signatures } } }""")
			.execute()
			.path("letters.aggregate")
			.matchesJson("""
					{"count": 4, "dateMin": "2020-11-11", "dateMax": "2021-12-31", "signatures": 9}""");
		this.graphQl.document("{ letters(where: {concerns: \"program:p287\"}) { groupBy(field: YEAR) { value count } } }")
			.execute()
			.path("letters.groupBy[*].count")
			.entityList(Integer.class)
			.containsExactly(3, 1);
		assertThat(this.statements.takeCount()).isEqualTo(2);
		// With a group-by on another field too, each is read apart; with nothing kept, empty answers.
		var mixed = this.graphQl.document("""
				{ letters(where: {signerCount: {gte: 2}}) { aggregate { count } years: groupBy(field: YEAR) { value count }
				  programs: groupBy(field: PROGRAM) { value count } } }""").execute();
		mixed.path("letters.aggregate.count").entity(Integer.class).isEqualTo(5);
		mixed.path("letters.years[*].count").entityList(Integer.class).containsExactly(3, 1, 1);
		mixed.path("letters.programs[*].value").entityList(String.class).containsExactly("program:p287", "program:det");
		assertThat(this.statements.takeCount()).isEqualTo(3);
		var none = this.graphQl.document("""
				{ letters(where: {concerns: "program:p287", signerCount: {gte: 100}}) {
				  aggregate { count dateMin dateMax signatures } groupBy(field: YEAR) { value count } } }""").execute();
		none.path("letters.aggregate").matchesJson("""
				{"count": 0, "dateMin": null, "dateMax": null, "signatures": 0}""");
		none.path("letters.groupBy").entityList(Object.class).hasSize(0);
	}

	@Test
	void actorAggregatesAndGroups() {
		var orgs = this.graphQl.document("""
				{ actors(where: {kind: ORGANIZATION}, first: 1) { aggregate { count dateMin dateMax signatures }
				  groupBy(field: CATEGORY) { value count } } }""").execute();
		orgs.path("actors.aggregate.count").entity(Integer.class).isEqualTo(4);
		orgs.path("actors.aggregate.dateMin").entity(String.class).isEqualTo("2020-11-11");
		orgs.path("actors.aggregate.dateMax").entity(String.class).isEqualTo("2022-05-05");
		orgs.path("actors.aggregate.signatures").entity(Integer.class).isEqualTo(10);
		orgs.path("actors.groupBy[*].value").entityList(String.class).containsExactly("ADVOCACY", "COALITION", "FAITH");
		orgs.path("actors.groupBy[*].count").entityList(Integer.class).containsExactly(2, 1, 1);
		// A letter's signers by party; every actor by kind.
		this.graphQl.document("""
				{ actors(where: {letters: {roles: [LEAD, SIGNER], where: {ids: ["letter:f2"]}}}) {
				  groupBy(field: PARTY) { value count } } }""")
			.execute()
			.path("actors.groupBy[*].count")
			.entityList(Integer.class)
			.containsExactly(2);
		var kinds = this.graphQl.document("{ actors { groupBy(field: KIND) { value count } } }").execute();
		kinds.path("actors.groupBy[*].value").entityList(String.class).containsExactly("ORGANIZATION", "LAWMAKER",
				"OFFICIAL");
		kinds.path("actors.groupBy[*].count").entityList(Integer.class).containsExactly(4, 3, 1);
		var roles = this.graphQl.document("""
				{ actors(where: {kind: ORGANIZATION, letters: {where: {concerns: "program:p287"}}}) {
				  groupBy(field: ROLE) { value count } } }""").execute();
		roles.path("actors.groupBy[*].value").entityList(String.class).containsExactly("LEAD", "SIGNER", "ENDORSER");
		roles.path("actors.groupBy[*].count").entityList(Integer.class).containsExactly(3, 3, 2);
	}

	@Test
	void aggregatesCostOneStatementEachAndAreRefusedBelowTheTopLevel() {
		this.statements.reset();
		this.graphQl.document("""
				{ letters(where: {signerCount: {gte: 2}}) { aggregate { count } groupBy(field: YEAR) { count } } }""")
			.execute()
			.path("letters.aggregate.count")
			.entity(Integer.class)
			.isEqualTo(5);
		// the aggregate and the group-by by year, read together: no page is read when no edge (and no pageInfo) is
		// asked for
		assertThat(this.statements.count()).isEqualTo(1);
		this.statements.reset();
		this.graphQl.document("""
				{ actors(where: {kind: ORGANIZATION}) { totalCount groupBy(field: CATEGORY) { count } } }""")
			.execute()
			.path("actors.totalCount")
			.entity(Integer.class)
			.satisfies(total -> assertThat(total).isPositive());
		assertThat(this.statements.count()).isEqualTo(2);
		badRequest("{ program(id: \"program:p287\") { letterConnection { aggregate { count } } } }", "aggregate");
		failsValidation("{ letters { groupBy(field: COLOR) { count } } }");
	}

	// helpers

	private GraphQlTester.Response actors(String where, String orderBy) {
		return actorsPage(where, orderBy, 100, null);
	}

	private GraphQlTester.Response actorsPage(String where, String orderBy, int first, String after) {
		return this.graphQl.document(actorsDocument(where, orderBy, first, after)).execute();
	}

	private static String actorsDocument(String where, String orderBy, int first, String after) {
		StringBuilder arguments = new StringBuilder("first: " + first);
		if (where != null) {
			arguments.append(", where: ").append(where);
		}
		if (orderBy != null) {
			arguments.append(", orderBy: ").append(orderBy);
		}
		if (after != null) {
			arguments.append(", after: \"").append(after).append('"');
		}
		return "{ actors(" + arguments + ") { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } "
				+ "edges { cursor node { id name } } } }";
	}

	private static List<String> ids(GraphQlTester.Response response) {
		return response.path("actors.edges[*].node.id").entityList(String.class).get();
	}

	private List<String> letterIds(String where, String orderBy) {
		StringBuilder arguments = new StringBuilder("first: 100");
		if (where != null) {
			arguments.append(", where: ").append(where);
		}
		if (orderBy != null) {
			arguments.append(", orderBy: ").append(orderBy);
		}
		return this.graphQl.document("{ letters(" + arguments + ") { edges { node { id } } } }")
			.execute()
			.path("letters.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private void badRequest(String document, String mention) {
		this.graphQl.document(document)
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains(mention) && "BAD_REQUEST".equals(String.valueOf(e.getErrorType())))
			.verify();
	}

	private void failsValidation(String document) {
		this.graphQl.document(document)
			.execute()
			.errors()
			.expect(e -> "ValidationError".equals(String.valueOf(e.getErrorType()))
					|| String.valueOf(e.getErrorType()).contains("Validation"))
			.verify();
	}
}
