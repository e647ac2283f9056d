package org.lettergraph.network;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.lettergraph.support.GraphQlTestSupport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The organizers' questions on the bundled dataset of the five documents, and the files exported from it. */
@GraphQlTestSupport
class NetworkBundledDataTest {

	static final String FEB_2021 = "letter:2021-02-12-end-287g-secure-communities-and-ice-detainers";

	static final String NOV_2024 = "letter:2024-11-15-act-now-to-protect-immigrant-communities";

	static final String ILRC = "org:immigrant-legal-resource-center";

	/** The four organizations on both the February 2021 and the November 2024 letter. */
	static final List<String> ON_BOTH = List.of("org:immigrant-legal-resource-center",
			"org:national-immigrant-justice-center", "org:national-immigration-project", "org:united-we-dream");

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestRestTemplate http;

	@Autowired
	CoSignatureQueries queries;

	@Test
	void coSignersOfTheImmigrantLegalResourceCenterAreEveryoneOnItsTwoLetters() {
		Set<String> february = participants(FEB_2021);
		Set<String> november = participants(NOV_2024);
		assertThat(february).contains(ILRC).hasSize(10);
		assertThat(november).contains(ILRC).hasSize(193);
		Map<String, Integer> expected = new HashMap<>();
		february.forEach(id -> expected.merge(id, 1, Integer::sum));
		november.forEach(id -> expected.merge(id, 1, Integer::sum));
		expected.remove(ILRC);

		// All 198 of them: more than a GraphQL page, so asked of the query itself.
		Map<String, Integer> counts = new HashMap<>();
		this.queries.coSigners(ILRC, 1, 1000).forEach(c -> counts.put(c.actor().id(), c.count()));
		assertThat(counts).hasSize(198).isEqualTo(expected);

		var response = this.graphQl.document("""
				{ coSigners(actorId: "org:immigrant-legal-resource-center", first: 100) {
				    actor { id name } count sharedLetters { id } } }""").execute();
		assertThat(response.path("coSigners[*].actor.name").entityList(String.class).get()).hasSize(100)
			.startsWith("National Immigrant Justice Center", "National Immigration Project", "United We Dream");
		assertThat(response.path("coSigners[*].count").entityList(Integer.class).get()).startsWith(2, 2, 2);
		response.path("coSigners[3].count").entity(Integer.class).isEqualTo(1);
		response.path("coSigners[0].sharedLetters[*].id").entityList(String.class).containsExactly(NOV_2024, FEB_2021);
		this.graphQl.document("""
				{ coSigners(actorId: "org:immigrant-legal-resource-center", minShared: 2) { actor { id } count } }""")
			.execute()
			.path("coSigners[*].actor.id")
			.entityList(String.class)
			.containsExactly("org:national-immigrant-justice-center", "org:national-immigration-project",
					"org:united-we-dream");
	}

	@Test
	void commonSignersOfFebruary2021AndNovember2024AreTheFourOrganizationsOnBoth() {
		var response = this.graphQl.document("query($ids: [ID!]!) { commonSigners(letterIds: $ids) { id kind } }")
			.variable("ids", List.of(FEB_2021, NOV_2024))
			.execute();
		assertThat(response.path("commonSigners[*].id").entityList(String.class).get())
			.containsExactlyInAnyOrderElementsOf(ON_BOTH);
		assertThat(response.path("commonSigners[*].kind").entityList(String.class).get()).containsOnly("ORGANIZATION");
	}

	@Test
	void signedButNotGivesTheRestOfEachLetter() {
		Set<String> february = participants(FEB_2021);
		Set<String> november = participants(NOV_2024);
		Set<String> onlyFebruary = new HashSet<>(february);
		onlyFebruary.removeAll(ON_BOTH);
		Set<String> onlyNovember = new HashSet<>(november);
		onlyNovember.removeAll(ON_BOTH);
		assertThat(outreach(FEB_2021, NOV_2024)).containsExactlyInAnyOrderElementsOf(onlyFebruary)
			.contains("org:american-civil-liberties-union", "org:indivisible", "lawmaker:S001145")
			.hasSize(6);
		assertThat(outreach(NOV_2024, FEB_2021)).containsExactlyInAnyOrderElementsOf(onlyNovember).hasSize(189);
	}

	@Test
	void theAcluReachesDetentionWatchNetworkThroughTheOrganizationsOnBothLetters() {
		String query = """
				query($max: Int) {
				  shortestPath(from: "org:american-civil-liberties-union", to: "org:detention-watch-network",
				      maxHops: $max) {
				    length steps { id kind relationship role }
				  }
				}""";
		var response = this.graphQl.document(query).execute();
		response.path("shortestPath.length").entity(Integer.class).isEqualTo(4);
		response.path("shortestPath.steps[*].id")
			.entityList(String.class)
			.satisfies(ids -> {
				assertThat(ids).hasSize(5);
				assertThat(ids.get(0)).isEqualTo("org:american-civil-liberties-union");
				assertThat(ids.get(1)).isEqualTo(FEB_2021);
				assertThat(ids.get(2)).isIn(ON_BOTH);
				assertThat(ids.get(3)).isEqualTo(NOV_2024);
				assertThat(ids.get(4)).isEqualTo("org:detention-watch-network");
			});
		response.path("shortestPath.steps[1].role").entity(String.class).isEqualTo("ENDORSER");
		response.path("shortestPath.steps[2].role").entity(String.class).isEqualTo("ENDORSER");
		response.path("shortestPath.steps[3].role").entity(String.class).isEqualTo("SIGNER");
		response.path("shortestPath.steps[4].role").entity(String.class).isEqualTo("LEAD");
		// It is the shortest: the two share no letter (a path of 2), and paths between actors have even length.
		this.graphQl.document(query).variable("max", 3).execute().path("shortestPath").valueIsNull();
		this.graphQl.document("query($ids: [ID!]!) { commonSigners(letterIds: $ids) { id } }")
			.variable("ids", List.of(FEB_2021, NOV_2024))
			.execute()
			.path("commonSigners[*].id")
			.entityList(String.class)
			.doesNotContain("org:american-civil-liberties-union", "org:detention-watch-network");
	}

	@Test
	void theStrongestTiesAreAmongTheFourOrganizationsOnBothLetters() {
		var response = this.graphQl.document("""
				{ coSignatureNetwork(minShared: 2) {
				    truncated nodes { id letterCount } edges { source target weight jaccard } } }""")
			.execute();
		assertThat(response.path("coSignatureNetwork.nodes[*].id").entityList(String.class).get())
			.containsExactlyInAnyOrderElementsOf(ON_BOTH);
		response.path("coSignatureNetwork.edges[*].weight").entityList(Integer.class).containsExactly(2, 2, 2, 2, 2, 2);
		assertThat(response.path("coSignatureNetwork.edges[*].jaccard").entityList(Double.class).get()).containsOnly(1.0);
	}

	@Test
	void networkExportsParseAndMatchTheGraphQlNetwork() throws Exception {
		String filters = "?concerns=program:287g&first=300";
		Map<?, ?> json = this.http.getForObject("/export/network.json" + filters, Map.class);
		List<?> nodes = (List<?>) json.get("nodes");
		List<?> edges = (List<?>) json.get("edges");
		assertThat(nodes).isNotEmpty();
		assertThat(edges).isNotEmpty();
		assertThat(keys(nodes.get(0))).containsExactlyInAnyOrder("id", "name", "kind", "letterCount");
		assertThat(keys(edges.get(0))).containsExactlyInAnyOrder("source", "target", "weight",
				"jaccard", "overlap");
		List<String> graphQlEdges = this.graphQl.document("""
				{ coSignatureNetwork(where: {concerns: "program:287g"}, first: 300) { edges { source target } } }""")
			.execute()
			.path("coSignatureNetwork.edges[*].source")
			.entityList(String.class)
			.get();
		assertThat(edges.stream().map(e -> ((Map<?, ?>) e).get("source")).toList()).isEqualTo(graphQlEdges);

		ResponseEntity<byte[]> graphMl = this.http.getForEntity("/export/network.graphml" + filters, byte[].class);
		assertThat(graphMl.getHeaders().getContentType().toString()).startsWith("application/graphml+xml");
		assertThat(graphMl.getHeaders().getContentDisposition().getFilename()).isEqualTo("co-signatures.graphml");
		Document graphMlDoc = parse(graphMl.getBody());
		String graphMlNs = "http://graphml.graphdrawing.org/xmlns";
		assertThat(graphMlDoc.getDocumentElement().getLocalName()).isEqualTo("graphml");
		assertThat(graphMlDoc.getElementsByTagNameNS(graphMlNs, "node").getLength()).isEqualTo(nodes.size());
		assertThat(graphMlDoc.getElementsByTagNameNS(graphMlNs, "edge").getLength()).isEqualTo(edges.size());
		Element graph = (Element) graphMlDoc.getElementsByTagNameNS(graphMlNs, "graph").item(0);
		assertThat(graph.getAttribute("edgedefault")).isEqualTo("undirected");
		Element firstEdge = (Element) graphMlDoc.getElementsByTagNameNS(graphMlNs, "edge").item(0);
		assertThat(firstEdge.getAttribute("source")).isEqualTo(((Map<?, ?>) edges.get(0)).get("source"));
		assertThat(dataOf(firstEdge, graphMlNs, "weight")).isEqualTo(((Map<?, ?>) edges.get(0)).get("weight").toString());

		ResponseEntity<byte[]> gexf = this.http.getForEntity("/export/network.gexf" + filters, byte[].class);
		assertThat(gexf.getHeaders().getContentType().toString()).startsWith("application/gexf+xml");
		Document gexfDoc = parse(gexf.getBody());
		String gexfNs = "http://gexf.net/1.3";
		assertThat(gexfDoc.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
		NodeList gexfNodes = gexfDoc.getElementsByTagNameNS(gexfNs, "node");
		assertThat(gexfNodes.getLength()).isEqualTo(nodes.size());
		assertThat(gexfDoc.getElementsByTagNameNS(gexfNs, "edge").getLength()).isEqualTo(edges.size());
		assertThat(((Element) gexfNodes.item(0)).getAttribute("label")).isEqualTo(((Map<?, ?>) nodes.get(0)).get("name"));
		assertThat(((Element) gexfDoc.getElementsByTagNameNS(gexfNs, "edge").item(0)).getAttribute("weight"))
			.isEqualTo(((Map<?, ?>) edges.get(0)).get("weight").toString());
	}

	@Test
	void signerCsvParsesWithEveryNameWhole() throws IOException {
		ResponseEntity<String> response = this.http.getForEntity("/export/letters/{id}/signers.csv", String.class,
				NOV_2024);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
			.isTrue();
		assertThat(response.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("2024-11-15-act-now-to-protect-immigrant-communities-signers.csv");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(response.getBody()))
			.getRecords();
		assertThat(rows).hasSize(193);
		assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(SignerCsv.HEADER);
		assertThat(rows.get(0).get("name")).isEqualTo("Detention Watch Network");
		assertThat(rows.get(0).get("role")).isEqualTo("LEAD");
		assertThat(rows.get(0).get("position")).isEqualTo("1");
		assertThat(rows.get(0).get("kind")).isEqualTo("ORGANIZATION");
		assertThat(rows.get(0).get("sources")).startsWith("source:");
		assertThat(rows.get(192).get("position")).isEqualTo("193");
		assertThat(rows.get(11).get("name")).isEqualTo("American Friends Service Committee");
		assertThat(rows.get(11).get("aliases")).isEqualTo("AFSC");
		assertThat(rows.get(12).get("name")).isEqualTo("American Friends Service Committee, Colorado");
		assertThat(rows.stream().map(r -> r.get("name")))
			.contains("Asian Americans Advancing Justice | AAJC",
					"Community Justice Exchange / National Bail Fund Network");

		List<CSVRecord> february = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(this.http.getForObject("/export/letters/{id}/signers.csv", String.class, FEB_2021)))
			.getRecords();
		assertThat(february.stream().map(r -> r.get("role")).toList()).containsExactly("LEAD", "LEAD", "LEAD",
				"ENDORSER", "ENDORSER", "ENDORSER", "ENDORSER", "ENDORSER", "ENDORSER", "ENDORSER");
		assertThat(february.get(0).get("kind")).isEqualTo("LAWMAKER");
		assertThat(february.get(3).get("position")).isEmpty();
	}

	@Test
	void exportsAnswerPlainlyWhenAskedWrong() {
		ResponseEntity<String> unknown = this.http.getForEntity("/export/letters/{id}/signers.csv", String.class,
				"letter:nope");
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getBody()).isEqualTo("No letter has the id 'letter:nope'.\n");
		ResponseEntity<String> tooMany = this.http.getForEntity("/export/network.json?first=5001", String.class);
		assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(tooMany.getBody()).contains("first", "5000");
		ResponseEntity<String> badDate = this.http.getForEntity("/export/network.graphml?from=15/11/2024",
				String.class);
		assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badDate.getBody()).contains("from", "YYYY-MM-DD");
		ResponseEntity<String> backwards = this.http.getForEntity("/export/network.gexf?from=2024-01-01&to=2021-01-01",
				String.class);
		assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	/** Everyone who signed or endorsed a letter, read through the letter's own GraphQL fields. */
	private Set<String> participants(String letterId) {
		String query = """
				query($id: ID!, $after: String) {
				  letter(id: $id) {
				    endorsers { id }
				    signers(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } }
				  }
				}""";
		var page = this.graphQl.document(query).variable("id", letterId).execute();
		Set<String> ids = new HashSet<>(page.path("letter.endorsers[*].id").entityList(String.class).get());
		while (true) {
			ids.addAll(page.path("letter.signers.edges[*].node.id").entityList(String.class).get());
			if (!page.path("letter.signers.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				return ids;
			}
			String cursor = page.path("letter.signers.pageInfo.endCursor").entity(String.class).get();
			page = this.graphQl.document(query).variable("id", letterId).variable("after", cursor).execute();
		}
	}

	private List<String> outreach(String signed, String notSigned) {
		return this.graphQl.document("query($s: ID!, $n: ID!) { signedButNot(signed: $s, notSigned: $n) { id } }")
			.variable("s", signed)
			.variable("n", notSigned)
			.execute()
			.path("signedButNot[*].id")
			.entityList(String.class)
			.get();
	}

	private static List<String> keys(Object map) {
		return ((Map<?, ?>) map).keySet().stream().map(String::valueOf).toList();
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static String dataOf(Element element, String namespace, String key) {
		NodeList data = element.getElementsByTagNameNS(namespace, "data");
		for (int i = 0; i < data.getLength(); i++) {
			Element d = (Element) data.item(i);
			if (d.getAttribute("key").equals(key)) {
				return d.getTextContent();
			}
		}
		return null;
	}
}
