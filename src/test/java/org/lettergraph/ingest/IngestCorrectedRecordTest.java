package org.lettergraph.ingest;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.support.Editors;
import org.lettergraph.support.WritableGraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the page's "Add a letter" does: a dry run returns the record whole (with the source the document itself is),
 * a person corrects it, and the corrected record goes back through ingestLetter's record input and is written.
 */
@WritableGraphTest
class IngestCorrectedRecordTest {

	static final String LETTER = """
			June 2, 2026

			Secretary Alejandro Mayorkas
			U.S. Department of Homeland Security
			Washington, DC 20528

			Re: Stop the Fenwick Bay detention expansion

			Dear Secretary Mayorkas:

			Our coalition asks you to halt the planned expansion of detention at Fenwick Bay.

			1. Halt the expansion.

			Sincerely,

			Fenwick Bay Rapid Response Netwrok
			Tidewater Faith Table
			""";

	static final String READ = """
			mutation($input: IngestLetterInput!) { ingestLetter(input: $input) {
			  errors { message } warnings
			  letter { id date signers { edges { node { name } } } sources { id title publisher kind } }
			  record { id title date asks sources reportedSignerCount
			    sourceDetails { id title publisher date kind }
			    reports { source signerCount signerCountQualifier }
			    programs { program ask }
			    signers { name kind aliases location } addressees { id name title organization } } } }""";

	@Autowired
	HttpGraphQlTester anonymous;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void signIn() {
		this.graphQl = Editors.signedIn(this.anonymous);
	}

	@Test
	void theDryRunsRecordCarriesItsOwnSourceAndComesBackCorrectedAsARecord() throws Exception {
		var dry = this.graphQl.document(READ).variable("input", Map.of("text", LETTER, "dryRun", true)).execute();
		dry.path("ingestLetter.errors").entityList(Object.class).hasSize(0);
		dry.path("ingestLetter.letter").valueIsNull();
		String sourceId = "source:2026-06-02-stop-the-fenwick-bay-detention-expansion";
		dry.path("ingestLetter.record.sources").entityList(String.class).containsExactly(sourceId);
		dry.path("ingestLetter.record.sourceDetails[0].id").entity(String.class).isEqualTo(sourceId);
		dry.path("ingestLetter.record.sourceDetails[0].kind").entity(String.class).isEqualTo("LETTER");
		dry.path("ingestLetter.record.sourceDetails[0].title").entity(String.class)
			.isEqualTo("Stop the Fenwick Bay detention expansion");
		dry.path("ingestLetter.record.sourceDetails[0].date").entity(String.class).isEqualTo("2026-06-02");
		this.graphQl.document("{ source(id: \"" + sourceId + "\") { id } }").execute().path("source").valueIsNull();

		// The person fixes the date and a misspelt signer, and sends the record back as JSON.
		ObjectMapper json = new ObjectMapper();
		@SuppressWarnings("unchecked")
		Map<String, Object> read = dry.path("ingestLetter.record").entity(Map.class).get();
		ObjectNode record = json.valueToTree(read);
		record.remove("id");
		record.put("date", "2026-06-12");
		record.remove("reportedSignerCount");
		((ObjectNode) record.get("sourceDetails").get(0)).put("date", "2026-06-12");
		ArrayNode signers = (ArrayNode) record.get("signers");
		assertThat(signers.get(0).get("name").asText()).isEqualTo("Fenwick Bay Rapid Response Netwrok");
		((ObjectNode) signers.get(0)).put("name", "Fenwick Bay Rapid Response Network");
		stripNulls(record);
		var written = this.graphQl.document(READ)
			.variable("input", Map.of("record", json.writeValueAsString(record)))
			.execute();
		written.path("ingestLetter.errors").entityList(Object.class).hasSize(0);
		written.path("ingestLetter.letter.id").entity(String.class)
			.isEqualTo("letter:2026-06-12-stop-the-fenwick-bay-detention-expansion");
		written.path("ingestLetter.letter.date").entity(String.class).isEqualTo("2026-06-12");
		written.path("ingestLetter.letter.signers.edges[*].node.name").entityList(String.class)
			.containsExactly("Fenwick Bay Rapid Response Network", "Tidewater Faith Table");
		written.path("ingestLetter.letter.sources[0].id").entity(String.class).isEqualTo(sourceId);
		written.path("ingestLetter.letter.sources[0].kind").entity(String.class).isEqualTo("LETTER");
		written.path("ingestLetter.letter.sources[0].publisher").entity(String.class)
			.isEqualTo(read.get("sourceDetails") instanceof List<?> l ? ((Map<?, ?>) l.get(0)).get("publisher") : null);
		this.graphQl.document("{ actorByName(name: \"Fenwick Bay Rapid Response Netwrok\") { id } }")
			.execute()
			.path("actorByName").valueIsNull();
	}

	/** The record format takes no nulls: GraphQL's null fields are left out, as the page leaves them out. */
	private static void stripNulls(com.fasterxml.jackson.databind.JsonNode node) {
		if (node instanceof ObjectNode object) {
			List<String> empty = new java.util.ArrayList<>();
			object.fields().forEachRemaining((e) -> {
				if (e.getValue().isNull()) {
					empty.add(e.getKey());
				}
				else {
					stripNulls(e.getValue());
				}
			});
			object.remove(empty);
		}
		else if (node instanceof ArrayNode array) {
			array.forEach(IngestCorrectedRecordTest::stripNulls);
		}
	}
}
