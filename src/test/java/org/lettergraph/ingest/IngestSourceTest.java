package org.lettergraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.support.Editors;
import org.lettergraph.support.GraphDump;
import org.lettergraph.support.WritableGraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ingestSource} against the bundled graph: a story of my own about a letter the graph holds is matched to
 * it and written with every edge citing the new source, twice changes nothing, a dry run writes nothing, and bad
 * input is refused in plain words with nothing written.
 */
@WritableGraphTest
class IngestSourceTest {

	private static final String STORY = """
			By Casey Morgan

			DENVER — More than 100 police officers and prosecutors, members of the Law Enforcement Action Partnership (LEAP), sent a letter on Wednesday to Homeland Security Secretary Alejandro Mayorkas calling for an end to ICE detainers and the 287(g) program.

			Jordan Ellis, a spokesperson for LEAP, said the programs keep victims from calling the police.
			""";

	private static final String MUTATION = """
			mutation($input: IngestSourceInput!) { ingestSource(input: $input) {
			  source { id title publisher date author dateline }
			  letters { matchedLetterId letterId score written record { reportedSignerCount } }
			  quoted { name personId title organizationId }
			  mentions { name actorId kind line how }
			  counts { count qualifier of line }
			  proposals { name kind id candidateId write }
			  warnings errors { message line } dryRun } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient client;

	@BeforeEach
	void signIn() {
		this.graphQl = Editors.signedIn(this.graphQl);
	}

	private Map<String, Object> input(String text, boolean dryRun) {
		return Map.of("text", text, "title", "Police group presses DHS on detainers", "publisher", "Front Range Daily",
				"date", "2021-03-19", "dryRun", dryRun);
	}

	@Test
	void aStoryAboutAHeldLetterIsMatchedAndWrittenOnce() {
		List<String> before = GraphDump.of(this.client, Set.of());
		var dry = this.graphQl.document(MUTATION).variable("input", input(STORY, true)).execute();
		dry.path("ingestSource.errors").entityList(Object.class).hasSize(0);
		dry.path("ingestSource.letters[0].matchedLetterId").entity(String.class)
			.isEqualTo("letter:2021-03-17-end-287g-and-ice-detainers");
		assertThat(GraphDump.of(this.client, Set.of())).isEqualTo(before);

		var real = this.graphQl.document(MUTATION).variable("input", input(STORY, false)).execute();
		real.path("ingestSource.errors").entityList(Object.class).hasSize(0);
		String source = real.path("ingestSource.source.id").entity(String.class).get();
		assertThat(source).isEqualTo("source:2021-03-19-front-range-daily-police-group-presses-dhs-on");
		real.path("ingestSource.source.author").entity(String.class).isEqualTo("Casey Morgan");
		real.path("ingestSource.source.dateline").entity(String.class).isEqualTo("DENVER");
		real.path("ingestSource.letters[0].letterId").entity(String.class)
			.isEqualTo("letter:2021-03-17-end-287g-and-ice-detainers");
		real.path("ingestSource.quoted[0].title").entity(String.class).isEqualTo("Spokesperson");
		real.path("ingestSource.quoted[0].organizationId").entity(String.class)
			.isEqualTo("org:law-enforcement-action-partnership");

		Map<String, Object> report = this.client.query("""
				MATCH (:Letter {id: 'letter:2021-03-17-end-287g-and-ice-detainers'})-[r:REPORTED_IN]->(:Source {id: $s})
				RETURN r.signerCount AS count, r.signerCountQualifier AS qualifier""")
			.bind(source).to("s").fetch().one().orElseThrow();
		assertThat(report).containsEntry("count", 100L).containsEntry("qualifier", "MORE_THAN");
		assertThat(this.client.query("""
				MATCH (p:Person {id: 'person:jordan-ellis'})-[:STATEMENT_IN]->(:Source {id: $s})
				MATCH (p)-[f:AFFILIATED_WITH]->(:Organization {id: 'org:law-enforcement-action-partnership'})
				RETURN f.title AS title""").bind(source).to("s").fetch().one()).get()
			.satisfies(row -> assertThat(row).containsEntry("title", "Spokesperson"));
		// the letter keeps what it held: its date and the asks it was recorded with
		assertThat(this.client.query("MATCH (l:Letter {id: 'letter:2021-03-17-end-287g-and-ice-detainers'}) "
				+ "RETURN l.date AS date, l.reportedSignerCount AS count").fetch().one()).get()
			.satisfies(row -> assertThat(row.get("date")).hasToString("2021-03-17"));
		// every edge the report wrote or added to cites it
		List<String> after = GraphDump.of(this.client, Set.of());
		List<String> added = GraphDump.difference(before, after).stream().filter(l -> l.startsWith("+ rel")).toList();
		assertThat(added).isNotEmpty().allSatisfy(line -> assertThat(line).contains(source));

		this.graphQl.document(MUTATION).variable("input", input(STORY, false)).execute()
			.path("ingestSource.errors").entityList(Object.class).hasSize(0);
		assertThat(GraphDump.difference(after, GraphDump.of(this.client, Set.of()))).isEmpty();
	}

	@Test
	void badInputIsRefusedAndWritesNothing() {
		List<String> before = GraphDump.of(this.client, Set.of());
		this.graphQl.document(MUTATION).variable("input", Map.of("text", " \n ")).execute()
			.path("ingestSource.errors[0].message").entity(String.class)
			.satisfies(m -> assertThat(m).contains("empty"));
		String paste = "Advocates sent a letter to the agency on Monday. ".repeat(110_000);
		this.graphQl.document(MUTATION).variable("input", Map.of("text", paste, "date", "2021-01-04")).execute()
			.path("ingestSource.errors[0].message").entity(String.class)
			.satisfies(m -> assertThat(m).contains("MB").contains("lettergraph.ingest.max-document-size"));
		this.graphQl.document(MUTATION)
			.variable("input", Map.of("text", STORY.replace("on Wednesday ", ""), "title", "A story with no date"))
			.execute()
			.path("ingestSource.errors[0].message").entity(String.class)
			.satisfies(m -> assertThat(m).contains("no date").contains("`date`"));
		assertThat(GraphDump.of(this.client, Set.of())).isEqualTo(before);
	}
}
