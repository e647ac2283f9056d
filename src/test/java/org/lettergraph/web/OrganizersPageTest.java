package org.lettergraph.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** The organizers' page in a real browser, against the bundled dataset. */
class OrganizersPageTest extends BrowserTestSupport {

	static final String FEB_2021 = "letter:2021-02-12-end-287g-secure-communities-and-ice-detainers";

	static final String NOV_2024 = "letter:2024-11-15-act-now-to-protect-immigrant-communities";

	@Test
	void searchSuggestsTheAcluAsTheAmericanCivilLibertiesUnionAndOpensItWithTheKeyboard() {
		open("#/");
		WebElement box = one("main input[role=combobox]");
		assertThat(this.browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText())
			.contains("Find a group");
		assertThat(one("#help").getText()).contains("Type a name");
		box.sendKeys("ACLU");
		WebElement option = waitFor((d) -> d.findElements(By.cssSelector("main [role=option]"))
			.stream()
			.filter((o) -> o.getText().contains("American Civil Liberties Union"))
			.findFirst()
			.orElse(null));
		assertThat(option.getText()).contains("organization");
		assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");

		box.sendKeys(Keys.ARROW_DOWN);
		assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(option.getAttribute("id"));
		box.sendKeys(Keys.ENTER);
		waitFor((d) -> hash().equals("#/actor/org:american-civil-liberties-union"));
		assertThat(one("#actor-name").getText()).isEqualTo("American Civil Liberties Union");
	}

	@Test
	void searchPageListsTheMatches() {
		open("#/search?q=ACLU");
		waitForView();
		assertThat(all("#search-results li a")).extracting(WebElement::getText)
			.contains("American Civil Liberties Union");
	}

	@Test
	void actorViewShowsItsLettersOnATimelineCoSignersSimilarGroupsAndSources() {
		open("#/actor/org:american-civil-liberties-union");
		waitForView();
		assertThat(all("#actor-letters .event")).hasSize(2);
		assertThat(one("#actor-letters").getText()).contains("endorser", "Alejandro Mayorkas");
		assertThat(all("#co-signers li")).isNotEmpty();
		waitFor((d) -> !d.findElements(By.cssSelector("#similar li, #similar-heading ~ .error")).isEmpty());
		assertThat(all("#sources-heading ~ .sources li")).isNotEmpty();
	}

	@Test
	void theNovember2024LetterListsIts193SignersAndFiltersThem() {
		open("#/letter/" + NOV_2024);
		waitForView();
		assertThat(one("#letter-title").getText()).isEqualTo("Act now to protect immigrant communities");
		assertThat(all("#signer-list > li")).hasSize(193);
		assertThat(one("#signer-count").getText()).isEqualTo("193 signers");
		assertThat(one("#addressees").getText()).contains("Alejandro Mayorkas", "Secretary");
		assertThat(one("#leads").getText()).contains("Detention Watch Network");
		assertThat(one("#signers-csv").getAttribute("href")).endsWith("/export/letters/" + NOV_2024.replace(":", "%3A") + "/signers.csv");

		one("#signer-filter").sendKeys("united we");
		waitFor((d) -> one("#signer-count").getText().startsWith("1 of 193"));
		assertThat(all("#signer-list > li")).filteredOn(WebElement::isDisplayed)
			.extracting(WebElement::getText)
			.singleElement()
			.asString()
			.contains("United We Dream");
	}

	@Test
	void comparingFebruary2021WithNovember2024ShowsTheFourSharedOrganizations() {
		open("#/compare");
		waitForView();
		new Select(one("#compare-letter-0")).selectByValue(FEB_2021);
		new Select(one("#compare-letter-1")).selectByValue(NOV_2024);
		one("#compare-form button[type=submit]").click();
		waitFor((d) -> hash().equals("#/compare?letters=" + FEB_2021 + "," + NOV_2024));
		waitForView();
		List<String> shared = all("#signed-all li").stream().map(WebElement::getText).toList();
		assertThat(shared).containsExactlyInAnyOrder("National Immigrant Justice Center", "Immigrant Legal Resource Center",
				"National Immigration Project", "United We Dream");
		assertThat(all("#only-first li")).isNotEmpty();
		assertThat(all("#only-second li")).hasSizeGreaterThan(150);
		assertThat(all("#compare-results a[download]")).hasSize(3)
			.allSatisfy((a) -> assertThat(a.getAttribute("href")).startsWith("blob:"));
	}

	@Test
	void theNetworkDrawsNodesAndOpensAnActorWhenOneIsTapped() {
		open("#/network");
		waitForView();
		long nodes = waitFor((d) -> {
			Object n = js("return window.cy ? window.cy.nodes().length : 0");
			return ((Number) n).longValue() > 0 ? (Long) n : null;
		});
		assertThat(nodes).isEqualTo(all("#network-nodes li").size());
		assertThat(one("#main [role=status]").getText()).contains(nodes + " actors");
		assertThat((Number) js("return window.cy.$id('org:united-we-dream').length")).isEqualTo(1L);

		js("window.cy.$id('org:united-we-dream').emit('tap')");
		waitFor((d) -> hash().equals("#/actor/org:united-we-dream"));
		assertThat(one("#actor-name").getText()).isEqualTo("United We Dream");
	}

	@Test
	void aNetworkOf2000ActorsIsDrawnInAFewSeconds() {
		open("#/network?minShared=2");
		waitForView();
		waitFor((d) -> js("return window.cytoscape ? true : null"));
		// The view's own drawing function, fed 2,000 actors and 5,000 links (the service's most) made up in the page.
		List<?> drawn = (List<?>) ((JavascriptExecutor) this.browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				import('/js/network.js').then(({ drawNetwork }) => {
				  const nodes = [], edges = [];
				  for (let i = 0; i < 2000; i++) {
				    nodes.push({ id: 'n' + i, letterCount: 1 + (i % 7), bloc: i % 9, actor: { name: 'Group ' + i, kind: 'ORGANIZATION' } });
				  }
				  for (let i = 0; i < 5000; i++) {
				    edges.push({ source: 'n' + (i % 2000), target: 'n' + ((i * 7 + 13) % 2000), weight: 1 + (i % 3) });
				  }
				  const box = document.createElement('div');
				  box.style.cssText = 'width: 1000px; height: 600px';
				  document.body.append(box);
				  const started = performance.now();
				  const cy = drawNetwork(window.cytoscape, box, { nodes, edges });
				  requestAnimationFrame(() => requestAnimationFrame(() => {
				    const ms = performance.now() - started;
				    const count = cy.nodes().length;
				    cy.destroy();
				    box.remove();
				    done([count, ms]);
				  }));
				}).catch((e) => done([0, String(e)]));
				""");
		assertThat(drawn.get(0)).as("nodes drawn (%s)", drawn).isEqualTo(2000L);
		assertThat(((Number) drawn.get(1)).doubleValue()).as("milliseconds to lay out and draw").isLessThan(5000);
	}
}
