package org.lettergraph.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lettergraph.support.FixtureGraphTestSupport;
import org.lettergraph.bench.StatementCounter;
import org.lettergraph.letter.Role;
import org.neo4j.gds.core.loading.GraphStoreCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every network question on a generated graph of 3,000 letters signed by 300 organizations in 30 clusters (each
 * letter by 3 to 8 members of one cluster; every tenth letter of a cluster also by the first member of the next
 * cluster, so the clusters form a ring). Each answers, and the number of Cypher statements a request costs is the
 * same for a small answer and a large one: nothing is computed per row.
 */
@FixtureGraphTestSupport
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedGraphTest {

	static final int ORGANIZATIONS = 300;

	static final int CLUSTERS = 30;

	static final int LETTERS = 3000;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestRestTemplate http;

	@Autowired
	Neo4jClient client;

	@Autowired
	StatementCounter statements;

	@Autowired
	CoSignatureIndex index;

	@Autowired
	CoSignatureQueries queries;

	@BeforeAll
	void generate() {
		this.client.query("MATCH (n) WHERE n:Actor OR n:Letter OR n:Program OR n:Source DETACH DELETE n").run();
		List<Map<String, Object>> letters = new ArrayList<>();
		int size = ORGANIZATIONS / CLUSTERS;
		for (int i = 0; i < LETTERS; i++) {
			int cluster = i % CLUSTERS;
			List<String> signers = new ArrayList<>();
			for (int k = 0; k < 3 + (i % 6); k++) {
				// Stepping by 3 through a cluster of 10 visits every member once.
				signers.add(org(cluster * size + ((i / CLUSTERS + 3 * k) % size)));
			}
			if ((i / CLUSTERS) % 10 == 0) {
				// The first member of the next cluster.
				signers.add(org(((cluster + 1) % CLUSTERS) * size));
			}
			Map<String, Object> letter = new HashMap<>();
			letter.put("id", String.format("letter:gen-%04d", i));
			letter.put("date", LocalDate.of(2000, 1, 1).plusDays(i));
			letter.put("program", "program:gen-" + (i / CLUSTERS) % 3);
			letter.put("signers", signers);
			letters.add(letter);
		}
		this.client.query("""
				CALL () {
				  UNWIND range(0, $organizations - 1) AS n
				  CREATE (:Actor:Organization {id: 'org:gen-' + right('00' + toString(n), 3),
				    name: 'Generated ' + right('00' + toString(n), 3), aliases: []})
				}
				CALL () {
				  UNWIND range(0, 2) AS n
				  CREATE (:Program {id: 'program:gen-' + n, name: 'Generated program ' + n, aliases: []})
				}
				CREATE (official:Actor:Official {id: 'official:gen', name: 'Generated Official', aliases: []})
				WITH official
				UNWIND $letters AS row
				MATCH (program:Program {id: row.program})
				CREATE (l:Letter {id: row.id, title: 'Generated ' + row.id, date: row.date, asks: [],
				  titleIsDescriptive: false, sortKey: toString(row.date) + '|' + row.id})
				CREATE (l)-[:CONCERNS {ask: 'end', sources: []}]->(program)
				CREATE (l)-[:ADDRESSED_TO {position: 1, sources: []}]->(official)
				WITH l, row
				UNWIND range(0, size(row.signers) - 1) AS i
				MATCH (a:Organization {id: row.signers[i]})
				CREATE (a)-[:SIGNED {role: CASE i WHEN 0 THEN 'LEAD' ELSE 'SIGNER' END, position: i + 1,
				  sources: []}]->(l)""").bindAll(Map.of("organizations", ORGANIZATIONS, "letters", letters)).run();
	}

	static String org(int n) {
		return String.format("org:gen-%03d", n);
	}

	@Test
	void theGraphIsAsGenerated() {
		this.graphQl.document("{ stats { letters organizations signatures } }")
			.execute()
			.path("stats.letters")
			.entity(Integer.class)
			.isEqualTo(LETTERS)
			.path("stats.organizations")
			.entity(Integer.class)
			.isEqualTo(ORGANIZATIONS);
	}

	@Test
	void coSignersCostTwoStatementsHoweverMany() {
		// Built now, so no background rebuild of the co-signature index runs statements while this one counts.
		this.index.rebuild();
		String query = """
				query($first: Int) {
				  coSigners(actorId: "org:gen-000", first: $first) { actor { id name } count sharedLetters { id title } }
				}""";
		int small = count(() -> this.graphQl.document(query).variable("first", 1).execute(), "coSigners", 1);
		// Three, not more: sharedLetters is an unpaged list, counted as the largest list of the graph (the official's
		// 3,000 letters), and a hundred of them would pass the request's cost limit.
		int large = count(() -> this.graphQl.document(query).variable("first", 3).execute(), "coSigners", 3);
		assertThat(small).isEqualTo(large).isEqualTo(2);
	}

	@Test
	void commonSignersAndOutreachCostOneStatement() {
		int common = count(() -> this.graphQl
			.document("{ commonSigners(letterIds: [\"letter:gen-0000\", \"letter:gen-0300\"]) { id name } }")
			.execute(), "commonSigners", 1);
		int outreach = count(() -> this.graphQl
			.document("{ signedButNot(signed: \"letter:gen-0005\", notSigned: \"letter:gen-0000\") { id name } }")
			.execute(), "signedButNot", 1);
		assertThat(common).isEqualTo(outreach).isEqualTo(1);
	}

	@Test
	void pathsCostTheSameHoweverLong() {
		// The path is found in the co-signature index, built now so that no background rebuild runs statements while
		// this one counts. With the embedded database and no write since, the index's path is the answer: one
		// statement loads its actors and one its letters. As with a server, one more reads the path back.
		this.index.rebuild();
		String query = """
				query($from: ID!, $to: ID!) {
				  shortestPath(from: $from, to: $to) { length steps { id kind role actor { name } letter { title } } }
				}""";
		for (boolean server : new boolean[] { false, true }) {
			this.index.trustTransactions(!server);
			try {
				int near = count(() -> this.graphQl.document(query)
					.variable("from", org(0))
					.variable("to", org(3))
					.execute(), "shortestPath.steps", 3);
				int far = count(() -> this.graphQl.document(query)
					.variable("from", org(0))
					.variable("to", org(20))
					.execute(), "shortestPath.steps", 5);
				assertThat(near).as("with a server: %s", server).isEqualTo(far).isEqualTo(server ? 3 : 2);
			}
			finally {
				this.index.trustTransactions(true);
			}
		}
		// Clusters 0 and 15 are 15 clusters apart on the ring: too far for a path of 10 relationships.
		this.statements.reset();
		this.graphQl.document(query)
			.variable("from", org(0))
			.variable("to", org(155))
			.execute()
			.path("shortestPath")
			.valueIsNull();
		assertThat(this.statements.count()).as("no path, known from the index alone").isZero();
	}

	@Test
	void pathsAroundTheRingFoundInTheIndexAreAsLongAsCyphersAndRunThroughEachClusterInTurn() {
		this.index.rebuild();
		Set<Role> coSignature = Set.of(Role.LEAD, Role.SIGNER, Role.ENDORSER);
		Map<Integer, Integer> lengths = new TreeMap<>();
		for (int to : new int[] { 3, 10, 19, 20, 35, 40, 50, 290, 280, 270, 150, 155 }) {
			for (int hops : new int[] { 4, 6, 8, 10 }) {
				ActorPath byCypher = this.queries.shortestPathByCypher(org(0), org(to), hops, coSignature);
				ActorPath path = this.queries.shortestPath(org(0), org(to), hops, coSignature);
				String pair = org(0) + " to " + org(to) + " within " + hops;
				if (byCypher == null) {
					assertThat(path).as(pair).isNull();
					continue;
				}
				assertThat(path).as(pair).isNotNull();
				assertThat(path.length()).as(pair).isEqualTo(byCypher.length());
				assertThat(path.steps().get(path.steps().size() - 1).id()).as(pair).isEqualTo(org(to));
				// Each letter joins the actors on either side of it: they are among its signers.
				for (int i = 1; i < path.steps().size() - 1; i += 2) {
					assertThat(signersOf(path.steps().get(i).id())).as("%s, letter %d", pair, i)
						.contains(path.steps().get(i - 1).id(), path.steps().get(i + 1).id());
				}
				lengths.put(to, path.length());
			}
		}
		// The first members of two clusters next on the ring share a letter, and each member shares one with its
		// cluster's first: around the ring both ways, up to 10 relationships, and nothing further.
		assertThat(lengths).isEqualTo(Map.of(3, 2, 10, 2, 19, 4, 20, 4, 35, 8, 40, 8, 50, 10, 290, 2, 280, 4, 270, 6));
	}

	private List<String> signersOf(String letter) {
		return List.copyOf(this.client.query("MATCH (a:Actor)-[:SIGNED|ENDORSED]->(:Letter {id: $id}) RETURN a.id AS id")
			.bind(letter)
			.to("id")
			.fetchAs(String.class)
			.all());
	}

	@Test
	void networksAreBoundedAndCostTwoStatementsPlusTwoForBlocs() {
		// The window's letters (with the graph's fingerprint), then the answer's actors: the pairs are counted in the
		// co-signature index, built now so that no background rebuild runs statements while this one counts.
		this.index.rebuild();
		String query = """
				query($first: Int) {
				  coSignatureNetwork(first: $first) {
				    truncated nodes { id letterCount actor { name } } edges { source target weight jaccard }
				  }
				}""";
		int small = count(() -> this.graphQl.document(query).variable("first", 10).execute(),
				"coSignatureNetwork.edges", 10);
		int large = count(() -> this.graphQl.document(query).variable("first", 5000).execute(),
				"coSignatureNetwork.edges", 1000);
		assertThat(small).isEqualTo(large).isEqualTo(2);
		this.graphQl.document(query)
			.variable("first", 10)
			.execute()
			.path("coSignatureNetwork.truncated")
			.entity(Boolean.class)
			.isEqualTo(true);
		// Blocs: the window's letters again, then the pairs counted in the index projected, Leiden and the drop.
		int withBlocs = count(() -> this.graphQl.document("{ coSignatureNetwork(first: 3000) { nodes { id bloc } } }")
			.execute(), "coSignatureNetwork.nodes", 300);
		assertThat(withBlocs).isEqualTo(4);
	}

	@Test
	void blocsCostTwoStatementsSimilarActorsOneAndNothingStaysBehind() {
		// The window's letters (with the graph's fingerprint), then the pairs counted in the co-signature index
		// projected, Leiden and the drop; the index built now so that no background rebuild runs statements meanwhile.
		this.index.rebuild();
		String blocs = "query($first: Int) { blocs(first: $first) { id size members { id name } } }";
		int few = count(() -> this.graphQl.document(blocs).variable("first", 1).execute(), "blocs", 1);
		int many = count(() -> this.graphQl.document(blocs).variable("first", 100).execute(), "blocs", 2);
		assertThat(few).isEqualTo(many).isEqualTo(2);
		String similar = """
				query($first: Int) { similarActors(actorId: "org:gen-000", first: $first) { actor { id } shared jaccard } }""";
		int one = count(() -> this.graphQl.document(similar).variable("first", 1).execute(), "similarActors", 1);
		int all = count(() -> this.graphQl.document(similar).variable("first", 100).execute(), "similarActors", 10);
		assertThat(one).isEqualTo(all).isEqualTo(1);
		assertThat(GraphStoreCatalog.graphStoreCount()).isZero();
	}

	@Test
	void summariesCostOneStatementPerLevel() {
		int actor = count(() -> this.graphQl.document("""
				{ actorSummary(id: "org:gen-000") {
				    actor { name } letters byRole { role letters } firstLetter lastLetter
				    programs { program { name } letters } coSigners } }""").execute(), "actorSummary.programs", 3);
		int program = count(() -> this.graphQl.document("""
				{ programSummary(id: "program:gen-0") { program { name } letters signers byYear { year letters } } }""")
			.execute(), "programSummary.byYear", 9);
		assertThat(actor).isEqualTo(program).isEqualTo(2);
		String top = "query($first: Int) { topSigners(first: $first) { actor { name } letters leads } }";
		int few = count(() -> this.graphQl.document(top).variable("first", 1).execute(), "topSigners", 1);
		int many = count(() -> this.graphQl.document(top).variable("first", 100).execute(), "topSigners", 100);
		assertThat(few).isEqualTo(many).isEqualTo(1);
	}

	@Test
	void exportsCostOneStatementOrTwoForTheNetwork() {
		this.index.rebuild();
		for (String file : List.of("network.json?first=5000", "network.graphml?first=5000", "network.gexf?first=5000",
				"letters/letter:gen-0000/signers.csv")) {
			this.statements.reset();
			var response = this.http.getForEntity("/export/" + file, String.class);
			assertThat(response.getStatusCode()).as(file).isEqualTo(HttpStatus.OK);
			assertThat(response.getBody()).as(file).isNotEmpty();
			assertThat(this.statements.count()).as(file).isEqualTo(file.startsWith("network") ? 2 : 1);
		}
	}

	/**
	 * Runs a request with the statement counter reset and returns how many statements it sent, after checking that
	 * the list at {@code path} holds at least {@code atLeast} entries (the answer is not trivially empty).
	 */
	private int count(Supplier<GraphQlTester.Response> request, String path, int atLeast) {
		this.statements.reset();
		GraphQlTester.Response response = request.get();
		int sent = this.statements.count();
		assertThat(response.path(path).entityList(Object.class).get()).as(path).hasSizeGreaterThanOrEqualTo(atLeast);
		return sent;
	}
}
