package org.lettergraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.support.Editors;
import org.lettergraph.support.GraphDump;
import org.lettergraph.support.WritableGraphTest;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Letters as text, CSV and records, ingested into the bundled dataset through ingestLetter. */
@WritableGraphTest
class IngestDocumentsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@BeforeEach
	void signIn() {
		this.graphQl = Editors.signedIn(this.graphQl);
	}

	@Autowired
	Driver driver;

	@Test
	void theNovemberLetterTextChangesNothingInTheBundledDataset() throws Exception {
		String text = SeedTexts.novemberLetter();
		List<String> before = GraphDump.of(this.driver);
		var response = this.graphQl.document("""
				mutation($text: String!) { ingestLetter(input: {text: $text}) {
				  errors { message } created { actorId } matched { how } review { actorId } } }""")
			.variable("text", text)
			.execute();
		response.path("ingestLetter.errors").entityList(Object.class).hasSize(0);
		response.path("ingestLetter.created").entityList(Object.class).hasSize(0);
		response.path("ingestLetter.matched").entityList(Object.class).hasSize(198);
		response.path("ingestLetter.review").entityList(Object.class).hasSize(0);
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).isEmpty();
	}

	@Test
	void theNewsReportedLettersAsRecordsGiveTheBundledGraph() throws IOException {
		List<String> before = GraphDump.of(this.driver);
		for (var file : new PathMatchingResourcePatternResolver().getResources("classpath:dataset/letters/2021-*.yaml")) {
			this.graphQl.documentName("ingestRecord")
				.variable("record", file.getContentAsString(StandardCharsets.UTF_8))
				.execute()
				.path("ingestLetter.errors").entityList(Object.class).hasSize(0);
		}
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).isEmpty();
	}

	@Test
	void aCongressionalLetterAsTextFindsItsLawmakers() throws IOException {
		String text = """
				March 2, 2025

				Secretary Alejandro Mayorkas
				Department of Homeland Security
				Washington, DC 20528

				Re: Ending local jail contracts for immigration detention

				Dear Secretary Mayorkas:

				We write again about the contracts that put immigrants in county jails.

				1. End the contracts: phase them out within a year.

				Sincerely,

				Rep. Ilhan Omar (D-Minn.)
				Rep. Mike Quigley (D-Ill.)
				""";
		var response = this.graphQl.document("""
				mutation($text: String!) { ingestLetter(input: {text: $text}) {
				  errors { message } warnings matched { name actorId how }
				  letter { leads { id } signers { edges { node { id } } } addressees { id } } } }""")
			.variable("text", text)
			.execute();
		response.path("ingestLetter.errors").entityList(Object.class).hasSize(0);
		response.path("ingestLetter.letter.signers.edges[*].node.id").entityList(String.class)
			.containsExactly("lawmaker:O000173", "lawmaker:Q000023");
		response.path("ingestLetter.letter.addressees[0].id").entity(String.class).isEqualTo("official:alejandro-mayorkas");
	}

	@Test
	void aSignOnFormExportGoesInWithTheLetterItBelongsTo() throws IOException {
		String csv = new ClassPathResource("org/lettergraph/ingest/csv/form-responses.csv")
			.getContentAsString(StandardCharsets.UTF_8);
		var response = this.graphQl.document("""
				mutation($csv: String!) { ingestLetter(input: {csv: $csv,
				    csvOptions: {title: "Protect workers who report abuse", date: "2024-03-01", leads: ["Farmworker Justice Alliance"]}}) {
				  errors { message } warnings
				  letter { id signers(first: 50) { totalCount edges { role node { id name } } } sources { id kind } }
				  matched { name actorId } } }""")
			.variable("csv", csv)
			.execute();
		response.path("ingestLetter.errors").entityList(Object.class).hasSize(0);
		response.path("ingestLetter.letter.id").entity(String.class)
			.isEqualTo("letter:2024-03-01-protect-workers-who-report-abuse");
		response.path("ingestLetter.letter.signers.edges[0].role").entity(String.class).isEqualTo("LEAD");
		response.path("ingestLetter.letter.signers.edges[0].node.name").entity(String.class)
			.isEqualTo("Farmworker Justice Alliance");
		response.path("ingestLetter.matched[*].actorId").entityList(String.class)
			.contains("org:asian-americans-advancing-justice-aajc", "org:florida-legal-services-inc");

		this.graphQl.document("mutation { ingestLetter(input: {csv: \"Name\\nA\"}) { errors { message } } }")
			.execute()
			.path("ingestLetter.errors[0].message").entity(String.class)
			.satisfies(m -> assertThat(m).startsWith("csvOptions.title:"));
		this.graphQl.document("mutation { ingestLetter(input: {text: \"x\", record: \"y\"}) { errors { message } } }")
			.execute()
			.path("ingestLetter.errors[0].message").entity(String.class)
			.isEqualTo("input: give one of text, record, csv and file, or a letter (text, record or file) with csv "
					+ "for a letter and its signers (got text and record).");
	}
}
