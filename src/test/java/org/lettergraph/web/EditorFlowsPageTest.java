package org.lettergraph.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.document.TestDocuments;
import org.lettergraph.support.Editors;
import org.lettergraph.support.GraphDump;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' flows in a real browser: add a letter (from a PDF and from pasted text, correcting a misread signer
 * and the date in the preview), settle review pairs (same and not the same) with the keyboard and the mouse, and
 * the page's CSV cells. Each test leaves the shared graph exactly as it found it: what it added is deleted through
 * the driver afterwards and the graph is compared with a dump taken before.
 */
class EditorFlowsPageTest extends BrowserTestSupport {

	@Autowired
	Driver driver;

	@Autowired
	HttpGraphQlTester graphQl;

	private List<String> dumpBefore;

	private Set<String> nodesBefore;

	private Set<String> relationshipsBefore;

	@BeforeEach
	void rememberTheGraph() {
		this.dumpBefore = GraphDump.of(this.driver);
		try (var session = this.driver.session()) {
			this.nodesBefore = new HashSet<>(session.run("MATCH (n) RETURN elementId(n) AS id").list(r -> r.get("id").asString()));
			this.relationshipsBefore = new HashSet<>(
					session.run("MATCH ()-[r]->() RETURN elementId(r) AS id").list(r -> r.get("id").asString()));
		}
	}

	/** Deletes what the test added (new relationships, then new nodes) and checks the graph is as it was. */
	@AfterEach
	void leaveTheGraphAsItWas() {
		try (var session = this.driver.session()) {
			session.run("MATCH ()-[r]->() WHERE NOT elementId(r) IN $kept DELETE r",
					Map.of("kept", List.copyOf(this.relationshipsBefore))).consume();
			session.run("MATCH (n) WHERE NOT elementId(n) IN $kept DETACH DELETE n",
					Map.of("kept", List.copyOf(this.nodesBefore))).consume();
		}
		assertThat(GraphDump.difference(this.dumpBefore, GraphDump.of(this.driver))).as("the graph after the test").isEmpty();
	}

	@Test
	void aLetterFromAPdfIsCorrectedInThePreviewAddedAndFound() throws IOException {
		byte[] pdf = TestDocuments.pdf(List.of(TestDocuments.Text.of("""
				May 20, 2026

				Secretary Alejandro Mayorkas
				U.S. Department of Homeland Security
				Washington, DC 20528

				Re: End the Kestrel Valley jail agreement

				Dear Secretary Mayorkas:

				The county jail in our valley still books neighbors for immigration officers under a 287(g) agreement.

				1. End the 287(g) agreement with the Kestrel Valley sheriff.

				Sincerely,

				Kestrel Valley Immigrant Coalition
				Harrowgate Worker Center
				Lanternfly Legal Clinic
				""")));
		Path file = Files.createTempFile("kestrel-valley-letter-", ".pdf");
		Files.write(file, pdf);
		try {
			signInAsEditor();
			open("#/add");
			waitForView();
			one("#add-file").sendKeys(file.toAbsolutePath().toString());
			one("#add-read").click();
			waitForWrite((d) -> !d.findElements(By.id("rec-title")).isEmpty());
			assertThat(one("#rec-title").getAttribute("value")).isEqualTo("End the Kestrel Valley jail agreement");
			assertThat(one("#rec-date").getAttribute("value")).isEqualTo("2026-05-20");
			assertThat(nameValues("signers")).contains("Harrowgate Worker Center", "Lanternfly Legal Clinic");
			assertThat(one("#rec-addressees").getText()).contains("matched");

			// The letter was dated wrongly; the worker center is the Harrowgate Workers' Center.
			setValue("#rec-date", "2026-05-21");
			int worker = nameValues("signers").indexOf("Harrowgate Worker Center");
			WebElement name = one("#rec-signers-" + worker + "-name");
			name.sendKeys(Keys.END, "s Hub");
			assertThat(one("#rec-signers-" + worker + "-mark").getText()).contains("check again");

			one("#add-confirm").click();
			WebElement link = waitForWrite((d) -> d.findElements(By.id("add-letter-link")).stream().findFirst().orElse(null));
			String letterId = "letter:2026-05-21-end-the-kestrel-valley-jail-agreement";
			assertThat(link.getAttribute("href")).endsWith("#/letter/" + letterId);
			link.click();
			waitFor((d) -> hash().equals("#/letter/" + letterId));
			waitForView();
			assertThat(one("#letter-title").getText()).isEqualTo("End the Kestrel Valley jail agreement");
			assertThat(one("#main").getText()).contains("Harrowgate Worker Centers Hub").doesNotContain("Harrowgate Worker Center\n");
			try (var session = this.driver.session()) {
				var letter = session.run("""
						MATCH (l:Letter {id: $id})
						RETURN toString(l.date) AS date,
						       [(a)-[s:SIGNED]->(l) | a.name] AS signers,
						       [(l)-[:ADDRESSED_TO]->(a) | a.id] AS addressees""", Map.of("id", letterId)).single();
				assertThat(letter.get("date").asString()).isEqualTo("2026-05-21");
				assertThat(letter.get("signers").asList(org.neo4j.driver.Value::asString))
					.contains("Harrowgate Worker Centers Hub").doesNotContain("Harrowgate Worker Center");
				assertThat(letter.get("addressees").asList(org.neo4j.driver.Value::asString))
					.containsExactly("official:alejandro-mayorkas");
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void aPastedLetterIsCorrectedByRemovingAndAddingSignersAndFoundBySearch() throws IOException {
		signInAsEditor();
		open("#/add");
		waitForView();
		setValue("#add-text", """
				April 3, 2026

				Secretary Alejandro Mayorkas
				U.S. Department of Homeland Security
				Washington, DC 20528

				Re: Close the Harrow County detention annex

				Dear Secretary Mayorkas:

				Our groups serve families in three river towns where the annex now holds people for ICE.

				1. Close the annex when its current contract ends.

				Sincerely,

				Quillfeather Tenants Alliance
				Brightwater Legal Aid Colective
				Page Footer Line Read As A Signer
				United We Dream
				""");
		one("#add-read").click();
		waitForWrite((d) -> !d.findElements(By.id("rec-title")).isEmpty());
		assertThat(one("#rec-date").getAttribute("value")).isEqualTo("2026-04-03");
		List<String> read = nameValues("signers");
		assertThat(read).contains("Brightwater Legal Aid Colective", "United We Dream");
		assertThat(one("#rec-signers-" + read.indexOf("United We Dream") + "-mark").getText()).contains("matched");
		assertThat(one("#rec-signers-" + read.indexOf("Brightwater Legal Aid Colective") + "-mark").getText()).isEqualTo("new");
		js("document.getElementById('rec-addressees').closest('fieldset').scrollIntoView({block: 'start'})");
		screenshot(this.browser, ReadmeScreenshotsTest.FOLDER.resolve("add-letter.png"));

		// Correct what was read wrong: the date, a misspelt signer, a line that is no signer; add one it missed.
		setValue("#rec-date", "2026-04-13");
		int misspelt = read.indexOf("Brightwater Legal Aid Colective");
		setValue("#rec-signers-" + misspelt + "-name", "Brightwater Legal Aid Collective");
		this.browser.findElement(By.cssSelector("#rec-signers [data-remove='" + read.indexOf("Page Footer Line Read As A Signer") + "']")).click();
		one("#rec-signers-add").click();
		int added = nameValues("signers").size() - 1;
		WebElement newName = one("#rec-signers-" + added + "-name");
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(newName);
		newName.sendKeys("Saltmarsh Mutual Aid Network");
		one("#rec-signers-" + added + "-location").sendKeys("Dover, DE");

		one("#add-check").click();
		waitForWrite((d) -> one("#add-status").getText().startsWith("Checked"));
		assertThat(one("#rec-signers-" + added + "-mark").getText()).isEqualTo("new");

		one("#add-confirm").click();
		waitForWrite((d) -> !d.findElements(By.id("add-letter-link")).isEmpty());
		String letterId = "letter:2026-04-13-close-the-harrow-county-detention-annex";
		try (var session = this.driver.session()) {
			var letter = session.run("""
					MATCH (l:Letter {id: $id})
					RETURN toString(l.date) AS date,
					       [(a)-[s:SIGNED]->(l) | [s.position, a.name, coalesce(s.location, '')]] AS signatures,
					       COLLECT { MATCH (l)-[:REPORTED_IN]->(s:Source) RETURN s.id } AS sources""",
					Map.of("id", letterId)).single();
			assertThat(letter.get("date").asString()).isEqualTo("2026-04-13");
			List<String> names = letter.get("signatures").asList((v) -> v.get(1).asString());
			assertThat(names).contains("Brightwater Legal Aid Collective", "Saltmarsh Mutual Aid Network", "United We Dream")
				.doesNotContain("Brightwater Legal Aid Colective", "Page Footer Line Read As A Signer");
			assertThat(letter.get("signatures").asList((v) -> v.get(2).asString())).contains("Dover, DE");
		}

		// Found again through the compare picker's title search.
		open("#/compare");
		waitForView();
		one("#compare-find-0").sendKeys("Harrow County");
		waitFor((d) -> one("#compare-found-0").getText().startsWith("1 letter"));
		assertThat(all("#compare-letter-0 option")).extracting((o) -> o.getAttribute("value")).contains(letterId);
	}

	@Test
	void reviewPairsAreSettledSameWithTheKeyboardAndNotTheSameWithTheMouse() throws IOException {
		String same = "org:ostrander-valley-farmworker-union";
		String sameOther = "org:ostrander-valley-farmworkers-union";
		String notSame = "org:marlow-street-food-pantry";
		String notSameOther = "org:marlowe-street-food-pantry";
		ingest("Pageflow review one", "2026-02-01", "Ostrander Valley Farmworkers Union", "Marlowe Street Food Pantry");
		ingest("Pageflow review two", "2026-02-02", "Ostrander Valley Farmworker Union", "Marlow Street Food Pantry");

		signInAsEditor();
		open("#/review");
		waitForView();
		WebElement first = pair(same, sameOther);
		assertThat(first.getText()).contains("Pageflow review two", "Pageflow review one");
		screenshot(this.browser, ReadmeScreenshotsTest.FOLDER.resolve("review-queue.png"));

		first.sendKeys("s");
		waitForWrite((d) -> one("#review-status").getText().startsWith("Merged"));
		assertThat(one("#review-status").getText()).contains("Ostrander Valley Farmworker Union", "Ostrander Valley Farmworkers Union");
		assertThat(all("li.pair[data-actor='" + same + "']")).isEmpty();
		// Focus moved on to a pair still waiting.
		WebElement focused = this.browser.switchTo().activeElement();
		assertThat(focused.getAttribute("class")).contains("pair");

		WebElement second = pair(notSame, notSameOther);
		second.findElement(By.cssSelector("button[data-decision=NOT_SAME]")).click();
		waitForWrite((d) -> one("#review-status").getText().startsWith("Set aside"));
		assertThat(all("li.pair[data-actor='" + notSame + "']")).isEmpty();

		try (var session = this.driver.session()) {
			assertThat(session.run("MATCH (a:Actor) WHERE a.id IN $ids RETURN collect(a.id) AS ids",
					Map.of("ids", List.of(same, sameOther))).single().get("ids").asList()).containsExactly(sameOther);
			var judged = session.run("""
					MATCH (:Actor {id: $a})-[c:POSSIBLY_SAME_AS]-(:Actor {id: $b})
					RETURN c.status AS status, c.decidedBy AS by, c.decidedAt IS NOT NULL AS dated""",
					Map.of("a", notSame, "b", notSameOther)).single();
			assertThat(judged.get("status").asString()).isEqualTo("DISMISSED");
			assertThat(judged.get("by").asString()).isNotBlank();
			assertThat(judged.get("dated").asBoolean()).isTrue();
		}
		open("#/review");
		waitForView();
		assertThat(all("li.pair[data-actor='" + notSame + "'], li.pair[data-candidate='" + notSame + "']")).isEmpty();
	}

	@Test
	void csvCellsMadeInThePageCannotBecomeFormulas() {
		open("#/");
		waitForView();
		String csv = (String) ((org.openqa.selenium.JavascriptExecutor) this.browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				import('/js/dom.js').then(({ toCsv }) => done(toCsv(['name', 'kind'],
				  [['=HYPERLINK("http://x")', 'organization'], ['+1', ''], ['-2', ''], ['@SUM(A1)', ''], ['\\tTabbed', ''],
				   ['\\rReturn', ''], ['Plain, with comma', '-'], ['a=b', null]])));
				""");
		// Rows end with CRLF in the page; the driver hands the text back with LF line ends.
		assertThat(csv.split("\r?\n", -1)).containsExactly("name,kind", "\"'=HYPERLINK(\"\"http://x\"\")\",organization",
				"'+1,", "'-2,", "'@SUM(A1),", "'\tTabbed,", "\"'\rReturn\",", "\"Plain, with comma\",'-", "a=b,", "");
	}

	/** A dry run or a write takes its time on a busy machine: waits longer than a read. */
	private <T> T waitForWrite(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
		return new org.openqa.selenium.support.ui.WebDriverWait(this.browser, java.time.Duration.ofSeconds(90))
			.pollingEvery(java.time.Duration.ofMillis(200))
			.until(condition);
	}

	private WebElement pair(String actor, String candidate) {
		return one("li.pair[data-actor='" + actor + "'][data-candidate='" + candidate + "'], li.pair[data-actor='"
				+ candidate + "'][data-candidate='" + actor + "']");
	}

	private List<String> nameValues(String role) {
		return all("#rec-" + role + " input[id$='-name']").stream().map((e) -> e.getAttribute("value")).toList();
	}

	/** Sets a field's value as a person typing it would (the page listens to input events). */
	private void setValue(String css, String value) {
		WebElement field = one(css);
		js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', { bubbles: true }));", field, value);
	}

	private void ingest(String title, String date, String... signers) {
		String sourceId = "source:test-" + title.toLowerCase().replace(' ', '-');
		String record = """
				title: %s
				date: %s
				sources: [%s]
				sourceDetails: [{id: %s, title: %s, publisher: Test, kind: LETTER}]
				signers: [%s]
				""".formatted(title, date, sourceId, sourceId, title,
				String.join(", ", java.util.Arrays.stream(signers).map((s) -> "{name: \"" + s + "\", kind: ORGANIZATION}").toList()));
		Editors.signedIn(this.graphQl)
			.documentName("ingestRecord")
			.variable("record", record)
			.execute()
			.path("ingestLetter.errors")
			.entityList(Object.class)
			.hasSize(0);
	}
}
