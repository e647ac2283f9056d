package org.lettergraph.network;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.graph.GdsNotInstalledException;
import org.lettergraph.graph.CypherQueries;
import org.lettergraph.graph.QueryLimits;
import org.lettergraph.graph.Rows;
import org.lettergraph.letter.LetterWhere;
import org.lettergraph.support.FixtureGraphTestSupport;
import org.neo4j.gds.core.loading.GraphStoreCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Blocs and similar actors through Graph Data Science in the embedded database, on two groups that sign together
 * and one letter that joins them.
 *
 * <pre>
 * letters                    date                 program  lead      signers             endorsers
 * h1, h2, h3                 2021-01..03-01       p1       harbor-a  harbor-b, harbor-c
 * bridge                     2022-06-01           p1       harbor-a  ridge-a
 * solo                       2022-07-01           p2       loner
 * r1, r2, r3                 2023-01..03-01       p2       ridge-a   ridge-b, ridge-c     (r3: ridge-c again)
 * </pre>
 *
 * Letters: harbor-a 4, harbor-b 3, harbor-c 3, ridge-a 4, ridge-b 3, ridge-c 3 (signing and endorsing r3 is one
 * letter), loner 1. The co-signature network is two triangles of weight 3 joined by one edge of weight 1
 * (harbor-a, ridge-a); modularity is highest (0.447) with each triangle a bloc. Restricted to p1 it is the harbor
 * triangle and the bridge alone, where one bloc of all four (modularity 0) beats leaving ridge-a out (-0.005).
 */
@FixtureGraphTestSupport
class CommunityFixtureTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient client;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	QueryLimits limits;

	@Autowired
	org.neo4j.driver.Driver driver;

	@Autowired
	org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager bookmarks;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CoSignatureQueries queries;

	@Autowired
	CoSignatureIndex index;

	@Autowired
	Communities communities;

	@BeforeEach
	void writeFixture() {
		this.fixtures.twoGroups();
	}

	@AfterEach
	void noProjectionStaysBehind() {
		// The GDS catalog lives in this JVM, next to the embedded database.
		assertThat(GraphStoreCatalog.graphStoreCount()).isZero();
	}

	@Test
	void blocsAreTheTwoGroupsLargestFirstThenByName() {
		var response = blocs(null, null, null);
		response.path("blocs[*].id").entityList(Integer.class).containsExactly(1, 2);
		response.path("blocs[*].size").entityList(Integer.class).containsExactly(3, 3);
		response.path("blocs[0].members[*].name")
			.entityList(String.class)
			.containsExactly("Harbor A", "Harbor B", "Harbor C");
		response.path("blocs[1].members[*].name").entityList(String.class).containsExactly("Ridge A", "Ridge B", "Ridge C");
		blocs(null, null, 1).path("blocs[*].id").entityList(Integer.class).containsExactly(1);
	}

	@Test
	void blocsHonourMinSharedAndFilters() {
		// Without the bridge (one letter) the groups stay apart.
		blocs(null, 2, null).path("blocs[*].members[*].id")
			.entityList(String.class)
			.containsExactly("org:harbor-a", "org:harbor-b", "org:harbor-c", "org:ridge-a", "org:ridge-b",
					"org:ridge-c");
		blocs(null, 4, null).path("blocs").entityList(Object.class).hasSize(0);
		blocs(Map.of("from", "2023-01-01"), null, null).path("blocs[0].members[*].id")
			.entityList(String.class)
			.containsExactly("org:ridge-a", "org:ridge-b", "org:ridge-c");
		blocs(Map.of("concerns", "program:p1"), null, null).path("blocs[*].size")
			.entityList(Integer.class)
			.containsExactly(4);
		blocs(Map.of("from", "2030-01-01"), null, null).path("blocs").entityList(Object.class).hasSize(0);
	}

	@Test
	void networkNodesCarryTheirBloc() {
		var response = this.graphQl.document("{ coSignatureNetwork { nodes { id bloc } edges { weight } } }").execute();
		List<String> ids = response.path("coSignatureNetwork.nodes[*].id").entityList(String.class).get();
		List<Integer> blocs = response.path("coSignatureNetwork.nodes[*].bloc").entityList(Integer.class).get();
		assertThat(ids).hasSize(6);
		for (int i = 0; i < ids.size(); i++) {
			assertThat(blocs.get(i)).as(ids.get(i)).isEqualTo(ids.get(i).startsWith("org:harbor") ? 1 : 2);
		}
	}

	@Test
	void similarActorsByJaccardThenSharedThenName() {
		var response = similar("org:harbor-a", null);
		response.path("similarActors[*].actor.id")
			.entityList(String.class)
			.containsExactly("org:harbor-b", "org:harbor-c", "org:ridge-a");
		response.path("similarActors[*].shared").entityList(Integer.class).containsExactly(3, 3, 1);
		List<Double> jaccard = response.path("similarActors[*].jaccard").entityList(Double.class).get();
		assertThat(jaccard.get(0)).isCloseTo(0.75, within(1e-9));
		assertThat(jaccard.get(1)).isCloseTo(0.75, within(1e-9));
		assertThat(jaccard.get(2)).isCloseTo(1 / 7.0, within(1e-9));
		similar("org:harbor-a", 1).path("similarActors[*].actor.id").entityList(String.class).containsExactly("org:harbor-b");
	}

	@Test
	void signingAndEndorsingOneLetterIsOneLetterForSimilarity() {
		var response = similar("org:ridge-b", null);
		response.path("similarActors[*].actor.id").entityList(String.class).containsExactly("org:ridge-c", "org:ridge-a");
		response.path("similarActors[0].jaccard").entity(Double.class).isEqualTo(1.0);
		response.path("similarActors[1].jaccard").entity(Double.class).isEqualTo(0.75);
	}

	@Test
	void similarActorsOfAnActorWithoutCoSignersAreNone() {
		similar("org:loner", null).path("similarActors").entityList(Object.class).hasSize(0);
		this.graphQl.document("{ similarActors(actorId: \"org:nobody\") { shared } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("actorId", "org:nobody");
			}));
	}

	/**
	 * A server without GDS fails with its own error codes; they become the error that says how to install it, on
	 * both ways to blocs: the pairs counted in the co-signature index, and counted by Cypher.
	 */
	@Test
	void missingGdsIsReportedWithInstallNotesNeverAsAnAnswer() {
		this.index.rebuild();
		for (String statement : List.of("CALL gds.leiden.nothere($graph) YIELD nodeId RETURN [] AS blocs",
				"RETURN gds.nothere.project($graph) AS blocs")) {
			// Only the statements of Graph Data Science are replaced: the window's letters are found as ever.
			Communities withoutGds = new Communities(rows(new CypherQueries() {
				@Override
				public String get(String name) {
					return statement;
				}
			}), this.queries, this.index);
			for (Runnable blocs : List.<Runnable>of(() -> withoutGds.blocsByIndex(LetterWhere.NONE, 1, 10),
					() -> withoutGds.blocsByCypher(LetterWhere.NONE, 1, 10))) {
				assertThatThrownBy(blocs::run).isInstanceOf(GdsNotInstalledException.class)
					.hasMessageContaining("Blocs need Neo4j Graph Data Science")
					.hasMessageContaining("gds.")
					.hasMessageContaining("plugins")
					.hasMessageContaining("dbms.security.procedures.unrestricted=gds.*");
			}
		}
		Communities broken = new Communities(rows(new CypherQueries() {
			@Override
			public String get(String name) {
				return name.equals("network/drop-projection") ? super.get(name) : "CALL db.nothere()";
			}
		}), this.queries, this.index);
		assertThatThrownBy(() -> broken.blocsByIndex(LetterWhere.NONE, 1, 10))
			.isNotInstanceOf(GdsNotInstalledException.class);
		assertThatThrownBy(() -> broken.blocsByCypher(LetterWhere.NONE, 1, 10))
			.isNotInstanceOf(GdsNotInstalledException.class);
	}

	/** Blocs from the pairs counted in the co-signature index are those Cypher finds, on the fixture too. */
	@Test
	void blocsCountedInTheIndexAreThoseOfCypher() {
		this.index.rebuild();
		for (LetterWhere where : List.of(LetterWhere.NONE, new LetterWhere(null, "program:p1", null, null, null),
				new LetterWhere(null, null, null, LocalDate.of(2023, 1, 1), null))) {
			for (int minShared : new int[] { 1, 2, 4 }) {
				assertThat(this.communities.blocsByIndex(where, minShared, 10)).as("%s minShared %d", where, minShared)
					.contains(this.communities.blocsByCypher(where, minShared, 10));
			}
		}
		assertThat(this.communities.blocsByIndex(LetterWhere.NONE, 1, 10).orElseThrow()).hasSize(2);
	}

	@Test
	void theCleanupStatementDropsAProjection() {
		this.client.query("""
				MATCH (a:Actor)-[:SIGNED]->(l:Letter)
				RETURN gds.graph.project('left-behind', a, l).graphName AS name""").run();
		assertThat(GraphStoreCatalog.graphStoreCount()).isEqualTo(1);
		rows(new CypherQueries()).one("network/drop-projection", Map.of("graph", "left-behind"));
		assertThat(GraphStoreCatalog.graphStoreCount()).isZero();
	}

	private Rows rows(CypherQueries queries) {
		return new Rows(this.client, queries, this.transactions, this.limits, this.driver, this.bookmarks);
	}

	private GraphQlTester.Response blocs(Map<String, Object> where, Integer minShared, Integer first) {
		return this.graphQl.document("""
				query($where: LetterWhere, $min: Int, $first: Int) {
				  blocs(where: $where, minShared: $min, first: $first) { id size members { id name } }
				}""").variable("where", where).variable("min", minShared).variable("first", first).execute();
	}

	private GraphQlTester.Response similar(String actorId, Integer first) {
		return this.graphQl.document("""
				query($id: ID!, $first: Int) {
				  similarActors(actorId: $id, first: $first) { actor { id name } shared jaccard }
				}""").variable("id", actorId).variable("first", first).execute();
	}
}
