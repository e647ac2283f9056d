package org.lettergraph.ingest.document;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.lettergraph.ingest.record.IngestException;

/**
 * A web page's letter as text: the page's article (or main content) when it marks one, else its body; scripts,
 * styles, navigation, page footers, forms and what the page's classes mark as furniture (share buttons, cookie
 * banners, bylines, menus, related posts) left out. Block elements become lines, paragraphs and headings are
 * followed by a blank line, {@code <br>} ends a line, list items and table rows are one line each (cells three
 * spaces apart), headings keep their level as markdown ({@code # …}), which the letter parser reads.
 */
final class HtmlText {

	private static final String DROPPED = "script, style, noscript, template, nav, footer, aside, form, iframe, svg, "
			+ "button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
			+ "[class~=" + HtmlText.CHROME + "], [id~=" + HtmlText.CHROME + "]";

	/**
	 * Class and id words that mark a page's furniture rather than its content: share buttons, cookie banners,
	 * bylines and post dates, breadcrumbs, menus, related posts, comment threads and newsletter sign-ups.
	 */
	private static final String CHROME = "(?i)(?:^|[\\s_-])(?:share|sharing|social|sharedaddy|cookies?|consent|gdpr|"
			+ "byline|post-meta|entry-meta|posted-on|breadcrumbs?|menu|related|comments?|newsletter|subscribe|"
			+ "skip-link|sidebar|widget)(?:[\\s_-]|$)";

	private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl",
			"table", "blockquote", "pre", "address", "figure", "hr", "section", "article", "header", "main");

	private static final Set<String> LINES = Set.of("div", "li", "tr", "dt", "dd", "figcaption", "caption", "thead",
			"tbody", "tfoot", "center", "form", "fieldset", "legend", "details", "summary", "body");

	private HtmlText() {
	}

	static DocumentText read(String html) {
		Document page = Jsoup.parse(html);
		page.select(DROPPED).remove();
		Element content = content(page);
		if (content == null || content.text().isBlank()) {
			throw new IngestException("The web page has no text.");
		}
		Lines lines = new Lines();
		NodeTraversor.traverse(new Visitor(lines), content);
		return new DocumentText(lines.toString(), DocumentType.HTML, 1, List.of());
	}

	/** The article with the most text, else the main content, else the body. */
	private static Element content(Document page) {
		Elements articles = page.select("article");
		Element best = null;
		for (Element article : articles) {
			if (best == null || article.text().length() > best.text().length()) {
				best = article;
			}
		}
		if (best != null && best.text().length() > 200) {
			return best;
		}
		Element main = page.selectFirst("main, [role=main]");
		if (main != null && !main.text().isBlank()) {
			return main;
		}
		if (best != null) {
			return best;
		}
		return page.body();
	}

	private record Visitor(Lines lines) implements NodeVisitor {

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode text) {
				if (inPre(text)) {
					String[] parts = text.getWholeText().split("\n", -1);
					for (int i = 0; i < parts.length; i++) {
						if (i > 0) {
							this.lines.lineBreak();
						}
						this.lines.append(parts[i]);
					}
				}
				else {
					this.lines.append(text.getWholeText());
				}
				return;
			}
			if (!(node instanceof Element element)) {
				return;
			}
			String tag = element.normalName();
			switch (tag) {
				case "br" -> this.lines.lineBreak();
				case "td", "th" -> {
					if (element.elementSiblingIndex() > 0) {
						this.lines.gap();
					}
				}
				case "h1", "h2", "h3", "h4", "h5", "h6" -> {
					this.lines.blank();
					this.lines.append("#".repeat(tag.charAt(1) - '0') + " ");
				}
				default -> {
					if (PARAGRAPHS.contains(tag)) {
						this.lines.blank();
					}
					else if (LINES.contains(tag)) {
						this.lines.newline();
					}
				}
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (!(node instanceof Element element)) {
				return;
			}
			String tag = element.normalName();
			if (PARAGRAPHS.contains(tag)) {
				this.lines.blank();
			}
			else if (LINES.contains(tag)) {
				this.lines.newline();
			}
		}

		private static boolean inPre(TextNode text) {
			for (Node parent = text.parentNode(); parent != null; parent = parent.parentNode()) {
				if (parent instanceof Element e && e.normalName().toLowerCase(Locale.ROOT).equals("pre")) {
					return true;
				}
			}
			return false;
		}
	}
}
