package org.lettergraph.ingest.document;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A letter published on a web page, read as text: the article only, blocks as lines. */
class HtmlTextTest {

	private static final DocumentLimits LIMITS = new DocumentLimits(5L << 20, 100);

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
