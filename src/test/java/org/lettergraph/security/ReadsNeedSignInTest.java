package org.lettergraph.security;

import org.junit.jupiter.api.Test;
import org.lettergraph.support.Editors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.RequestEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** With lettergraph.security.read-access=SIGNED_IN, reads need a user or token too; health stays open. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lettergraph.bundled-data=false", "lettergraph.security.read-access=SIGNED_IN" })
@ActiveProfiles("test")
@DirtiesContext
class ReadsNeedSignInTest {

	@Autowired
	TestRestTemplate http;

	@Test
	void anonymousReadsAreRefusedSignedInReadsAnswered() {
		assertThat(query(null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(query(null).getBody()).contains("Sign in");
		var signedIn = query(Editors.READER_TOKEN);
		assertThat(signedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(signedIn.getBody()).contains("\"letters\":0");
		assertThat(this.http.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	private org.springframework.http.ResponseEntity<String> query(String token) {
		var request = RequestEntity.post("/graphql").header("Content-Type", "application/json");
		if (token != null) {
			request = request.header("Authorization", "Bearer " + token);
		}
		return this.http.exchange(request.body("{\"query\":\"{ stats { letters } }\"}"), String.class);
	}
}
