package org.lettergraph.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's own safety headers, and that the page works under them: every view is opened in Chromium with the
 * Content-Security-Policy enforced, and any violation the browser reports fails the test.
 */
class PageSafetyTest extends BrowserTestSupport {

	/** Runs before any script of each new document: keeps every CSP violation the browser reports. */
	static final String RECORD_VIOLATIONS = """
			window.__violations = [];
			document.addEventListener('securitypolicyviolation', (e) => {
			  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
			});
			""";

	private String recorder;

	@BeforeEach
	void recordViolations() {
		this.recorder = (String) ((ChromeDriver) this.browser)
			.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS))
			.get("identifier");
	}

	@AfterEach
	void stopRecording() {
		((ChromeDriver) this.browser).executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
				Map.of("identifier", this.recorder));
	}

	@Test
	void theSafetyHeadersAreSent() throws Exception {
		HttpResponse<String> page = get("/");
		String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("script-src 'self';", "object-src 'none'", "base-uri 'self'",
				"frame-ancestors 'none'", "form-action 'self'", "style-src 'self';")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(get("/graphql").headers().firstValue("Content-Security-Policy")).hasValue(policy);

		HttpResponse<String> graphiql = get("/graphiql?path=/graphql");
		assertThat(graphiql.statusCode()).isEqualTo(200);
		String own = graphiql.headers().firstValue("Content-Security-Policy").orElseThrow();
		String scripts = own.replaceAll(".*script-src ([^;]*);.*", "$1");
		assertThat(scripts).as("GraphiQL's inline scripts are allowed by their hashes only")
			.contains("'sha256-", "https://esm.sh")
			.doesNotContain("unsafe-inline");
		assertThat(own).contains("object-src 'none'", "frame-ancestors 'none'");
	}

	@Test
	void thePageHasNoInlineScriptNoEventAttributesAndNoStyleAttributes() throws IOException {
		Path root = Path.of("src/main/resources/static");
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file);
				assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(html).find()).as(file + ": inline script")
					.isFalse();
				assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find())
					.as(file + ": event attribute").isFalse();
				assertThat(Pattern.compile("\\sstyle\\s*=").matcher(html).find()).as(file + ": style attribute").isFalse();
			}
		}
	}

	@Test
	void everyViewWorksUnderThePolicy() {
		signInAsEditor();
		for (String view : List.of("#/", "#/search?q=ACLU", "#/actor/org:american-civil-liberties-union",
				"#/letter/" + OrganizersPageTest.NOV_2024, "#/compare?letters=" + OrganizersPageTest.FEB_2021 + ","
						+ OrganizersPageTest.NOV_2024, "#/network", "#/program/program:287g", "#/sign-in", "#/add", "#/review")) {
			open(view);
			waitForView();
			if (view.equals("#/network")) {
				waitFor((d) -> ((Number) js("return window.cy ? window.cy.nodes().length : 0")).longValue() > 0 ? true : null);
				waitFor((d) -> all(".swatch").isEmpty() ? null : true);
				assertThat(all(".swatch")).allSatisfy(
						(s) -> assertThat(s.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)"));
			}
			assertThat((List<?>) js("return window.__violations")).as(view).isEmpty();
		}
		// The skip link moves focus to the view, from script now that there is no inline handler.
		open("#/");
		waitForView();
		js("document.getElementById('skip-link').click()");
		assertThat(js("return document.activeElement.id")).isEqualTo("main");
		assertThat(hash()).isEqualTo("#/");
		signOut();
		assertThat((List<?>) js("return window.__violations")).isEmpty();
	}

	@Test
	void graphiqlsOwnInlineScriptsAreAllowed() {
		this.browser.get(base() + "/graphiql?path=/graphql");
		waitFor((d) -> "complete".equals(js("return document.readyState")) ? true : null);
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) js("return window.__violations");
		assertThat(violations).as("inline scripts blocked").noneMatch((v) -> v.contains(" inline "));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}
}
