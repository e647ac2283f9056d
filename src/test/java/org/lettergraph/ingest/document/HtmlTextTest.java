package org.lettergraph.ingest.document;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A letter published on a web page, read as text: the article only, blocks as lines. */
class HtmlTextTest {

	private static final DocumentLimits LIMITS = new DocumentLimits(5L << 20, 100);

	@Test
	void shareButtonsCookieBannersBylinesAndMenusMarkedByTheirClassesAreLeftOut() {
		String html = """
				<html><body>
				<div id="cookie-notice">We use cookies to improve your visit. <span>Accept all</span></div>
				<div class="site-menu"><a>Campaigns</a> <a>Press</a></div>
				<article class="post">
				  <h1>Groups ask the county to end its jail contract</h1>
				  <p class="byline">Posted June 3, 2025 by Press Office</p>
				  <p>June 1, 2025</p>
				  <p>Dear Commissioners:</p>
				  <p>End the contract. The beds it pays for are not the county's to rent out to a federal agency.</p>
				  <p>Sincerely,</p>
				  <ul><li>Alder Valley Tenants Union</li><li>Brookhaven Legal Aid</li></ul>
				  <div class="social-share">Share this post</div>
				  <section class="related-posts"><p>More from our blog</p></section>
				</article>
				</body></html>
				""";
		String text = Documents.read(html.getBytes(StandardCharsets.UTF_8), "letter.html", "text/html", LIMITS).text();
		assertThat(text).contains("June 1, 2025", "Dear Commissioners:", "Brookhaven Legal Aid")
			.doesNotContain("Posted June 3", "Share this post", "cookies", "Campaigns", "More from our blog");
	}

	@Test
	void theArticleIsReadBlockByBlockWithoutThePagesNavigationAndScripts() {
		String html = """
				<!DOCTYPE html>
				<html><head><title>Coalition news</title><style>p { color: red }</style>
				<script>var tracking = "Dear reader";</script></head>
				<body>
				<nav><a href="/">Home</a> <a href="/news">News</a></nav>
				<header><p>Riverton Coalition for Fair Courts</p></header>
				<article>
				  <h1>Letter to the County Board on Jail Contracts</h1>
				  <p>May 12, 2025</p>
				  <p>Supervisor Elena Marsh<br>Chair, Board of Supervisors<br>Riverton County</p>
				  <p>Dear Supervisor Marsh:</p>
				  <p>We ask the board to end the contract &amp; to publish its terms. The contract ties county
				     beds to federal detention.</p>
				  <ol><li>End the contract.</li><li>Publish the&nbsp;terms.</li></ol>
				  <p>Sincerely,</p>
				  <table><tr><td>Alder Valley Tenants Union</td><td>Brookhaven Legal Aid</td></tr>
				         <tr><td>Cedar Point Workers Center</td><td></td></tr></table>
				</article>
				<footer>© Riverton Coalition · Privacy</footer>
				</body></html>
				""";
		DocumentText read = Documents.read(html.getBytes(StandardCharsets.UTF_8), "letter.html", "text/html", LIMITS);
		assertThat(read.type()).isEqualTo(DocumentType.HTML);
		assertThat(read.text()).isEqualTo("""
				# Letter to the County Board on Jail Contracts

				May 12, 2025

				Supervisor Elena Marsh
				Chair, Board of Supervisors
				Riverton County

				Dear Supervisor Marsh:

				We ask the board to end the contract & to publish its terms. The contract ties county beds to federal detention.

				End the contract.
				Publish the terms.

				Sincerely,

				Alder Valley Tenants Union   Brookhaven Legal Aid
				Cedar Point Workers Center
				""");
	}

	@Test
	void aPageIsKnownByItsMarkupEvenWithoutAnHtmlName() {
		byte[] page = "  <html><body><main><p>Hello</p><p>World</p></main></body></html>".getBytes(StandardCharsets.UTF_8);
		DocumentText read = Documents.read(page, "letter.txt", null, LIMITS);
		assertThat(read.type()).isEqualTo(DocumentType.HTML);
		assertThat(read.text()).isEqualTo("Hello\n\nWorld\n");
	}
}
