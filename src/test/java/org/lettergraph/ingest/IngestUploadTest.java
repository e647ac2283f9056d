package org.lettergraph.ingest;

import org.junit.jupiter.api.Test;
import org.lettergraph.support.WritableGraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /ingest with files, as a sign-on form's export or a saved letter would arrive. */
@WritableGraphTest
class IngestUploadTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void uploadedFilesAreIngestedAndAnsweredPerFile() throws Exception {
		var body = new LinkedMultiValueMap<String, Object>();
		body.add("file", file("letter.yaml", IngestLetterTest.fixture("coalition-letter.yaml").getBytes()));
		var response = post(body, "?dryRun=true");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("\"file\":\"letter.yaml\"").contains("\"dryRun\":true")
			.contains("org:northern-valley-immigrant-coalition");
	}

	@Test
	void aBinaryFileIsRefusedInPlainWords() {
		var body = new LinkedMultiValueMap<String, Object>();
		body.add("file", file("scan.pdf", new byte[] { '%', 'P', 'D', 'F', 0, (byte) 0xFF, (byte) 0xFE }));
		body.add("file", file("signers.csv", new byte[] { 'N', 'a', 'm', 'e', '\n', (byte) 0xFF, (byte) 0xFE }));
		body.add("file", file("photo.txt", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF }));
		var response = post(body, "");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(response.getBody()).contains("The file is named as a PDF but is not one")
			.contains("not UTF-8 text")
			.contains("The file is binary (a picture, a spreadsheet?), not a letter");
	}

	private org.springframework.http.ResponseEntity<String> post(LinkedMultiValueMap<String, Object> body, String query) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		headers.setBearerAuth(org.lettergraph.support.Editors.EDITOR_TOKEN);
		return this.http.postForEntity("/ingest" + query, new HttpEntity<>(body, headers), String.class);
	}

	private static ByteArrayResource file(String name, byte[] bytes) {
		return new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		};
	}
}
