package org.lettergraph.network;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.bench.StatementCounter;
import org.lettergraph.support.FixtureGraphTestSupport;
import org.neo4j.gds.core.loading.GraphStoreCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Who leads and who connects, the network's lists a page at a time and the network by year, on the two groups of
 * {@link Fixtures#twoGroups()} (see {@code CommunityFixtureTest} for its table). Worked out by hand:
 *
 * <pre>
 * co-signature network, every letter: harbor triangle (A-B, A-C, B-C weight 3), ridge triangle (likewise),
 * bridge harbor-a - ridge-a (weight 1); loner signs alone.
 * degree: harbor-a 3, ridge-a 3, harbor-b/c and ridge-b/c 2, loner 0.
 *   from 2023 (r1-r3): the ridge three 2 each, harbor-a 0.  about p1 (h1-h3, bridge): harbor-a 3, harbor-b 2, ridge-a 1.
 * betweenness: the shortest chains between a harbor-b/c and any ridge actor pass through harbor-a (2 x 3 = 6
 *   pairs); those between a ridge-b/c and any harbor actor through ridge-a (6); nobody else brokers (0).
 *   about p1: harbor-a brokers harbor-b - ridge-a and harbor-c - ridge-a (2).
 * PageRank (damping 0.85, weighted, not normalised): by symmetry x = harbor-a = ridge-a, y = the other four, with
 *   x = 0.15 + 0.85 (3/6 y + 3/6 y + 1/7 x) and y = 0.15 + 0.85 (3/7 x + 3/6 y): x = 1.09315, y = 0.95342
 *   (2x + 4y = 6, one per node). loner is in no network: null, and last in either direction.
 * </pre>
 */
@FixtureGraphTestSupport
class NetworkMeasuresFixtureTest {

	private static final double LEADER = 1.0931507;

	private static final double MEMBER = 0.9534247;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StatementCounter statements;

	@Autowired
	CoSignatureIndex index;

	@BeforeEach
	void writeFixture() {
		this.fixtures.twoGroups();
	}

	@AfterEach
	void noProjectionStaysBehind() {
		assertThat(GraphStoreCatalog.graphStoreCount()).isZero();
	}

	@Test
	void degreeCountsDistinctCoSignersWithinTheWindow() {
		var response = this.graphQl.document("""
				{ actors(orderBy: [{field: NAME}]) { edges { node { id all: degree
				  recent: degree(where: {from: "2023-01-01"}) p1: degree(where: {concerns: "program:p1"}) } } } }""")
			.execute();
		response.path("actors.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("org:harbor-a", "org:harbor-b", "org:harbor-c", "org:loner", "org:ridge-a", "org:ridge-b",
					"org:ridge-c");
		response.path("actors.edges[*].node.all").entityList(Integer.class).containsExactly(3, 2, 2, 0, 3, 2, 2);
		response.path("actors.edges[*].node.recent").entityList(Integer.class).containsExactly(0, 0, 0, 0, 2, 2, 2);
		response.path("actors.edges[*].node.p1").entityList(Integer.class).containsExactly(3, 2, 2, 0, 1, 0, 0);
	}

	@Test
	void pageRankAndBetweennessAsFields() {
		// One window per request: each window is a projection of its own, and a loaded machine runs them slowly.
		var response = this.graphQl.document("""
				{ actors(orderBy: [{field: NAME}]) { edges { node { id pageRank betweenness } } } }""").execute();
		List<Double> pageRank = response.path("actors.edges[*].node.pageRank").entityList(Double.class).get();
		double[] expected = { LEADER, MEMBER, MEMBER, Double.NaN, LEADER, MEMBER, MEMBER };
		for (int i = 0; i < expected.length; i++) {
			if (Double.isNaN(expected[i])) {
				assertThat(pageRank.get(i)).as("loner").isNull();
			}
			else {
				assertThat(pageRank.get(i)).as("actor %d", i).isCloseTo(expected[i], within(1e-4));
			}
		}
		response.path("actors.edges[*].node.betweenness")
			.entityList(Double.class)
			.containsExactly(6.0, 0.0, 0.0, null, 6.0, 0.0, 0.0);
		this.graphQl.document("""
				{ actors(orderBy: [{field: NAME}]) { edges { node { p1: betweenness(where: {concerns: "program:p1"}) } } } }""")
			.execute()
			.path("actors.edges[*].node.p1")
			.entityList(Double.class)
			.containsExactly(2.0, 0.0, 0.0, null, 0.0, null, null);
	}

	@Test
	void orderedByTheNetworkMeasuresTiesByIdAndOutsidersLast() {
		// Current, so DEGREE is read from the co-signature index (CoSignatureIndexTest compares its degrees with
		// Cypher's for every actor of a generated corpus).
		this.index.rebuild();
		assertThat(order("DEGREE", "DESC", null)).containsExactly("org:harbor-a", "org:ridge-a", "org:harbor-b",
				"org:harbor-c", "org:ridge-b", "org:ridge-c", "org:loner");
		assertThat(order("DEGREE", "ASC", null)).containsExactly("org:loner", "org:harbor-b", "org:harbor-c",
				"org:ridge-b", "org:ridge-c", "org:harbor-a", "org:ridge-a");
		assertThat(order("PAGE_RANK", "DESC", null)).containsExactly("org:harbor-a", "org:ridge-a", "org:harbor-b",
				"org:harbor-c", "org:ridge-b", "org:ridge-c", "org:loner");
		assertThat(order("PAGE_RANK", "ASC", null)).containsExactly("org:harbor-b", "org:harbor-c", "org:ridge-b",
				"org:ridge-c", "org:harbor-a", "org:ridge-a", "org:loner");
		assertThat(order("BETWEENNESS", "DESC", null)).containsExactly("org:harbor-a", "org:ridge-a", "org:harbor-b",
				"org:harbor-c", "org:ridge-b", "org:ridge-c", "org:loner");
		// The window is the filter's letters: only actors of p1 letters, measured in the p1 network.
		assertThat(order("BETWEENNESS", "DESC", Map.of("letters", Map.of("where", Map.of("concerns", "program:p1")))))
			.containsExactly("org:harbor-a", "org:harbor-b", "org:harbor-c", "org:ridge-a");
		assertThat(order("DEGREE", "DESC", Map.of("letters", Map.of("where", Map.of("concerns", "program:p1")))))
			.containsExactly("org:harbor-a", "org:harbor-b", "org:harbor-c", "org:ridge-a");
		assertThat(order("PAGE_RANK", "DESC", Map.of("letters", Map.of("where", Map.of("from", "2023-01-01")))))
			.containsExactly("org:ridge-a", "org:ridge-b", "org:ridge-c");
		// A window without a pair of co-signers: nobody is scored, the order falls to the id.
		assertThat(order("PAGE_RANK", "DESC", Map.of("kind", "ORGANIZATION", "letters",
				Map.of("where", Map.of("ids", List.of("letter:solo")))))).containsExactly("org:loner");
	}

	@Test
	void pagesOfAnOrderingByPageRankFollowOneAnother() {
		String document = """
				query($after: String, $first: Int) {
				  actors(orderBy: [{field: PAGE_RANK, direction: DESC}], first: $first, after: $after) {
				    totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }""";
		var first = this.graphQl.document(document).variable("first", 4).execute();
		first.path("actors.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("org:harbor-a", "org:ridge-a", "org:harbor-b", "org:harbor-c");
		first.path("actors.totalCount").entity(Integer.class).isEqualTo(7);
		String cursor = first.path("actors.pageInfo.endCursor").entity(String.class).get();
		var second = this.graphQl.document(document).variable("first", 4).variable("after", cursor).execute();
		second.path("actors.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("org:ridge-b", "org:ridge-c", "org:loner");
		second.path("actors.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		this.graphQl.document(document)
			.variable("first", 0)
			.execute()
			.path("actors.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void measuresAreOneStatementPerLevelWhateverThePageSize() {
		// Built now, so no background rebuild of the co-signature index runs statements while this one counts.
		this.index.rebuild();
		String document = """
				query($first: Int) { actors(orderBy: [{field: NAME}], first: $first) {
				  edges { node { id degree pageRank betweenness recent: degree(where: {from: "2023-01-01"}) } } } }""";
		this.statements.reset();
		this.graphQl.document(document).variable("first", 1).execute().path("actors.edges").entityList(Object.class)
			.hasSize(1);
		List<String> one = this.statements.statements();
		this.statements.reset();
		this.graphQl.document(document).variable("first", 7).execute().path("actors.edges").entityList(Object.class)
			.hasSize(7);
		List<String> seven = this.statements.statements();
		// the page, degree in two windows (each window's letters, counted in the co-signature index), PageRank and
		// betweenness together in one projection
		assertThat(one).hasSize(4);
		assertThat(seven).as("statements for 7 actors %s against 1 %s", seven, one).hasSameSizeAs(one);
		this.statements.reset();
		this.graphQl.document("""
				{ actors(orderBy: [{field: PAGE_RANK, direction: DESC}, {field: BETWEENNESS}], first: 3) {
				  edges { node { id } } } }""").execute().path("actors.edges").entityList(Object.class).hasSize(3);
		assertThat(this.statements.count()).as("the scored page").isEqualTo(1);
	}

	@Test
	void coSignersAPageAtATime() {
		String document = """
				query($first: Int, $after: String, $min: Int) {
				  coSignerConnection(actorId: "org:harbor-a", minShared: $min, first: $first, after: $after) {
				    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { actor { id } count } } } }""";
		var first = this.graphQl.document(document).variable("first", 2).execute();
		first.path("coSignerConnection.edges[*].node.actor.id")
			.entityList(String.class)
			.containsExactly("org:harbor-b", "org:harbor-c");
		first.path("coSignerConnection.edges[*].node.count").entityList(Integer.class).containsExactly(3, 3);
		first.path("coSignerConnection.totalCount").entity(Integer.class).isEqualTo(3);
		first.path("coSignerConnection.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("coSignerConnection.pageInfo.endCursor").entity(String.class).get();
		var second = this.graphQl.document(document).variable("first", 2).variable("after", cursor).execute();
		second.path("coSignerConnection.edges[*].node.actor.id").entityList(String.class).containsExactly("org:ridge-a");
		second.path("coSignerConnection.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		String last = second.path("coSignerConnection.pageInfo.endCursor").entity(String.class).get();
		// After the end: an empty page, not an error.
		var beyond = this.graphQl.document(document).variable("first", 2).variable("after", last).execute();
		beyond.path("coSignerConnection.edges").entityList(Object.class).hasSize(0);
		beyond.path("coSignerConnection.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		beyond.path("coSignerConnection.totalCount").entity(Integer.class).isEqualTo(3);
		this.graphQl.document(document).variable("min", 2).execute().path("coSignerConnection.totalCount")
			.entity(Integer.class).isEqualTo(2);
		var none = this.graphQl.document(document).variable("first", 0).execute();
		none.path("coSignerConnection.edges").entityList(Object.class).hasSize(0);
		none.path("coSignerConnection.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		// The old list still answers as before.
		this.graphQl.document("{ coSigners(actorId: \"org:harbor-a\") { actor { id } count } }")
			.execute()
			.path("coSigners[*].actor.id")
			.entityList(String.class)
			.containsExactly("org:harbor-b", "org:harbor-c", "org:ridge-a");
	}

	@Test
	void commonSignersSignedButNotAndSimilarActorsAPageAtATime() {
		var common = this.graphQl.document("""
				{ commonSignerConnection(letterIds: ["letter:h1", "letter:h2"], first: 2) {
				    totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }""").execute();
		common.path("commonSignerConnection.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("org:harbor-a", "org:harbor-b");
		common.path("commonSignerConnection.totalCount").entity(Integer.class).isEqualTo(3);
		String cursor = common.path("commonSignerConnection.pageInfo.endCursor").entity(String.class).get();
		this.graphQl.document("""
				query($after: String) { commonSignerConnection(letterIds: ["letter:h1", "letter:h2"], first: 2,
				  after: $after) { edges { node { id } } } }""")
			.variable("after", cursor)
			.execute()
			.path("commonSignerConnection.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("org:harbor-c");
		var outreach = this.graphQl.document("""
				{ signedButNotConnection(signed: "letter:h1", notSigned: "letter:bridge", first: 1) {
				    totalCount pageInfo { hasNextPage } edges { node { id } } } }""").execute();
		outreach.path("signedButNotConnection.edges[*].node.id").entityList(String.class).containsExactly("org:harbor-b");
		outreach.path("signedButNotConnection.totalCount").entity(Integer.class).isEqualTo(2);
		outreach.path("signedButNotConnection.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		var similar = this.graphQl.document("""
				{ similarActorConnection(actorId: "org:harbor-a", first: 2) {
				    totalCount pageInfo { hasNextPage } edges { node { actor { id } shared } } } }""").execute();
		similar.path("similarActorConnection.edges[*].node.actor.id")
			.entityList(String.class)
			.containsExactly("org:harbor-b", "org:harbor-c");
		similar.path("similarActorConnection.totalCount").entity(Integer.class).isEqualTo(3);
		similar.path("similarActorConnection.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		// The old lists still answer whole.
		this.graphQl.document("{ commonSigners(letterIds: [\"letter:h1\", \"letter:h2\"]) { id } }")
			.execute()
			.path("commonSigners[*].id")
			.entityList(String.class)
			.containsExactly("org:harbor-a", "org:harbor-b", "org:harbor-c");
		this.graphQl.document("{ signedButNot(signed: \"letter:h1\", notSigned: \"letter:bridge\") { id } }")
			.execute()
			.path("signedButNot[*].id")
			.entityList(String.class)
			.containsExactly("org:harbor-b", "org:harbor-c");
	}

	@Test
	void theNetworkByYearInTwoStatements() {
		// Built now, so no background rebuild of the co-signature index runs statements while this one counts.
		this.index.rebuild();
		this.statements.reset();
		var response = this.graphQl.document("""
				{ coSignatureNetworkByYear(from: 2020, to: 2023) { year network { truncated
				    nodes { id letterCount } edges { source target weight jaccard overlap } } } }""").execute();
		// The years' letters (with the graph's fingerprint), then their actors: the pairs are counted in the index.
		assertThat(this.statements.count()).isEqualTo(2);
		response.path("coSignatureNetworkByYear[*].year").entityList(Integer.class).containsExactly(2020, 2021, 2022,
				2023);
		response.path("coSignatureNetworkByYear[0].network.nodes").entityList(Object.class).hasSize(0);
		response.path("coSignatureNetworkByYear[1].network.nodes[*].id")
			.entityList(String.class)
			.containsExactly("org:harbor-a", "org:harbor-b", "org:harbor-c");
		response.path("coSignatureNetworkByYear[1].network.edges[*].weight").entityList(Integer.class)
			.containsExactly(3, 3, 3);
		// 2022: the bridge alone (the loner's letter has no pair).
		response.path("coSignatureNetworkByYear[2].network.edges[*].source").entityList(String.class)
			.containsExactly("org:harbor-a");
		response.path("coSignatureNetworkByYear[2].network.edges[*].target").entityList(String.class)
			.containsExactly("org:ridge-a");
		response.path("coSignatureNetworkByYear[2].network.edges[0].jaccard").entity(Double.class).isEqualTo(1.0);
		response.path("coSignatureNetworkByYear[2].network.nodes[*].letterCount").entityList(Integer.class)
			.containsExactly(1, 1);
		response.path("coSignatureNetworkByYear[3].network.nodes[*].id")
			.entityList(String.class)
			.containsExactly("org:ridge-a", "org:ridge-b", "org:ridge-c");
		// Over every year the bridge is 1 shared letter of 4 each: Jaccard 1/7, overlap 1/4.
		var whole = this.graphQl.document("""
				{ coSignatureNetwork(minShared: 1) { edges { source target weight jaccard overlap } } }""").execute();
		List<Map<String, Object>> edges = whole.path("coSignatureNetwork.edges")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		Map<String, Object> bridge = edges.stream()
			.filter(e -> e.get("source").equals("org:harbor-a") && e.get("target").equals("org:ridge-a"))
			.findFirst()
			.orElseThrow();
		assertThat(((Number) bridge.get("jaccard")).doubleValue()).isCloseTo(1 / 7.0, within(1e-9));
		assertThat(((Number) bridge.get("overlap")).doubleValue()).isCloseTo(0.25, within(1e-9));
		// Filters, minShared and edgesPerYear apply to every year.
		var strong = this.graphQl.document("""
				{ coSignatureNetworkByYear(from: 2021, to: 2023, minShared: 2, edgesPerYear: 1,
				    where: {concerns: "program:p2"}) { year network { truncated edges { weight } } } }""").execute();
		strong.path("coSignatureNetworkByYear[*].network.truncated").entityList(Boolean.class)
			.containsExactly(false, false, true);
		strong.path("coSignatureNetworkByYear[2].network.edges[*].weight").entityList(Integer.class).containsExactly(3);
	}

	@Test
	void badArgumentsAreRefusedNamingThem() {
		badRequest("{ coSignerConnection(actorId: \"org:harbor-a\", first: -1) { totalCount } }", "first");
		badRequest("{ coSignerConnection(actorId: \"org:harbor-a\", first: 101) { totalCount } }", "first");
		badRequest("{ coSignerConnection(actorId: \"org:harbor-a\", minShared: 0) { totalCount } }", "minShared");
		badRequest("{ coSignerConnection(actorId: \"org:harbor-a\", after: \"nonsense\") { totalCount } }", "after");
		badRequest("{ commonSignerConnection(letterIds: []) { totalCount } }", "letterIds");
		badRequest("{ commonSignerConnection(letterIds: [\"letter:none\"]) { totalCount } }", "letterIds");
		badRequest("{ signedButNotConnection(signed: \"letter:none\", notSigned: \"letter:h1\") { totalCount } }",
				"signed");
		badRequest("{ similarActorConnection(actorId: \"org:nobody\") { totalCount } }", "actorId");
		badRequest("{ similarActorConnection(actorId: \"org:harbor-a\", first: -2) { totalCount } }", "first");
		badRequest("{ coSignatureNetworkByYear(from: 2023, to: 2021) { year } }", "to");
		badRequest("{ coSignatureNetworkByYear(from: 1900, to: 2023) { year } }", "to");
		badRequest("{ coSignatureNetworkByYear(from: 0, to: 2023) { year } }", "from");
		badRequest("{ coSignatureNetworkByYear(from: 2021, to: 2023, edgesPerYear: -1) { year } }", "edgesPerYear");
		badRequest("{ coSignatureNetworkByYear(from: 2021, to: 2023, minShared: 0) { year } }", "minShared");
		badRequest("{ coSignatureNetworkByYear(from: 2021, to: 2023, where: {titleContains: \"x\"}) { year } }",
				"where");
		badRequest("{ actor(id: \"org:harbor-a\") { degree(where: {AND: []}) } }", "where.AND");
		badRequest("{ actor(id: \"org:harbor-a\") { pageRank(where: {from: \"2023-01-01\", to: \"2021-01-01\"}) } }",
				"where");
		badRequest("{ actors(orderBy: [{field: PAGE_RANK}], first: -1) { totalCount } }", "first");
		this.graphQl.document("{ actors(orderBy: [{field: LEADERSHIP}]) { totalCount } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("LEADERSHIP"))
			.verify();
	}

	private List<String> order(String field, String direction, Map<String, Object> where) {
		return this.graphQl.document("""
				query($where: ActorWhere, $order: [ActorOrder!]) {
				  actors(where: $where, orderBy: $order, first: 20) { edges { node { id } } } }""")
			.variable("where", where)
			.variable("order", List.of(Map.of("field", field, "direction", direction)))
			.execute()
			.path("actors.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private void badRequest(String document, String mention) {
		GraphQlTester.Response response = this.graphQl.document(document).execute();
		response.errors()
			.expect(e -> e.getMessage().contains(mention) && "BAD_REQUEST".equals(String.valueOf(e.getErrorType())))
			.verify();
	}
}
