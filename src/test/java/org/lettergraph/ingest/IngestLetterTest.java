package org.lettergraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.support.GraphDump;
import org.lettergraph.support.Editors;
import org.lettergraph.support.WritableGraphTest;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** ingestLetter with letter records: what is created, matched and held for review; dry runs; bad input. */
@WritableGraphTest
class IngestLetterTest {

	static final String INGEST = """
			mutation($record: String!, $dryRun: Boolean) {
			  ingestLetter(input: {record: $record, dryRun: $dryRun}) {
			    dryRun
			    letter { id title date signers(first: 10) { totalCount edges { role node { id name aliases } } } }
			    record { title signers { name } }
			    created { name actorId how }
			    matched { name actorId how }
			    review { actorId candidateId score reason }
			    errors { message line }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@BeforeEach
	void signIn() {
		this.graphQl = Editors.signedIn(this.graphQl);
	}

	@Autowired
	Driver driver;

	@Test
	void aDryRunReportsWhatWouldHappenAndWritesNothing() throws IOException {
		List<String> before = GraphDump.of(this.driver);
		var response = ingest(fixture("coalition-letter.yaml"), true);
		response.path("ingestLetter.dryRun").entity(Boolean.class).isEqualTo(true);
		response.path("ingestLetter.letter").valueIsNull();
		response.path("ingestLetter.record.signers[*].name").entityList(String.class)
			.containsExactly("ACLU", "Northern Valley Immigrant Coalition (NVIC)", "Immigrant Legal Resources Center");
		response.path("ingestLetter.created[*].actorId").entityList(String.class)
			.containsExactly("org:northern-valley-immigrant-coalition", "org:immigrant-legal-resources-center");
		response.path("ingestLetter.errors").entityList(Object.class).hasSize(0);
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).isEmpty();
	}

	@Test
	void aRecordGoesInMatchingKnownActorsAndHoldingNearNamesForReview() throws IOException {
		var response = ingest(fixture("coalition-letter.yaml"), false);
		response.path("ingestLetter.errors").entityList(Object.class).hasSize(0);
		response.path("ingestLetter.letter.id").entity(String.class)
			.isEqualTo("letter:2025-03-03-restore-due-process-in-immigration-court");
		response.path("ingestLetter.letter.signers.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("ingestLetter.letter.signers.edges[0].role").entity(String.class).isEqualTo("LEAD");
		response.path("ingestLetter.letter.signers.edges[2].node.aliases").entityList(String.class).containsExactly("NVIC");
		response.path("ingestLetter.matched[?(@.name == 'ACLU')].how").entityList(String.class).containsExactly("ALIAS");
		response.path("ingestLetter.matched[?(@.name == 'ACLU')].actorId").entityList(String.class)
			.containsExactly("org:american-civil-liberties-union");
		response.path("ingestLetter.matched[?(@.name == 'Detention Watch Network')].how").entityList(String.class)
			.containsExactly("NAME");
		response.path("ingestLetter.review[*].candidateId").entityList(String.class)
			.containsExactly("org:immigrant-legal-resource-center");

		// The same letter again changes nothing.
		List<String> after = GraphDump.of(this.driver);
		ingest(fixture("coalition-letter.yaml"), false).path("ingestLetter.errors").entityList(Object.class).hasSize(0);
		assertThat(GraphDump.difference(after, GraphDump.of(this.driver))).isEmpty();
	}

	@Test
	void aRecordWithProblemsWritesNothingAndNamesEachProblem() {
		List<String> before = GraphDump.of(this.driver);
		String record = """
				title: ""
				date: 2025-01-01
				sources: [source:nowhere]
				signers: ["Somebody", {aliases: [X]}]
				""";
		var response = ingest(record, false);
		List<String> messages = response.path("ingestLetter.errors[*].message").entityList(String.class).get();
		assertThat(messages).anyMatch(m -> m.startsWith("title:"))
			.anyMatch(m -> m.startsWith("signers[1]: needs a name or an id"));
		response.path("ingestLetter.letter").valueIsNull();

		var unknownField = ingest("title: A letter\nsigners: [A]\nsignatories: [B]\n", false);
		unknownField.path("ingestLetter.errors[0].message").entity(String.class)
			.satisfies(m -> assertThat(m).contains("unknown field 'signatories'"));
		unknownField.path("ingestLetter.errors[0].line").entity(Integer.class).isEqualTo(3);

		var unknownSource = ingest("title: A letter\nsources: [source:nowhere]\nsigners: [A]\n", false);
		unknownSource.path("ingestLetter.errors[0].message").entity(String.class)
			.isEqualTo("sources: no source with id 'source:nowhere' in the graph.");

		var badTypes = ingest("""
				title: A letter
				date: next tuesday
				reportedSignerCountQualifier: LOTS
				sources: [nowhere]
				signers: [A]
				""", false);
		List<String> typeProblems = badTypes.path("ingestLetter.errors[*].message").entityList(String.class).get();
		assertThat(typeProblems).anyMatch(m -> m.startsWith("date: ") && m.contains("next tuesday"))
			.anyMatch(m -> m.startsWith("reportedSignerCountQualifier: "))
			.anyMatch(m -> m.startsWith("sources[0]: "));

		var empty = ingest("   ", false);
		empty.path("ingestLetter.errors[0].message").entity(String.class).isEqualTo("The document is empty.");
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).isEmpty();
	}

	@Test
	void aFailureHalfwayThroughALetterLeavesNoTrace() {
		List<String> before = GraphDump.of(this.driver);
		// The source the record brings is written before the participants' ids are checked: the unknown addressee
		// id found then must roll the source back with everything else.
		String record = """
				title: A letter that fails late
				date: 2025-02-02
				sources: [source:2025-02-02-a-letter-that-fails-late]
				sourceDetails: [{id: source:2025-02-02-a-letter-that-fails-late, title: A letter that fails late,
				                 publisher: A Group That Must Not Remain, kind: LETTER}]
				signers: ["A Group That Must Not Remain"]
				addressees: [{id: official:no-such-official}]
				""";
		var response = ingest(record, false);
		response.path("ingestLetter.errors[0].message").entity(String.class)
			.satisfies(m -> assertThat(m).contains("official:no-such-official"));
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).isEmpty();
	}

	@Test
	void aDocumentOverTheSizeLimitIsRefusedWithTheLimit() {
		String huge = "title: x\n# " + "a".repeat(6 * 1024 * 1024) + "\n";
		ingest(huge, false).path("ingestLetter.errors[0].message").entity(String.class)
			.satisfies(m -> assertThat(m).startsWith("The document is 6.0 MB; the limit is 5.0 MB"));
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response ingest(String record, boolean dryRun) {
		return this.graphQl.document(INGEST).variable("record", record).variable("dryRun", dryRun).execute();
	}

	static String fixture(String name) throws IOException {
		return new ClassPathResource("records/" + name).getContentAsString(StandardCharsets.UTF_8);
	}
}
