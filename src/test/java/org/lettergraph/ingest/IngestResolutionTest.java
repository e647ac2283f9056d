package org.lettergraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.support.Editors;
import org.lettergraph.support.GraphDump;
import org.lettergraph.support.WritableGraphTest;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph side of real letters: people named by surname only matched to the actor the graph knows or asked for
 * (never made actors of their own), programs the graph does not hold proposed (not created), signatures kept as
 * written (location, an individual's title and organization), a letter document with its sign-on CSV as one letter,
 * and the most signatures one letter may have.
 */
@WritableGraphTest
class IngestResolutionTest {

	static final String SOURCE = "source:2024-11-15-act-now-to-protect-immigrant-communities";

	static final String INGEST = """
			mutation($record: String, $text: String, $csv: String, $dryRun: Boolean) {
			  ingestLetter(input: {record: $record, text: $text, csv: $csv, dryRun: $dryRun}) {
			    letter {
			      id
			      addressees { id }
			      programs { id }
			      unnamedAddressees unnamedCc proposedPrograms
			      signers(first: 50) { totalCount edges { role position title organization location node { id name } } }
			    }
			    created { name actorId how }
			    matched { name actorId how }
			    needsName { role field title surname written candidates { actorId name titles } }
			    proposedPrograms { program ask }
			    warnings
			    errors { message line }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Autowired
	TestRestTemplate http;

	@BeforeEach
	void signIn() {
		this.graphQl = Editors.signedIn(this.graphQl);
	}

	@Test
	void aSurnameAndTitleFindTheOfficialTheGraphKnows() {
		long actors = count("MATCH (a:Actor) RETURN count(a)");
		var response = record("""
				title: Release people held past their hearings
				date: 2025-04-01
				sources: [%s]
				addressees: [{name: Mayorkas, title: Secretary, kind: OFFICIAL}]
				cc: [{name: Omar, title: Representative, kind: LAWMAKER}]
				signers: [Detention Watch Network]
				""".formatted(SOURCE));
		noErrors(response);
		response.path("ingestLetter.letter.addressees[*].id").entityList(String.class)
			.containsExactly("official:alejandro-mayorkas");
		response.path("ingestLetter.matched[?(@.name == 'Mayorkas')].how").entityList(String.class)
			.containsExactly("SURNAME_AND_TITLE");
		response.path("ingestLetter.matched[?(@.name == 'Omar')].actorId").entityList(String.class)
			.containsExactly("lawmaker:O000173");
		response.path("ingestLetter.created").entityList(Object.class).hasSize(0);
		response.path("ingestLetter.needsName").entityList(Object.class).hasSize(0);
		assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(actors);
		assertThat(count("MATCH (a:Actor) WHERE a.id IN ['official:mayorkas', 'lawmaker:omar', 'official:omar'] "
				+ "RETURN count(a)")).isZero();
	}

	@Test
	void aSurnameTheGraphCannotTellIsAskedForAndLaterLinkedByItsFullName() {
		long actors = count("MATCH (a:Actor) RETURN count(a)");
		String bySurname = """
				title: Close the Brookfield processing center
				date: 2025-05-06
				sources: [%s]
				addressees: [{name: Okonkwo, title: Secretary, kind: OFFICIAL}]
				cc: [{name: Omar, title: Senator, kind: LAWMAKER}]
				signers: [Detention Watch Network]
				""".formatted(SOURCE);
		var response = record(bySurname);
		noErrors(response);
		String letterId = response.path("ingestLetter.letter.id").entity(String.class).get();
		response.path("ingestLetter.letter.addressees").entityList(Object.class).hasSize(0);
		response.path("ingestLetter.needsName[0].role").entity(String.class).isEqualTo("ADDRESSEE");
		response.path("ingestLetter.needsName[0].field").entity(String.class).isEqualTo("addressees[0]");
		response.path("ingestLetter.needsName[0].title").entity(String.class).isEqualTo("Secretary");
		response.path("ingestLetter.needsName[0].surname").entity(String.class).isEqualTo("Okonkwo");
		response.path("ingestLetter.needsName[0].candidates").entityList(Object.class).hasSize(0);
		// Omar is in the graph, but in the House: "Senator Omar" is not her; she is offered, not linked.
		response.path("ingestLetter.needsName[1].written").entity(String.class).isEqualTo("Senator Omar");
		response.path("ingestLetter.needsName[1].candidates[*].actorId").entityList(String.class)
			.containsExactly("lawmaker:O000173");
		response.path("ingestLetter.warnings").entityList(String.class)
			.satisfies(w -> assertThat(w).anyMatch(m -> m.startsWith("addressees[0]: 'Secretary Okonkwo' is named by "
					+ "surname only and no official, lawmaker or person of that surname and title is in the graph")));
		assertThat(count("MATCH (a:Actor) RETURN count(a)")).isEqualTo(actors);
		assertThat(strings("MATCH (l:Letter {id: $id}) RETURN l.unnamedAddressees AS v", letterId))
			.containsExactly("Secretary Okonkwo");
		assertThat(strings("MATCH (l:Letter {id: $id}) RETURN l.unnamedCc AS v", letterId))
			.containsExactly("Senator Omar");
		response.path("ingestLetter.letter.unnamedAddressees").entityList(String.class)
			.containsExactly("Secretary Okonkwo");

		// The same letter again changes nothing.
		List<String> before = GraphDump.of(this.driver);
		noErrors(record(bySurname));
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).isEmpty();

		// The person gives the full name: the edge is added, and the letter no longer waits for it.
		var corrected = record(bySurname.replace("{name: Okonkwo,", "{name: Adaeze Okonkwo,"));
		noErrors(corrected);
		corrected.path("ingestLetter.letter.addressees[*].id").entityList(String.class)
			.containsExactly("official:adaeze-okonkwo");
		assertThat(strings("MATCH (l:Letter {id: $id}) RETURN l.unnamedAddressees AS v", letterId)).isEmpty();
		corrected.path("ingestLetter.letter.unnamedAddressees").entityList(String.class).hasSize(0);
		corrected.path("ingestLetter.letter.unnamedCc").entityList(String.class).containsExactly("Senator Omar");
		assertThat(strings("MATCH (l:Letter {id: $id}) RETURN l.unnamedCc AS v", letterId))
			.containsExactly("Senator Omar");

		// The surname-only text again finds her on the letter, and changes nothing.
		List<String> afterCorrection = GraphDump.of(this.driver);
		var again = record(bySurname);
		noErrors(again);
		again.path("ingestLetter.matched[?(@.name == 'Okonkwo')].actorId").entityList(String.class)
			.containsExactly("official:adaeze-okonkwo");
		assertThat(GraphDump.difference(afterCorrection, GraphDump.of(this.driver))).isEmpty();
	}

	@Test
	void aProgramTheGraphDoesNotHoldIsProposedNotCreated() {
		long programs = count("MATCH (p:Program) RETURN count(p)");
		var response = record("""
				title: End family detention for good
				date: 2025-06-10
				sources: [%s]
				programs: [{program: program:family-detention, ask: end}, {program: program:287g, ask: terminate}]
				signers: [Detention Watch Network]
				""".formatted(SOURCE));
		noErrors(response);
		response.path("ingestLetter.letter.programs[*].id").entityList(String.class).containsExactly("program:287g");
		response.path("ingestLetter.proposedPrograms[0].program").entity(String.class)
			.isEqualTo("program:family-detention");
		response.path("ingestLetter.proposedPrograms[0].ask").entity(String.class).isEqualTo("end");
		response.path("ingestLetter.warnings").entityList(String.class)
			.satisfies(w -> assertThat(w).anyMatch(m -> m.startsWith("programs: program:family-detention is not in "
					+ "the graph")));
		assertThat(count("MATCH (p:Program) RETURN count(p)")).isEqualTo(programs);
		String letterId = response.path("ingestLetter.letter.id").entity(String.class).get();
		assertThat(strings("MATCH (l:Letter {id: $id}) RETURN l.proposedPrograms AS v", letterId))
			.containsExactly("program:family-detention");
		response.path("ingestLetter.letter.proposedPrograms").entityList(String.class)
			.containsExactly("program:family-detention");

		// A program id that is not one is a problem, and writes nothing.
		List<String> before = GraphDump.of(this.driver);
		var wrong = record("""
				title: A letter about a group, not a program
				sources: [%s]
				programs: [{program: "program:"}]
				signers: [Detention Watch Network]
				""".formatted(SOURCE));
		wrong.path("ingestLetter.errors[0].message").entity(String.class)
			.satisfies(m -> assertThat(m).startsWith("programs[0].program: ").contains("program:"));
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).isEmpty();
	}

	@Test
	void aSignatureKeepsItsLocationAndAnIndividualsTitleAndOrganization() {
		var response = record("""
				title: Keep families together in Union County
				date: 2025-07-01
				sources: [%s]
				signers:
				  - {name: Make the Road New Jersey, location: "Elizabeth, NJ"}
				  - {name: Dana Whitfield, kind: PERSON, title: Executive Director,
				     organization: American Civil Liberties Union, location: "Newark, NJ"}
				""".formatted(SOURCE));
		noErrors(response);
		response.path("ingestLetter.letter.signers.edges[0].location").entity(String.class).isEqualTo("Elizabeth, NJ");
		response.path("ingestLetter.letter.signers.edges[0].node.name").entity(String.class)
			.isEqualTo("Make the Road New Jersey");
		response.path("ingestLetter.letter.signers.edges[1].title").entity(String.class).isEqualTo("Executive Director");
		response.path("ingestLetter.letter.signers.edges[1].organization").entity(String.class)
			.isEqualTo("American Civil Liberties Union");
		response.path("ingestLetter.letter.signers.edges[1].location").entity(String.class).isEqualTo("Newark, NJ");

		this.graphQl.document("""
				{ actor(id: "person:dana-whitfield") { letters { role title organization location } } }""")
			.execute()
			.path("actor.letters[0].location").entity(String.class).isEqualTo("Newark, NJ");
		assertThat(strings("""
				MATCH (:Person {id: $id})-[r:AFFILIATED_WITH]->(o:Organization)
				RETURN [o.id + ' ' + r.title] AS v""", "person:dana-whitfield"))
			.containsExactly("org:american-civil-liberties-union Executive Director");
	}

	@Test
	void aLetterAndItsSignOnCsvGoInAsOneLetter() {
		String text = """
				June 3, 2025

				Secretary Alejandro Mayorkas
				Department of Homeland Security
				Washington, DC 20528

				Re: Stop transfers away from counsel in Riverbend County

				Dear Secretary Mayorkas:

				We write about the transfers that take people far from their lawyers.

				1. Stop the transfers.

				Sincerely,

				Riverbend Immigrant Defense Project
				""";
		String csv = """
				Timestamp,Organization Name,City,State,Contact Name,Contact Email,Phone
				2025-05-20 09:00:00,Harbor Valley Legal Aid,Harbor Valley,OR,Pat Lindqvist,pat@harbor.example.org,555-0101
				2025-05-20 10:00:00,Riverbend Immigrant Defense Project,Riverbend,OR,Sam Ito,sam@riverbend.example.org,555-0102
				2025-05-21 11:00:00,Cascade Faith Coalition,Salem,OR,Lee Marsh,lee@cascade.example.org,555-0103
				2025-05-21 12:00:00,Harbor Valley Legal Aid,Harbor Valley,OR,Pat Lindqvist,pat2@harbor.example.org,555-0101
				""";
		var response = this.graphQl.document(INGEST).variable("text", text).variable("csv", csv).execute();
		noErrors(response);
		response.path("ingestLetter.letter.id").entity(String.class)
			.isEqualTo("letter:2025-06-03-stop-transfers-away-from-counsel-in-riverbend-county");
		response.path("ingestLetter.letter.addressees[*].id").entityList(String.class)
			.containsExactly("official:alejandro-mayorkas");
		response.path("ingestLetter.letter.signers.edges[*].node.name").entityList(String.class)
			.containsExactly("Riverbend Immigrant Defense Project", "Harbor Valley Legal Aid", "Cascade Faith Coalition");
		response.path("ingestLetter.letter.signers.edges[1].location").entity(String.class)
			.isEqualTo("Harbor Valley, OR");
		List<String> warnings = response.path("ingestLetter.warnings").entityList(String.class).get();
		assertThat(warnings).anyMatch(w -> w.contains("'Harbor Valley Legal Aid' signed before, on line 2")
				&& w.contains("counted once"))
			.anyMatch(w -> w.contains("'Riverbend Immigrant Defense Project' is already among the document's "
					+ "signatures; counted once"));
		assertThat(count("MATCH (l:Letter) WHERE l.title STARTS WITH 'Stop transfers' RETURN count(l)")).isEqualTo(1);
		// No contact detail of the form reaches the graph: no e-mail, phone number or contact name anywhere.
		String dump = String.join("\n", GraphDump.of(this.driver));
		assertThat(dump).doesNotContain("example.org", "555-010", "Pat Lindqvist", "Sam Ito", "Lee Marsh");
	}

	@Test
	void anUploadedLetterAndItsSignersPartAreOneLetter() {
		String record = """
				title: Fund counsel for detained children
				date: 2025-08-12
				sources: [%s]
				addressees: [{id: official:alejandro-mayorkas, title: Secretary}]
				leads: [Detention Watch Network]
				""".formatted(SOURCE);
		String csv = """
				Organization,City,State,Email
				Lakeshore Youth Law Clinic,Duluth,MN,intake@lakeshore.example.org
				Lakeshore Youth Law Clinic,Duluth,MN,director@lakeshore.example.org
				""";
		var body = new LinkedMultiValueMap<String, Object>();
		body.add("file", file("letter.yaml", record));
		body.add("signers", file("export.csv", csv));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.setBearerAuth(Editors.EDITOR_TOKEN);
		var response = this.http.postForEntity("/ingest?dryRun=true", new HttpEntity<>(body, headers), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("\"file\":\"letter.yaml\"")
			.contains("org:lakeshore-youth-law-clinic")
			.contains("'Lakeshore Youth Law Clinic' signed before, on line 2")
			.doesNotContain("example.org");
	}

	@Test
	void aLetterOverTheMostSignaturesIsRefusedWithNothingWritten() {
		String signers = IntStream.rangeClosed(1, 20_001)
			.mapToObj(i -> "\"Invented Signer Number " + i + "\"")
			.collect(Collectors.joining(","));
		String record = "{\"title\": \"A letter with too many signatures\", \"sources\": [\"" + SOURCE
				+ "\"], \"signers\": [" + signers + "]}";
		List<String> before = GraphDump.of(this.driver);
		long started = System.nanoTime();
		var response = record(record);
		response.path("ingestLetter.errors[0].message").entity(String.class)
			.satisfies(m -> assertThat(m).startsWith("signers: the letter has 20,001 signatures")
				.contains("lettergraph.ingest.max-signatures"));
		response.path("ingestLetter.letter").valueIsNull();
		assertThat((System.nanoTime() - started) / 1_000_000_000).isLessThan(30);
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).isEmpty();
	}

	private static ByteArrayResource file(String name, String text) {
		return new ByteArrayResource(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return name;
			}
		};
	}

	private GraphQlTester.Response record(String record) {
		return this.graphQl.document(INGEST).variable("record", record).execute();
	}

	private static void noErrors(GraphQlTester.Response response) {
		response.path("ingestLetter.errors").entityList(Object.class).hasSize(0);
	}

	private long count(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).single().get(0).asLong();
		}
	}

	private List<String> strings(String cypher, String id) {
		try (var session = this.driver.session()) {
			var value = session.run(cypher, Map.of("id", id)).single().get("v");
			return value.isNull() ? List.of() : value.asList(v -> v.asString());
		}
	}
}
