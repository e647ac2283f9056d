package org.lettergraph.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's pictures of the page at 1280×800, taken against the bundled dataset into
 * {@code target/screenshots/readme/} (or {@code lettergraph.readme-screenshots}); the README shows copies kept in
 * {@code src/main/resources/static/screenshots/}.
 */
class ReadmeScreenshotsTest extends BrowserTestSupport {

	static final Path FOLDER = Path.of(System.getProperty("lettergraph.readme-screenshots", "target/screenshots/readme"));

	@Test
	void networkAndLetterViews() throws IOException {
		open("#/network?colour=bloc");
		waitForView();
		waitFor((d) -> ((Number) js("return window.cy ? window.cy.nodes().length : 0")).intValue() > 0);
		js("document.querySelector('#main [role=status]').scrollIntoView({block: 'start'})");
		screenshot(this.browser, FOLDER.resolve("network.png"));

		open("#/letter/" + OrganizersPageTest.NOV_2024);
		waitForView();
		screenshot(this.browser, FOLDER.resolve("letter.png"));

		assertThat(FOLDER.resolve("network.png")).satisfies((p) -> assertThat(Files.size(p)).isGreaterThan(10_000));
		assertThat(FOLDER.resolve("letter.png")).satisfies((p) -> assertThat(Files.size(p)).isGreaterThan(10_000));
	}
}
