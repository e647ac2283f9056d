package org.lettergraph.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lettergraph.support.Editors;
import org.lettergraph.support.WritableGraphTest;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads are open; writes need an editor, and every write says who made it and when. People sign in through the page
 * (a signed session cookie, with a CSRF token), programs with HTTP Basic or a Bearer token; no write is accepted from
 * another web site's page.
 */
@WritableGraphTest
class AccessControlTest {

	static final String ALIAS = "mutation { addAlias(actorId: \"org:detention-watch-network\", alias: \"DWN\") { aliases } }";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestRestTemplate http;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

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

	@Test
	void refusalsNeverAskTheBrowserForHttpBasicCredentials() throws Exception {
		for (HttpResponse<String> refused : List.of(send(post("/ingest").header("Content-Type", "multipart/form-data; boundary=x")
			.POST(BodyPublishers.ofString("--x--\r\n"))), send(post("/session").header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"username\":\"editor\",\"password\":\"wrong\"}"))),
				send(post("/graphql").header("Content-Type", "application/json")
					.header("Authorization", basic("editor", "wrong"))
					.POST(BodyPublishers.ofString("{\"query\":\"{ stats { letters } }\"}"))),
				send(request("/actuator/metrics").GET()))) {
			assertThat(refused.statusCode()).as(refused.uri() + " " + refused.body()).isEqualTo(401);
			assertThat(refused.headers().allValues("WWW-Authenticate")).as(refused.uri().toString())
				.noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("basic"));
		}
	}

	@Test
	void signingInSetsASignedHttpOnlyCookieAndSessionSaysWho() throws Exception {
		HttpResponse<String> nobody = send(request("/session").GET());
		assertThat(nobody.statusCode()).isEqualTo(200);
		assertThat(nobody.body()).contains("\"signedIn\":false").contains("\"editor\":false");
		assertThat(cookie(nobody, "XSRF-TOKEN")).as("the CSRF cookie is set when the page first asks").isNotNull();
		assertThat(nobody.body()).as("the answer gives the page the cookie's token")
			.contains("\"csrfToken\":\"" + cookie(nobody, "XSRF-TOKEN") + "\"");
		HttpResponse<String> again = send(request("/session").header("Cookie", "XSRF-TOKEN=kept-token").GET());
		assertThat(again.body()).as("the token of the cookie the request carried").contains("\"csrfToken\":\"kept-token\"");
		assertThat(cookie(again, "XSRF-TOKEN")).as("and no new cookie").isNull();

		HttpResponse<String> wrong = send(post("/session").header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"username\":\"editor\",\"password\":\"not-the-password\"}")));
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).contains("The user name or password was not accepted.");
		assertThat(cookie(wrong, SessionCookies.NAME)).isNull();

		HttpResponse<String> form = send(post("/session").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("username=editor&password=editor-password-1")));
		assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
		assertThat(form.body()).contains("\"name\":\"editor\"").contains("\"roles\":[\"EDITOR\"]")
			.contains("\"editor\":true");
		String setCookie = setCookie(form, SessionCookies.NAME);
		assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").doesNotContain("Secure");
		String session = cookie(form, SessionCookies.NAME);

		HttpResponse<String> who = send(request("/session").header("Cookie", SessionCookies.NAME + "=" + session).GET());
		assertThat(who.body()).contains("\"signedIn\":true").contains("\"name\":\"editor\"").contains("\"session\":true");

		HttpResponse<String> tampered = send(request("/session")
			.header("Cookie", SessionCookies.NAME + "=" + session.replaceFirst("^.", session.startsWith("e") ? "f" : "e")).GET());
		assertThat(tampered.body()).as("a changed cookie signs nobody in").contains("\"signedIn\":false");

		HttpResponse<String> behindTls = send(post("/session").header("Content-Type", "application/json")
			.header("X-Forwarded-Proto", "https")
			.POST(BodyPublishers.ofString("{\"username\":\"reader\",\"password\":\"reader-password-1\"}")));
		assertThat(behindTls.statusCode()).as(behindTls.body()).isEqualTo(200);
		assertThat(behindTls.body()).contains("\"editor\":false");
		assertThat(setCookie(behindTls, SessionCookies.NAME)).contains("Secure");

		HttpResponse<String> token = send(post("/session").header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"token\":\"" + Editors.EDITOR_TOKEN + "\"}")));
		assertThat(token.body()).contains("\"name\":\"test-bot\"").contains("\"editor\":true");
	}

	@Test
	void aRequestWithTheSessionCookieNeedsTheCsrfTokenAndSigningOutEndsTheSession() throws Exception {
		HttpResponse<String> signedIn = send(post("/session").header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"username\":\"editor\",\"password\":\"editor-password-1\"}")));
		String session = SessionCookies.NAME + "=" + cookie(signedIn, SessionCookies.NAME);
		String csrf = cookie(signedIn, "XSRF-TOKEN");
		assertThat(csrf).as("signing in gives a new CSRF token").isNotBlank();
		assertThat(signedIn.body()).as("in the answer too").contains("\"csrfToken\":\"" + csrf + "\"");
		String alias = "mutation { addAlias(actorId: \"org:detention-watch-network\", alias: \"Watch Network CSRF\") { aliases } }";

		HttpResponse<String> withoutToken = send(graphQl(alias).header("Cookie", session + "; XSRF-TOKEN=" + csrf));
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(withoutToken.body()).contains("CSRF token").contains("Nothing was written.");
		HttpResponse<String> wrongToken = send(graphQl(alias).header("Cookie", session + "; XSRF-TOKEN=" + csrf)
			.header("X-XSRF-TOKEN", "made-up"));
		assertThat(wrongToken.statusCode()).isEqualTo(403);
		assertThat(aliasesOfDetentionWatch()).doesNotContain("Watch Network CSRF");

		HttpResponse<String> withToken = send(graphQl(alias).header("Cookie", session + "; XSRF-TOKEN=" + csrf)
			.header("X-XSRF-TOKEN", csrf));
		assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
		assertThat(withToken.body()).contains("Watch Network CSRF");
		assertThat(withToken.headers().allValues("Set-Cookie")).as("the token stays the same from request to request, "
				+ "so that two requests the page sends at once both carry the right one").noneMatch(c -> c.startsWith("XSRF-TOKEN="));
		HttpResponse<String> who = send(request("/session").header("Cookie", session + "; XSRF-TOKEN=" + csrf).GET());
		assertThat(who.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("XSRF-TOKEN="));
		assertThat(who.body()).contains("\"csrfToken\":\"" + csrf + "\"");
		assertThat(properties("MATCH (a:Actor {id: 'org:detention-watch-network'}) RETURN properties(a) AS p"))
			.containsEntry("updatedBy", "editor");

		HttpResponse<String> signOutWithoutToken = send(post("/session/sign-out").header("Cookie", session)
			.POST(BodyPublishers.noBody()));
		assertThat(signOutWithoutToken.statusCode()).as("another site cannot sign the editor out either").isEqualTo(403);
		HttpResponse<String> signedOut = send(post("/session/sign-out")
			.header("Cookie", session + "; XSRF-TOKEN=" + csrf)
			.header("X-XSRF-TOKEN", csrf)
			.POST(BodyPublishers.noBody()));
		assertThat(signedOut.statusCode()).as(signedOut.body()).isEqualTo(200);
		assertThat(signedOut.body()).contains("\"signedIn\":false");
		assertThat(setCookie(signedOut, SessionCookies.NAME)).contains("Max-Age=0");
	}

	@Test
	void aWriteFromAnotherSitesPageIsRefusedWhateverItCarries() throws Exception {
		String alias = "mutation { addAlias(actorId: \"org:detention-watch-network\", alias: \"Cross Site\") { aliases } }";
		HttpResponse<String> foreign = send(graphQl(alias).header("Authorization", basic("editor", "editor-password-1"))
			.header("Origin", "http://attacker.example"));
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(foreign.body()).contains("another web site (http://attacker.example)").contains("Nothing was written.");
		HttpResponse<String> byReferer = send(graphQl(alias).header("Authorization", basic("editor", "editor-password-1"))
			.header("Referer", "http://attacker.example/page.html"));
		assertThat(byReferer.statusCode()).isEqualTo(403);
		HttpResponse<String> sandboxed = send(graphQl(alias).header("Authorization", basic("editor", "editor-password-1"))
			.header("Origin", "null"));
		assertThat(sandboxed.statusCode()).isEqualTo(403);
		HttpResponse<String> upload = send(post("/ingest").header("Authorization", basic("editor", "editor-password-1"))
			.header("Origin", "http://localhost:1")
			.header("Content-Type", "multipart/form-data; boundary=b")
			.POST(BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"l.txt\"\r\n"
					+ "Content-Type: text/plain\r\n\r\nA letter\r\n--b--\r\n")));
		assertThat(upload.statusCode()).as("another port is another origin").isEqualTo(403);
		assertThat(aliasesOfDetentionWatch()).doesNotContain("Cross Site");

		HttpResponse<String> curl = send(graphQl(alias).header("Authorization", basic("editor", "editor-password-1")));
		assertThat(curl.statusCode()).as("HTTP Basic without Origin (curl) " + curl.body()).isEqualTo(200);
		HttpResponse<String> ownPage = send(graphQl(alias.replace("Cross Site", "Own Page"))
			.header("Authorization", basic("editor", "editor-password-1"))
			.header("Origin", "http://localhost:" + this.port));
		assertThat(ownPage.statusCode()).as(ownPage.body()).isEqualTo(200);
		HttpResponse<String> bearer = send(graphQl(alias.replace("Cross Site", "By Token"))
			.header("Authorization", "Bearer " + Editors.EDITOR_TOKEN)
			.header("Origin", "http://attacker.example")
			.header("Cookie", SessionCookies.NAME + "=whatever"));
		assertThat(bearer.statusCode()).as("Bearer needs no CSRF token " + bearer.body()).isEqualTo(200);
		assertThat(aliasesOfDetentionWatch()).contains("Cross Site", "Own Page", "By Token");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpRequest.Builder post(String path) {
		return request(path).header("Accept", "application/json");
	}

	private HttpRequest.Builder graphQl(String document) {
		return post("/graphql").header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"query\":" + quote(document) + "}"));
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static String basic(String user, String password) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The whole Set-Cookie line for this cookie (the last one, as a browser keeps), or null. */
	private static String setCookie(HttpResponse<?> response, String name) {
		List<String> lines = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).toList();
		return lines.isEmpty() ? null : lines.get(lines.size() - 1);
	}

	private static String cookie(HttpResponse<?> response, String name) {
		String line = setCookie(response, name);
		if (line == null) {
			return null;
		}
		String value = line.substring(name.length() + 1).split(";", 2)[0];
		return value.isEmpty() ? null : value;
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
