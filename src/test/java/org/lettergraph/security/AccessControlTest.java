package org.lettergraph.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lettergraph.support.Editors;
import org.lettergraph.support.WritableGraphTest;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads are open; writes need an editor, and every write says who made it and when. */
@WritableGraphTest
class AccessControlTest {

	static final String ALIAS = "mutation { addAlias(actorId: \"org:detention-watch-network\", alias: \"DWN\") { aliases } }";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestRestTemplate http;

	@Autowired
	Driver driver;

	@Test
	void anyoneMayRead() {
		this.graphQl.document("{ stats { letters } }")
			.execute()
			.path("stats.letters").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(4));
		var health = this.http.getForEntity("/actuator/health", String.class);
		assertThat(health.getStatusCode()).as(health.getBody()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void anAnonymousWriteIsRefusedAndSaysHowToSignIn() {
		this.graphQl.document(ALIAS)
			.execute()
			.errors()
			.expect(e -> e.getErrorType().toString().equals("UNAUTHORIZED")
					&& e.getMessage().startsWith("This changes the graph, so it needs an editor"))
			.verify();
		assertThat(aliasesOfDetentionWatch()).doesNotContain("DWN");
	}

	@Test
	void aSignedInCallerWithoutTheEditorRoleIsRefused() {
		Editors.as(this.graphQl, Editors.READER_TOKEN)
			.document(ALIAS)
			.execute()
			.errors()
			.expect(e -> e.getErrorType().toString().equals("FORBIDDEN")
					&& e.getMessage().equals("'read-only-bot' is signed in but is not an editor (this needs the EDITOR role)."))
			.verify();
		this.graphQl.mutate()
			.headers(h -> h.setBasicAuth("reader", "reader-password-1"))
			.build()
			.document(ALIAS)
			.execute()
			.errors()
			.expect(e -> e.getErrorType().toString().equals("FORBIDDEN"))
			.verify();
	}

	@Test
	void anEditorsWriteIsAcceptedAndAttributed() {
		this.graphQl.mutate()
			.headers(h -> h.setBasicAuth("editor", "editor-password-1"))
			.build()
			.document("mutation { addAlias(actorId: \"org:united-we-dream\", alias: \"UWD\") { aliases } }")
			.execute()
			.path("addAlias.aliases").entityList(String.class).contains("UWD");
		Map<String, Object> node = properties("MATCH (a:Actor {id: 'org:united-we-dream'}) RETURN properties(a) AS p");
		assertThat(node).containsEntry("updatedBy", "editor").containsKey("updatedAt")
			.containsEntry("createdBy", "lettergraph (bundled dataset)");

		String record = """
				title: An attributed letter
				date: 2025-06-01
				sources: [source:test-attributed]
				sourceDetails: [{id: source:test-attributed, title: An attributed letter, kind: LETTER}]
				signers: ["United We Dream", "A Brand New Group"]
				""";
		Editors.signedIn(this.graphQl)
			.documentName("ingestRecord")
			.variable("record", record)
			.execute()
			.path("ingestLetter.errors").entityList(Object.class).hasSize(0);
		assertThat(properties("MATCH (l:Letter {id: 'letter:2025-06-01-an-attributed-letter'}) RETURN properties(l) AS p"))
			.containsEntry("createdBy", "test-bot").containsKey("createdAt").doesNotContainKey("updatedBy");
		assertThat(properties("""
				MATCH (:Actor {id: 'org:united-we-dream'})-[r:SIGNED]->(:Letter {id: 'letter:2025-06-01-an-attributed-letter'})
				RETURN properties(r) AS p""")).containsEntry("createdBy", "test-bot");
		assertThat(properties("MATCH (s:Source {id: 'source:test-attributed'}) RETURN properties(s) AS p"))
			.containsEntry("createdBy", "test-bot");
	}

	@Test
	void anUnknownTokenIsRefusedAtTheDoor() {
		var response = this.http.exchange(org.springframework.http.RequestEntity.post("/graphql")
			.header("Authorization", "Bearer not-a-token")
			.header("Content-Type", "application/json")
			.body("{\"query\":\"{ stats { letters } }\"}"), String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getBody()).contains("This API token is not known to the service.");
	}

	@Test
	void everyResponseCarriesARequestIdAndMetricsNeedASignIn() {
		var response = this.http.getForEntity("/actuator/health", String.class);
		assertThat(response.getHeaders().getFirst("X-Request-Id")).isNotBlank();
		var echoed = this.http.exchange(org.springframework.http.RequestEntity.get("/actuator/health")
			.header("X-Request-Id", "support-ticket-42").build(), String.class);
		assertThat(echoed.getHeaders().getFirst("X-Request-Id")).isEqualTo("support-ticket-42");
		assertThat(this.http.getForEntity("/actuator/metrics", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		this.graphQl.document("{ stats { letters } }").execute();
		var metrics = this.http.exchange(org.springframework.http.RequestEntity.get("/actuator/metrics/graphql.request")
			.header("Authorization", "Bearer " + Editors.READER_TOKEN).build(), String.class);
		assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(metrics.getBody()).contains("graphql.request");
	}

	@Test
	void anAnonymousUploadIsRefused() {
		var response = this.http.postForEntity("/ingest", null, String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(response.getBody()).contains("Sign in");
	}

	private java.util.List<String> aliasesOfDetentionWatch() {
		try (var session = this.driver.session()) {
			return session.run("MATCH (a:Actor {id: 'org:detention-watch-network'}) RETURN coalesce(a.aliases, []) AS x")
				.single().get("x").asList(v -> v.asString());
		}
	}

	private Map<String, Object> properties(String cypher) {
		try (var session = this.driver.session()) {
			return session.run(cypher).single().get("p").asMap();
		}
	}
}
