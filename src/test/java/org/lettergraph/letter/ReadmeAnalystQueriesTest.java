package org.lettergraph.letter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lettergraph.support.GraphQlTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's copy-paste queries for analysts (its section "Filters, orders and pages for analysts") run on the
 * bundled dataset without errors, and answer what the README says they answer.
 */
@GraphQlTestSupport
class ReadmeAnalystQueriesTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void everyQueryOfTheSectionRuns() throws IOException {
		List<String> queries = queries();
		assertThat(queries).hasSizeGreaterThanOrEqualTo(5);
		for (String query : queries) {
			this.graphQl.document(query).execute().errors().verify();
		}
	}

	@Test
	void lawmakersWhoSignedAbout287gAreLawmakersWhoDid() throws IOException {
		List<Map<String, Object>> nodes = this.graphQl.document(queries().get(0))
			.execute()
			.path("actors.edges[*].node")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(nodes).isNotEmpty().allSatisfy(n -> assertThat(n).containsKey("party"));
		for (Map<String, Object> node : nodes) {
			// Each of them signed (or led) a letter about 287(g): the letters filter says so.
			Integer signed = this.graphQl.document("""
					query($name: String!) { actors(where: {name: {equals: $name}}) { edges { node {
					  letterConnection(roles: [LEAD, SIGNER], where: {concerns: "program:287g"}) { totalCount } } } } }""")
				.variable("name", node.get("name"))
				.execute()
				.path("actors.edges[0].node.letterConnection.totalCount")
				.entity(Integer.class)
				.get();
			assertThat(signed).as("letters about 287(g) %s signed", node.get("name")).isPositive();
		}
	}

	@Test
	void organizationsOrderedByLettersSignedIn2021About287g() throws IOException {
		List<Integer> counts = this.graphQl.document(queries().get(2))
			.execute()
			.path("actors.edges[*].node.letterConnection.totalCount")
			.entityList(Integer.class)
			.get();
		assertThat(counts).isNotEmpty().allSatisfy(c -> assertThat(c).isPositive());
		assertThat(counts).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
	}

	@Test
	void aLettersSignersGroupedAddUpToTheirCount() throws IOException {
		String query = queries().stream().filter(q -> q.contains("byState")).findFirst().orElseThrow();
		var response = this.graphQl.document(query).execute();
		int count = response.path("signers.aggregate.count").entity(Integer.class).get();
		List<Integer> byState = response.path("signers.byState[*].count").entityList(Integer.class).get();
		assertThat(count).isPositive();
		assertThat(byState.stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
		response.path("about287g.aggregate.count").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void theTenLeadingOrganizationsSince2021ComeByPageRank() throws IOException {
		String query = queries().stream().filter(q -> q.contains("PAGE_RANK")).findFirst().orElseThrow();
		List<Double> scores = this.graphQl.document(query)
			.execute()
			.path("actors.edges[*].node.pageRank")
			.entityList(Double.class)
			.get();
		assertThat(scores).hasSize(10).doesNotContainNull();
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void theNetworkByYearIsOneNetworkPerYear() throws IOException {
		String query = queries().stream().filter(q -> q.contains("coSignatureNetworkByYear")).findFirst().orElseThrow();
		var response = this.graphQl.document(query).execute();
		response.path("coSignatureNetworkByYear[*].year").entityList(Integer.class).containsExactly(2019, 2020, 2021,
				2022, 2023, 2024);
		List<Double> overlaps = response.path("coSignatureNetworkByYear[*].network.edges[*].overlap")
			.entityList(Double.class)
			.get();
		assertThat(overlaps).isNotEmpty().allSatisfy(o -> assertThat(o).isBetween(0.0, 1.0));
	}

	/** The fenced graphql blocks of the README section, in order. */
	private static List<String> queries() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		int start = readme.indexOf("### Filters, orders and pages for analysts");
		int end = readme.indexOf("Errors say what is wrong", start);
		assertThat(start).as("the README section").isPositive();
		Matcher blocks = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(start, end));
		List<String> queries = new ArrayList<>();
		while (blocks.find()) {
			queries.add(blocks.group(1));
		}
		return queries;
	}
}
