package org.lettergraph.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-site request forgery, tried as an attacker would: the editor is signed in to the page, and visits a page of
 * another origin (here another port of localhost, which browsers count as the same site, so the SameSite=Lax
 * session cookie goes along) whose form sends itself to {@code /ingest} and to {@code /graphql}. Nothing is written.
 */
class CrossSiteFormTest extends BrowserTestSupport {

	static final String ALIAS = "Forged Alias From Elsewhere";

	static final String LETTER = "letter:2025-07-04-a-letter-sent-from-another-site";

	@Autowired
	HttpGraphQlTester graphQl;

	HttpServer attacker;

	@BeforeEach
	void startAttackersSite() throws IOException {
		this.attacker = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		this.attacker.createContext("/ingest.html", exchange -> serve(exchange, ingestPage()));
		this.attacker.createContext("/graphql.html", exchange -> serve(exchange, graphQlPage()));
		this.attacker.start();
	}

	@AfterEach
	void stopAttackersSite() {
		this.attacker.stop(0);
	}

	@Test
	void aFormOnAnotherOriginPostingToIngestWritesNothing() {
		signInAsEditor();
		this.browser.get(attackerUrl("/ingest.html"));
		String answer = waitForAnswerAt("/ingest");
		assertThat(answer).contains("another web site").contains("Nothing was written.");
		assertNoLetter();
		assertStillSignedIn();
	}

	@Test
	void aFormOnAnotherOriginPostingAMutationToGraphQlWritesNothing() {
		signInAsEditor();
		this.browser.get(attackerUrl("/graphql.html"));
		String answer = waitForAnswerAt("/graphql");
		assertThat(answer).contains("another web site").contains("Nothing was written.");
		assertThat(aliases()).doesNotContain(ALIAS);
		assertStillSignedIn();
	}

	/** Waits until the forged form's answer from the service is on screen, and gives its text. */
	private String waitForAnswerAt(String path) {
		waitFor((d) -> String.valueOf(d.getCurrentUrl()).startsWith(base() + path) ? true : null);
		return waitFor((d) -> {
			String text = d.findElement(By.tagName("body")).getText();
			return text.isBlank() ? null : text;
		});
	}

	/** The attack did not end the editor's sign-in either (the page still says who is signed in). */
	private void assertStillSignedIn() {
		open("#/");
		waitForView();
		assertThat(one("#signed-in-as").getText()).contains("editor");
	}

	private void assertNoLetter() {
		this.graphQl.document("query($id: ID!) { letter(id: $id) { id } }")
			.variable("id", LETTER)
			.execute()
			.path("letter")
			.valueIsNull();
	}

	private List<String> aliases() {
		return this.graphQl.document("{ actor(id: \"org:united-we-dream\") { aliases } }")
			.execute()
			.path("actor.aliases")
			.entityList(String.class)
			.get();
	}

	private String attackerUrl(String path) {
		return "http://localhost:" + this.attacker.getAddress().getPort() + path;
	}

	/** A form whose file input is filled in by script (as a page can) and which sends itself at once. */
	private String ingestPage() {
		String record = """
				title: A letter sent from another site
				date: 2025-07-04
				sources: [source:forged-elsewhere]
				sourceDetails: [{id: source:forged-elsewhere, title: A forged source, kind: LETTER}]
				signers: ["United We Dream", "A Group Nobody Asked"]
				""";
		return """
				<!doctype html><html><body>
				<form id="f" method="post" enctype="multipart/form-data" action="%s/ingest">
				<input type="file" name="file" id="file"></form>
				<script>
				const file = new File([%s], 'letter.yaml', { type: 'text/yaml' });
				const files = new DataTransfer();
				files.items.add(file);
				document.getElementById('file').files = files.files;
				document.getElementById('f').submit();
				</script></body></html>
				""".formatted(base(), jsString(record));
	}

	/** The classic trick: a text/plain form whose one field makes a JSON body. */
	private String graphQlPage() {
		String name = "{\"query\":\"mutation { addAlias(actorId: \\\"org:united-we-dream\\\", alias: \\\"" + ALIAS
				+ "\\\") { aliases } }\",\"padding\":\"";
		return """
				<!doctype html><html><body>
				<form id="f" method="post" enctype="text/plain" action="%s/graphql">
				<input type="hidden" name='%s' value='"}'></form>
				<script>document.getElementById('f').submit();</script>
				</body></html>
				""".formatted(base(), name);
	}

	private static String jsString(String text) {
		return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
	}

	private static void serve(com.sun.net.httpserver.HttpExchange exchange, String html) throws IOException {
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(200, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}
}
