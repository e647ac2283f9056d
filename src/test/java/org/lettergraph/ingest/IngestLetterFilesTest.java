package org.lettergraph.ingest;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.document.LetterFiles;
import org.lettergraph.ingest.document.TestDocuments;
import org.lettergraph.support.Editors;
import org.lettergraph.support.GraphDump;
import org.lettergraph.support.WritableGraphTest;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** A letter as a PDF file through ingestLetter (base64) and POST /ingest (multipart): read, parsed, dry run. */
@WritableGraphTest
class IngestLetterFilesTest {

	private static final String INGEST_FILE = """
			mutation($file: DocumentInput!) {
			  ingestLetter(input: {file: $file, dryRun: true}) {
			    dryRun record { date title signers { name } } warnings errors { message }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestRestTemplate http;

	@Autowired
	Driver driver;

	@BeforeEach
	void signIn() {
		this.graphQl = Editors.signedIn(this.graphQl);
	}

	@Test
	void aPdfInBase64IsReadAsTheLetterItIs() {
		List<String> before = GraphDump.of(this.driver);
		String base64 = Base64.getEncoder().encodeToString(LetterFiles.signOnPdf());
		var response = this.graphQl.document(INGEST_FILE)
			.variable("file", java.util.Map.of("name", "letter.pdf", "mediaType", "application/pdf", "base64", base64))
			.execute();
		response.path("ingestLetter.errors").entityList(Object.class).hasSize(0);
		response.path("ingestLetter.dryRun").entity(Boolean.class).isEqualTo(true);
		response.path("ingestLetter.record.date").entity(String.class).isEqualTo("2025-03-04");
		response.path("ingestLetter.record.title").entity(String.class).isEqualTo(LetterFiles.TITLE);
		response.path("ingestLetter.record.signers[*].name").entityList(String.class)
			.containsExactly(LetterFiles.SIGNERS.toArray(String[]::new));
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).as("a dry run writes nothing").isEmpty();
	}

	@Test
	void badBase64AndAScanAreErrorsInPlainWords() {
		this.graphQl.document(INGEST_FILE)
			.variable("file", java.util.Map.of("name", "letter.pdf", "base64", "JVBERi0x!!not base64"))
			.execute()
			.path("ingestLetter.errors[0].message").entity(String.class)
			.satisfies(m -> assertThat(m).startsWith("file.base64: not valid base64 ('!' at character 9"));
		this.graphQl.document(INGEST_FILE)
			.variable("file", java.util.Map.of("base64", Base64.getEncoder().encodeToString(TestDocuments.scan(1))))
			.execute()
			.path("ingestLetter.errors[0].message").entity(String.class)
			.satisfies(m -> assertThat(m).startsWith("This PDF has no text layer: it is a scan"));
		this.graphQl.document("mutation { ingestLetter(input: {text: \"x\", file: {base64: \"eA==\"}}) { errors { message } } }")
			.execute()
			.path("ingestLetter.errors[0].message").entity(String.class)
			.isEqualTo("input: give one of text, record, csv and file, or a letter (text, record or file) with csv "
					+ "for a letter and its signers (got text and file).");
	}

	@Test
	void aPdfUploadedAsAFileIsReadAsTheLetterItIs() {
		var body = new LinkedMultiValueMap<String, Object>();
		body.add("file", new ByteArrayResource(LetterFiles.signOnPdf()) {
			@Override
			public String getFilename() {
				return "sign-on letter.pdf";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.setBearerAuth(Editors.EDITOR_TOKEN);
		var response = this.http.postForEntity("/ingest?dryRun=true", new HttpEntity<>(body, headers), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("\"file\":\"sign-on letter.pdf\"")
			.contains("\"date\":\"2025-03-04\"")
			.contains("\"title\":\"" + LetterFiles.TITLE + "\"")
			.contains("Larchmont Immigrant Rights Project");
	}
}
