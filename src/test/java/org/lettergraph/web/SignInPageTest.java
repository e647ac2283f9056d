package org.lettergraph.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out of the organizers' page, in a real browser. */
class SignInPageTest extends BrowserTestSupport {

	@Test
	void aWrongPasswordIsSaidInPlainWordsThenTheRightOneSignsInAndSignOutSignsOut() {
		open("#/letter/" + OrganizersPageTest.NOV_2024);
		waitForView();
		assertThat(js("return document.body.dataset.editor ?? null")).isNull();
		one("#sign-in-link").click();
		waitFor((d) -> hash().startsWith("#/sign-in") ? true : null);
		waitForView();
		WebElement name = one("#sign-in-username");
		assertThat(this.browser.findElement(By.cssSelector("label[for=sign-in-username]")).getText()).isEqualTo("User name");
		assertThat(this.browser.findElement(By.cssSelector("label[for=sign-in-password]")).getText()).isEqualTo("Password");

		name.sendKeys("editor", Keys.TAB, "not-my-password", Keys.ENTER);
		WebElement error = one("#sign-in-errors .error");
		assertThat(error.getText()).isEqualTo("The user name or password was not accepted.");
		assertThat(error.getAttribute("role")).isEqualTo("alert");
		WebElement password = one("#sign-in-password");
		assertThat(password.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(password);
		assertThat(all("#signed-in-as")).isEmpty();

		password.sendKeys("editor-password-1", Keys.ENTER);
		waitFor((d) -> hash().equals("#/letter/" + OrganizersPageTest.NOV_2024) ? true : null);
		waitForView();
		assertThat(one("#signed-in-as").getText()).contains("editor");
		assertThat(js("return document.body.dataset.editor")).isEqualTo("true");
		assertThat(js("return document.cookie")).as("the page cannot read its own sign-in")
			.asString()
			.doesNotContain("lettergraph-session")
			.contains("XSRF-TOKEN=");

		// Still signed in on a new page load.
		open("#/");
		waitForView();
		assertThat(one("#signed-in-as").getText()).contains("editor");

		one("#sign-out").click();
		one("#sign-in-link");
		assertThat(js("return document.body.dataset.editor ?? null")).isNull();
		open("#/");
		waitForView();
		assertThat(one("#sign-in-link").getText()).isEqualTo("Sign in");
		assertThat(all("#signed-in-as")).isEmpty();
	}

	@Test
	void writeControlsShowOnlyForASignedInEditor() {
		String control = """
				const b = document.createElement('button');
				b.className = 'editor-only'; b.id = 'probe-write-control'; b.textContent = 'Edit';
				document.getElementById('main').append(b);
				""";
		open("#/");
		waitForView();
		js(control);
		assertThat(one("#sign-in-link").isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.id("probe-write-control")).isDisplayed()).as("nobody signed in").isFalse();

		signIn("reader", "reader-password-1");
		assertThat(one("#signed-in-as").getText()).contains("reader").doesNotContain("editor");
		js(control);
		assertThat(this.browser.findElement(By.id("probe-write-control")).isDisplayed()).as("a reader").isFalse();

		signInAsEditor();
		assertThat(one("#signed-in-as").getText()).contains("editor");
		js(control);
		assertThat(this.browser.findElement(By.id("probe-write-control")).isDisplayed()).as("an editor").isTrue();
		signOut();
		waitForView();
		js(control);
		assertThat(this.browser.findElement(By.id("probe-write-control")).isDisplayed()).as("signed out").isFalse();
	}

	/**
	 * Another tab signing in again gives the browser a new CSRF token while this page still holds the old one: the
	 * page's next request is refused for it (writing nothing), asks GET /session for the token again and goes through.
	 */
	@Test
	void aCsrfTokenChangedUnderThePageIsAskedForAgainAndTheViewStillLoads() {
		signInAsEditor();
		open("#/");
		waitForView();
		js("document.cookie = 'XSRF-TOKEN=set-by-another-tab; path=/; SameSite=Lax'");
		js("location.hash = '#/actor/org:american-civil-liberties-union'");
		waitFor((d) -> hash().startsWith("#/actor/") ? true : null);
		waitForView();
		assertThat(all("#main .error")).extracting(WebElement::getText).isEmpty();
		assertThat(one("#actor-name").getText()).isEqualTo("American Civil Liberties Union");
		assertThat(one("#signed-in-as").getText()).contains("editor");
	}
}
