package org.lettergraph.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.support.Editors;
import org.lettergraph.support.GraphDump;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections in the page, signed in as an editor, on letters of my own: edit a letter's date, retract a letter (and
 * remove the actor it leaves with nothing), merge two actors and un-merge them, with the graph afterwards identical
 * to before the merge. Each test removes what it wrote, so the shared graph is as it found it.
 */
class CorrectionsPageTest extends BrowserTestSupport {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	private List<String> graphBefore;

	@BeforeEach
	void remember() {
		this.graphBefore = GraphDump.of(this.driver);
	}

	/** The ids this test wrote (letters, their sources); its actors all start org:gannet or org:kestrel. */
	private final List<String> written = new java.util.ArrayList<>();

	@AfterEach
	void cleanUp() {
		try (var session = this.driver.session()) {
			session.run("MATCH (n) WHERE (n:Letter OR n:Source) AND n.id IN $ids DETACH DELETE n", Map.of("ids", this.written))
				.consume();
			session.run("""
					MATCH (a:Actor) WHERE a.id STARTS WITH 'org:gannet' OR a.id STARTS WITH 'org:kestrel'
					DETACH DELETE a""").consume();
			session.run("""
					MATCH (c:Change) WHERE any(s IN c.subjects WHERE s IN $ids
					  OR s STARTS WITH 'org:gannet' OR s STARTS WITH 'org:kestrel') DELETE c""", Map.of("ids", this.written))
				.consume();
			session.run("""
					MATCH (m:Merge) WHERE m.keptId STARTS WITH 'org:gannet' OR m.keptId STARTS WITH 'org:kestrel'
					DELETE m""").consume();
		}
		assertThat(GraphDump.difference(this.graphBefore, GraphDump.of(this.driver))).isEmpty();
	}

	@Test
	void anEditorChangesALettersDateInThePage() {
		String id = ingest("Gannet Cove request", "2025-04-02", List.of("Gannet Cove Sanctuary Network"));
		signInAsEditor();
		open("#/letter/" + id);
		waitForView();
		WebElement date = one("#edit-date");
		js("arguments[0].value = '2025-04-05'", date);
		one("#edit-letter-save").click();
		waitFor((d) -> !d.findElements(By.cssSelector("#main .page-head time[datetime='2025-04-05']")).isEmpty());
		assertThat(letterDate(id)).isEqualTo("2025-04-05");
		waitFor((d) -> !all("#history-list li").isEmpty());
		assertThat(one("#history-list").getText()).contains("Date changed from 2025-04-02 to 2025-04-05");
	}

	@Test
	void anEditorRetractsALetterAndRemovesTheActorItLeftWithNothing() {
		String id = ingest("Gannet Point appeal", "2025-04-03", List.of("Gannet Point Workers Alliance"));
		signInAsEditor();
		open("#/letter/" + id);
		waitForView();
		one("#retract-letter").click();
		one("#retract-yes").click();
		WebElement result = one("#retract-result");
		assertThat(result.getText()).contains("Gannet Point Workers Alliance");
		one("#remove-orphans").click();
		waitFor((d) -> one("#orphans-status").getText().contains("Removed 1 actor"));
		try (var session = this.driver.session()) {
			assertThat(session.run("MATCH (n) WHERE n.id IN $ids RETURN count(n) AS c",
					Map.of("ids", List.of(id, "org:gannet-point-workers-alliance"))).single().get("c").asLong()).isZero();
		}
	}

	@Test
	void anEditorMergesTwoActorsAndUnmergesThemLeavingTheGraphAsBefore() {
		String first = ingest("Kestrel Ridge letter", "2025-04-04", List.of("Kestrel Ridge Welcome Circle", "Gannet Harbor Families"));
		String second = ingest("Kestrel Ridge second letter", "2025-04-06", List.of("Kestrel Ridge Welcome Circles",
				"Gannet Harbor Families"));
		String kept = signerId(first, "Kestrel Ridge Welcome Circle");
		String merged = signerId(second, "Kestrel Ridge Welcome Circles");
		List<String> beforeMerge = withoutBookkeeping(GraphDump.of(this.driver));
		signInAsEditor();
		open("#/actor/" + kept);
		waitForView();
		one("#merge-search").sendKeys("Kestrel Ridge Welcome Circles");
		waitFor((d) -> d.findElements(By.cssSelector("#merge-results button[data-id='" + merged + "']"))
			.stream().findFirst().orElse(null)).click();
		one("#merge-yes").click();
		// The view draws itself again after the merge; on a busy machine that takes longer than the usual wait.
		slowly((d) -> !d.findElements(By.id("unmerge-button")).isEmpty());
		assertThat(one("#actor-name").getText()).isEqualTo("Kestrel Ridge Welcome Circle");
		assertThat(withoutBookkeeping(GraphDump.of(this.driver))).isNotEqualTo(beforeMerge);

		one("#unmerge-button").click();
		slowly((d) -> !d.findElements(By.cssSelector("#unmerged li")).isEmpty());
		assertThat(one("#unmerged").getText()).contains("Kestrel Ridge Welcome Circles");
		assertThat(GraphDump.difference(beforeMerge, withoutBookkeeping(GraphDump.of(this.driver)))).isEmpty();
	}

	private void slowly(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, java.time.Duration.ofSeconds(120))
			.pollingEvery(java.time.Duration.ofMillis(200))
			.until(condition);
	}

	/** The id the graph gave a letter's signer of this name. */
	private String signerId(String letterId, String name) {
		try (var session = this.driver.session()) {
			return session.run("MATCH (a:Actor {name: $name})-[:SIGNED]->(:Letter {id: $id}) RETURN a.id AS id",
					Map.of("name", name, "id", letterId)).single().get("id").asString();
		}
	}

	private static List<String> withoutBookkeeping(List<String> dump) {
		return dump.stream().filter(l -> !l.startsWith("node [Change]") && !l.startsWith("node [Merge]")).toList();
	}

	private String letterDate(String id) {
		try (var session = this.driver.session()) {
			return session.run("MATCH (l:Letter {id: $id}) RETURN toString(l.date) AS d", Map.of("id", id))
				.single().get("d").asString();
		}
	}

	/** Writes a letter of my own through ingestLetter; its id. */
	private String ingest(String title, String date, List<String> signers) {
		String source = "source:test-page-" + title.toLowerCase().replace(' ', '-');
		String record = """
				title: %s
				date: %s
				sources: [%s]
				sourceDetails: [{id: %s, title: %s, publisher: Test, kind: LETTER}]
				signers: [%s]
				""".formatted(title, date, source, source, title,
				String.join(", ", signers.stream().map(s -> "{name: \"" + s + "\", kind: ORGANIZATION}").toList()));
		this.written.add(source);
		this.written.add("letter:" + date + "-" + title.toLowerCase().replace(' ', '-'));
		Editors.signedIn(this.graphQl).documentName("ingestRecord").variable("record", record).execute()
			.path("ingestLetter.errors").entityList(Object.class).hasSize(0);
		return "letter:" + date + "-" + title.toLowerCase().replace(' ', '-');
	}
}
