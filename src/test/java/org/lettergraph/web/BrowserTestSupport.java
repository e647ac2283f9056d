package org.lettergraph.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.lettergraph.support.StatementCounterConfiguration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The service on a random port with its own embedded database holding the bundled dataset, and one headless Chromium
 * shared by every browser test of the run (started on first use, closed when the run ends).
 * <p>
 * The annotations are those of {@code GraphQlTestSupport}, so the browser tests reuse that Spring context instead of
 * starting another database. The browser and its driver are Debian's ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}; {@code lettergraph.chromium} and {@code lettergraph.chromedriver} override them), set
 * explicitly so that Selenium Manager never looks for or downloads one. Without them the tests fail and say what to
 * install. A failing test leaves a screenshot in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@ActiveProfiles("test")
@Import(StatementCounterConfiguration.class)
@ExtendWith(BrowserTestSupport.ScreenshotOnFailure.class)
public abstract class BrowserTestSupport {

	static final Path CHROMIUM = Path.of(System.getProperty("lettergraph.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("lettergraph.chromedriver", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration WAIT = Duration.ofSeconds(20);

	/** Selenium warns that it has no DevTools bindings for this Chromium: the tests do not use them. */
	private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

	private static Browser shared;

	@LocalServerPort
	int port;

	protected WebDriver browser;

	/** Fails the class before its Spring context starts when there is no browser to drive. */
	@BeforeAll
	static void browserInstalled() {
		Browser.checkInstalled();
	}

	/** Every test starts signed out, with no cookies left by the test before it (the browser is shared). */
	@BeforeEach
	void startBrowser() {
		this.browser = browser();
		((ChromeDriver) this.browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

	/** The page's address, {@code http://localhost:PORT}. */
	protected String base() {
		return "http://localhost:" + this.port;
	}

	/**
	 * Signs in through the page's form ({@code #/sign-in}) and waits until the header shows the name; fails with the
	 * form's message when the sign-in is refused. Whoever was signed in before is signed out first. The browser is
	 * left on the start page.
	 */
	protected void signIn(String user, String password) {
		open("#/sign-in");
		waitForView();
		if (!all("#signed-in-note").isEmpty()) {
			signOut();
			open("#/sign-in");
			waitForView();
		}
		WebElement name = one("#sign-in-username");
		name.clear();
		name.sendKeys(user);
		WebElement secret = one("#sign-in-password");
		secret.clear();
		secret.sendKeys(password);
		one("#sign-in-form button[type=submit]").click();
		String refusal = waitFor((d) -> {
			if (!d.findElements(By.cssSelector("#signed-in-as")).isEmpty() && !hash().startsWith("#/sign-in")) {
				return "";
			}
			List<WebElement> errors = d.findElements(By.cssSelector("#sign-in-errors .error"));
			return errors.isEmpty() ? null : errors.get(0).getText();
		});
		if (!refusal.isEmpty()) {
			throw new AssertionError("Signing in as " + user + " was refused: " + refusal);
		}
		waitForView();
	}

	/** Signs in as the test profile's editor ({@code editor}, with the EDITOR role). */
	protected void signInAsEditor() {
		signIn("editor", "editor-password-1");
	}

	/** Signs out with the header's "Sign out" button, when someone is signed in, and waits for the "Sign in" link. */
	protected void signOut() {
		if (!String.valueOf(this.browser.getCurrentUrl()).startsWith(base())) {
			open("#/");
		}
		waitFor((d) -> d.findElements(By.cssSelector("#session-nav a, #session-nav button")).isEmpty() ? null : true);
		List<WebElement> button = all("#sign-out");
		if (!button.isEmpty()) {
			button.get(0).click();
			waitFor((d) -> d.findElements(By.id("sign-in-link")).isEmpty() ? null : true);
		}
	}

	/** Loads a view afresh (a new document, not only a hash change), e.g. {@code open("#/letter/letter:…")}. */
	protected void open(String hash) {
		this.browser.get("about:blank");
		this.browser.get("http://localhost:" + this.port + "/" + hash);
	}

	protected <T> T waitFor(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.browser, WAIT).pollingEvery(Duration.ofMillis(100)).until(condition);
	}

	/** Waits until the view has finished loading (the router clears aria-busy on its main element). */
	protected void waitForView() {
		waitFor((d) -> "false".equals(d.findElement(By.id("main")).getAttribute("aria-busy")));
	}

	protected List<WebElement> all(String css) {
		return this.browser.findElements(By.cssSelector(css));
	}

	protected WebElement one(String css) {
		return waitFor((d) -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
	}

	protected Object js(String script, Object... args) {
		return ((JavascriptExecutor) this.browser).executeScript(script, args);
	}

	protected String hash() {
		return (String) js("return decodeURIComponent(location.hash)");
	}

	/** Saves what the browser shows as a PNG. */
	protected static void screenshot(WebDriver driver, Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(png, file, StandardCopyOption.REPLACE_EXISTING);
	}

	static synchronized WebDriver browser() {
		if (shared == null) {
			shared = Browser.start();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "close-chromium"));
		}
		return shared.driver;
	}

	/** Chromium and its driver, with a profile of its own that is deleted afterwards. */
	private record Browser(WebDriver driver, Path profile) {

		static void checkInstalled() {
			if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
				throw new IllegalStateException("The browser tests need Debian's Chromium and its driver, and "
						+ (Files.isExecutable(CHROMIUM) ? "" : CHROMIUM + " ")
						+ (Files.isExecutable(CHROMEDRIVER) ? "" : CHROMEDRIVER + " ")
						+ "is missing. Install them with: apt-get install chromium chromium-driver (CI's .ci/run does).");
			}
		}

		static Browser start() {
			checkInstalled();
			System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
			SELENIUM.setLevel(java.util.logging.Level.SEVERE);
			try {
				Path profile = Files.createTempDirectory("lettergraph-chromium-");
				ChromeOptions options = new ChromeOptions();
				options.setBinary(CHROMIUM.toFile());
				options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--disable-extensions", "--disable-default-apps", "--no-first-run", "--no-default-browser-check",
						"--window-size=1280,800", "--user-data-dir=" + profile);
				ChromeDriverService service = new ChromeDriverService.Builder()
					.usingDriverExecutable(CHROMEDRIVER.toFile())
					.usingAnyFreePort()
					.withSilent(true)
					.build();
				ChromeDriver driver = new ChromeDriver(service, options);
				fitViewport(driver, 1280, 800);
				return new Browser(driver, profile);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot make a profile folder for Chromium: " + ex.getMessage(), ex);
			}
		}

		/** Sizes the window so that the page itself (what a screenshot shows) is width × height. */
		private static void fitViewport(ChromeDriver driver, int width, int height) {
			driver.manage().window().setSize(new Dimension(width, height));
			@SuppressWarnings("unchecked")
			List<Number> inner = (List<Number>) driver.executeScript("return [window.innerWidth, window.innerHeight]");
			driver.manage()
				.window()
				.setSize(new Dimension(2 * width - inner.get(0).intValue(), 2 * height - inner.get(1).intValue()));
		}

		void close() {
			try {
				this.driver.quit();
			}
			catch (RuntimeException ex) {
				// The run is over; a browser that is already gone is fine.
			}
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
			catch (IOException ex) {
				// A temporary folder left behind does no harm.
			}
		}
	}

	/** Keeps a screenshot of the page a test failed on. */
	static class ScreenshotOnFailure implements TestWatcher {

		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (shared == null) {
				return;
			}
			String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
			try {
				Path file = SCREENSHOTS.resolve(name + ".png");
				screenshot(shared.driver, file);
				System.err.println("Screenshot of the failed test " + name + ": " + file.toAbsolutePath());
			}
			catch (IOException | RuntimeException ex) {
				System.err.println("No screenshot of " + name + ": " + ex.getMessage());
			}
		}

		@Override
		public void testAborted(ExtensionContext context, Throwable cause) {
			testFailed(context, cause);
		}

		@Override
		public void testDisabled(ExtensionContext context, Optional<String> reason) {
		}
	}
}
