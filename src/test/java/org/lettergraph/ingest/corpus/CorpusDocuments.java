package org.lettergraph.ingest.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Renders a corpus letter into the document a person would bring: plain text, markdown, a web page, a PDF laid out
 * like a printed letter, or a Word file.
 *
 * <p>The letter files use a small markup of their own, one instruction per line, stripped from the text rendering:
 * <ul>
 * <li>{@code [[center]]}, {@code [[right]]}, {@code [[small]]} before a line: its alignment or a small font
 * (letterheads, footnotes); a line wrapped in {@code **} is bold.</li>
 * <li>{@code [[columns]]} … {@code [[next]]} … {@code [[/columns]]}: blocks side by side (two address blocks, a row
 * of signatures); the text rendering gives them one after another.</li>
 * <li>{@code [[signers]]} … {@code [[/signers]]}: the signature list. In {@code pdf-three-column-signers} it is laid
 * out in three columns that fill down each page and run on to the next; in {@code docx-signature-table} it is a
 * table, whose header row is the {@code [[table-header]]} line and whose cells are separated by {@code " | "}
 * (", " in text). Entries are one per line, or blocks separated by blank lines when the list has blank lines.</li>
 * <li>{@code [[header]]}, {@code [[footer]]}: the running header and footer of every page (PDF, Word), with
 * "Page n of m" added to the footer; dropped from text.</li>
 * <li>{@code [[page]]}: a page break. {@code [[page-header]]}: a line a continuation page starts with, kept.</li>
 * <li>{@code [[web]]}, {@code [[web-title]]}, {@code [[web-cookie]]}: the web page around a letter copied from the web
 * (site name, navigation, headline, posted date, footer, a cookie banner); only in the HTML rendering.</li>
 * </ul>
 *
 * <p>PDFs are written the way many producers write them, not in reading order: side-by-side blocks and the three
 * signature columns go into the content stream row by row across the page, and the running header and footer come
 * first. A reader that follows the stream, or sorts by position line by line, mixes the columns; one that uses the
 * glyph positions to find the columns reads them right.
 */
final class CorpusDocuments {

	/** A rendered letter: its bytes, a file name and the media type a browser would send. */
	record Rendered(String kind, byte[] bytes, String fileName, String mediaType) {

		boolean isText() {
			return "text".equals(this.kind) || "markdown".equals(this.kind);
		}

		String text() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}
	}

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String HTML = "text/html";

	private CorpusDocuments() {
	}

	static Rendered render(String name, List<String> lines, String kind) {
		return switch (kind) {
			case "text" -> new Rendered(kind, text(lines, false).getBytes(StandardCharsets.UTF_8), name + ".txt",
					"text/plain");
			case "markdown" -> new Rendered(kind, text(lines, true).getBytes(StandardCharsets.UTF_8), name + ".md",
					"text/markdown");
			case "html" -> new Rendered(kind, html(lines).getBytes(StandardCharsets.UTF_8), name + ".html", HTML);
			case "pdf", "pdf-two-column-address" -> new Rendered(kind, pdf(lines, false), name + ".pdf", PDF);
			case "pdf-three-column-signers" -> new Rendered(kind, pdf(lines, true), name + ".pdf", PDF);
			case "docx" -> new Rendered(kind, docx(lines, false), name + ".docx", DOCX);
			case "docx-signature-table" -> new Rendered(kind, docx(lines, true), name + ".docx", DOCX);
			default -> throw new IllegalArgumentException("unknown render kind '" + kind + "'");
		};
	}

	// ---------------------------------------------------------------- the markup, read into blocks

	enum Align {
		LEFT, CENTER, RIGHT
	}

	sealed interface Block permits TextLine, Blank, Columns, Signers, PageBreak, Web {
	}

	/** One line of the letter; {@code raw} is the line as written (markdown keeps it). */
	record TextLine(String text, String raw, Align align, boolean bold, boolean small) implements Block {
	}

	record Blank() implements Block {
	}

	record Columns(List<List<String>> blocks) implements Block {
	}

	/** The signature list: an optional table header, then each entry's lines. */
	record Signers(List<String> header, List<List<String>> entries) implements Block {
	}

	record PageBreak() implements Block {
	}

	record Web(String text, boolean title, boolean cookie) implements Block {
	}

	/** A letter read into blocks, with the running header and footer lines apart. */
	record Layout(List<Block> blocks, List<String> headers, List<String> footers) {
	}

	static Layout layout(List<String> lines) {
		List<Block> blocks = new ArrayList<>();
		List<String> headers = new ArrayList<>();
		List<String> footers = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).stripTrailing();
			if (line.startsWith("[[header]]")) {
				headers.add(line.substring(10).strip());
			}
			else if (line.startsWith("[[footer]]")) {
				footers.add(line.substring(10).strip());
			}
			else if (line.startsWith("[[web-title]]")) {
				blocks.add(new Web(line.substring(13).strip(), true, false));
			}
			else if (line.startsWith("[[web-cookie]]")) {
				blocks.add(new Web(line.substring(14).strip(), false, true));
			}
			else if (line.startsWith("[[web]]")) {
				blocks.add(new Web(line.substring(7).strip(), false, false));
			}
			else if (line.equals("[[page]]")) {
				blocks.add(new PageBreak());
			}
			else if (line.equals("[[columns]]")) {
				List<List<String>> columns = new ArrayList<>();
				List<String> current = new ArrayList<>();
				for (i++; i < lines.size() && !lines.get(i).strip().equals("[[/columns]]"); i++) {
					String l = lines.get(i).strip();
					if (l.equals("[[next]]")) {
						columns.add(current);
						current = new ArrayList<>();
					}
					else if (!l.isEmpty()) {
						current.add(l);
					}
				}
				columns.add(current);
				blocks.add(new Columns(columns));
			}
			else if (line.equals("[[signers]]")) {
				List<String> header = null;
				List<String> inside = new ArrayList<>();
				for (i++; i < lines.size() && !lines.get(i).strip().equals("[[/signers]]"); i++) {
					String l = lines.get(i).strip();
					if (l.startsWith("[[table-header]]")) {
						header = cells(l.substring(16).strip());
					}
					else {
						inside.add(l);
					}
				}
				blocks.add(new Signers(header, entries(inside)));
			}
			else if (line.isBlank()) {
				blocks.add(new Blank());
			}
			else {
				blocks.add(textLine(line));
			}
		}
		return new Layout(blocks, headers, footers);
	}

	private static TextLine textLine(String line) {
		Align align = Align.LEFT;
		boolean small = false;
		String text = line;
		if (text.startsWith("[[center]]")) {
			align = Align.CENTER;
			text = text.substring(10);
		}
		else if (text.startsWith("[[right]]")) {
			align = Align.RIGHT;
			text = text.substring(9);
		}
		else if (text.startsWith("[[small]]")) {
			small = true;
			text = text.substring(9);
		}
		else if (text.startsWith("[[page-header]]")) {
			text = text.substring(15);
		}
		String raw = text;
		String stripped = text.strip();
		boolean bold = stripped.length() > 4 && stripped.startsWith("**") && stripped.endsWith("**");
		return new TextLine(plain(text), raw, align, bold, small);
	}

	/** The line without markdown emphasis: what a printed letter shows. */
	static String plain(String text) {
		String t = text.replace("**", "");
		t = t.replaceAll("(^|\\s)\\*(\\S[^*]*\\S|\\S)\\*(?=\\s|$|[,.;:])", "$1$2");
		return t;
	}

	private static List<List<String>> entries(List<String> inside) {
		boolean grouped = inside.stream().anyMatch(String::isEmpty);
		List<List<String>> entries = new ArrayList<>();
		List<String> current = new ArrayList<>();
		for (String l : inside) {
			if (l.isEmpty()) {
				if (!current.isEmpty()) {
					entries.add(current);
					current = new ArrayList<>();
				}
			}
			else if (grouped) {
				current.add(l);
			}
			else {
				entries.add(List.of(l));
			}
		}
		if (!current.isEmpty()) {
			entries.add(current);
		}
		return entries;
	}

	private static List<String> cells(String line) {
		return List.of(line.split("\\s+\\|\\s+"));
	}

	private static String joinCells(String line) {
		return String.join(", ", cells(line));
	}

	// ---------------------------------------------------------------- text and markdown

	/** The letter as text: what a person pastes. Markdown keeps emphasis; page furniture and web chrome are gone. */
	static String text(List<String> lines, boolean markdown) {
		StringBuilder out = new StringBuilder();
		for (Block block : layout(lines).blocks()) {
			if (block instanceof TextLine t) {
				out.append(markdown ? t.raw() : t.text()).append('\n');
			}
			else if (block instanceof Blank) {
				out.append('\n');
			}
			else if (block instanceof Columns c) {
				for (int i = 0; i < c.blocks().size(); i++) {
					if (i > 0) {
						out.append('\n');
					}
					c.blocks().get(i).forEach(l -> out.append(l).append('\n'));
				}
			}
			else if (block instanceof Signers s) {
				boolean grouped = s.entries().stream().anyMatch(e -> e.size() > 1);
				for (int i = 0; i < s.entries().size(); i++) {
					if (grouped && i > 0) {
						out.append('\n');
					}
					s.entries().get(i).forEach(l -> out.append(joinCells(l)).append('\n'));
				}
			}
		}
		return out.toString().replaceAll("\\n{3,}", "\n\n").strip() + "\n";
	}

	// ---------------------------------------------------------------- HTML: an article page around the letter

	static String html(List<String> lines) {
		Layout layout = layout(lines);
		List<Block> blocks = layout.blocks();
		int first = 0;
		while (first < blocks.size() && (blocks.get(first) instanceof Web || blocks.get(first) instanceof Blank)) {
			first++;
		}
		List<Web> before = new ArrayList<>();
		List<Web> after = new ArrayList<>();
		List<Web> cookies = new ArrayList<>();
		String title = "Letter";
		for (int i = 0; i < blocks.size(); i++) {
			if (blocks.get(i) instanceof Web w) {
				if (w.cookie()) {
					cookies.add(w);
				}
				else if (w.title()) {
					title = w.text();
				}
				else {
					(i < first ? before : after).add(w);
				}
			}
		}
		String site = before.isEmpty() ? "Newsroom" : before.get(0).text();
		StringBuilder out = new StringBuilder();
		out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
			.append(esc(title)).append(" | ").append(esc(site)).append("</title>\n")
			.append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n");
		for (Web cookie : cookies) {
			out.append("<div class=\"cookie-consent\" id=\"gdpr-banner\"><p>").append(esc(cookie.text()))
				.append("</p><a href=\"#\" class=\"accept\">Accept</a></div>\n");
		}
		out
			.append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").append(esc(site))
			.append("</a></header>\n");
		if (before.size() > 1) {
			out.append("<nav class=\"main-nav\"><ul>");
			for (String item : before.get(1).text().split("\\s+\\|\\s+")) {
				out.append("<li><a href=\"#\">").append(esc(item)).append("</a></li>");
			}
			out.append("</ul></nav>\n");
		}
		// a page with a cookie banner is an older site built of plain divs: no article or main to go by
		boolean divs = !cookies.isEmpty();
		out.append(divs ? "<div id=\"page\">\n<div class=\"post\">\n" : "<main>\n<article class=\"post\">\n")
			.append("<h1 class=\"entry-title\">").append(esc(title)).append("</h1>\n");
		for (int i = 2; i < before.size(); i++) {
			out.append("<p class=\"").append(i == 2 ? "byline" : "intro").append("\">").append(esc(before.get(i).text()))
				.append("</p>\n");
		}
		out.append("<div class=\"entry-content\">\n");
		List<String> paragraph = new ArrayList<>();
		for (int i = first; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			if (block instanceof TextLine t) {
				paragraph.add((t.bold() ? "<strong>" + esc(t.text().strip()) + "</strong>" : esc(t.text())));
				continue;
			}
			flush(out, paragraph);
			if (block instanceof Columns c) {
				for (List<String> column : c.blocks()) {
					out.append("<p>").append(String.join("<br>\n", column.stream().map(CorpusDocuments::esc).toList()))
						.append("</p>\n");
				}
			}
			else if (block instanceof Signers s) {
				out.append("<ul class=\"signers\">\n");
				for (List<String> entry : s.entries()) {
					out.append("<li>").append(String.join("<br>", entry.stream()
						.map(l -> esc(joinCells(l))).toList())).append("</li>\n");
				}
				out.append("</ul>\n");
			}
		}
		flush(out, paragraph);
		out.append("</div>\n<div class=\"share\">Share this post</div>\n").append(divs ? "</div>\n</div>\n"
				: "</article>\n</main>\n").append("<footer class=\"site-footer\">\n");
		after.forEach(w -> out.append("<p>").append(esc(w.text())).append("</p>\n"));
		out.append("</footer>\n</body>\n</html>\n");
		return out.toString();
	}

	private static void flush(StringBuilder out, List<String> paragraph) {
		if (!paragraph.isEmpty()) {
			out.append("<p>").append(String.join("<br>\n", paragraph)).append("</p>\n");
			paragraph.clear();
		}
	}

	private static String esc(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	// ---------------------------------------------------------------- Word

	static byte[] docx(List<String> lines, boolean signatureTable) {
		Layout layout = layout(lines);
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			if (!layout.headers().isEmpty()) {
				XWPFRun run = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun();
				run.setText(String.join(" ", layout.headers()));
			}
			if (!layout.footers().isEmpty()) {
				XWPFRun run = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun();
				run.setText(String.join(" ", layout.footers()));
			}
			List<TextLine> paragraph = new ArrayList<>();
			for (Block block : layout.blocks()) {
				if (block instanceof TextLine t && t.align() == Align.LEFT && !t.bold() && !t.small()) {
					paragraph.add(t);
					continue;
				}
				paragraph(doc, paragraph);
				if (block instanceof TextLine t) {
					XWPFParagraph p = doc.createParagraph();
					p.setAlignment((t.align() == Align.CENTER) ? ParagraphAlignment.CENTER
							: (t.align() == Align.RIGHT) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
					XWPFRun run = p.createRun();
					run.setBold(t.bold());
					if (t.small()) {
						run.setFontSize(8);
					}
					run.setText(t.text().strip());
				}
				else if (block instanceof Columns c) {
					XWPFTable table = doc.createTable(1, c.blocks().size());
					table.removeBorders();
					for (int i = 0; i < c.blocks().size(); i++) {
						cell(table.getRow(0).getCell(i), c.blocks().get(i), false);
					}
				}
				else if (block instanceof Signers s && signatureTable) {
					int columns = s.entries().stream().mapToInt(e -> cells(e.get(0)).size()).max().orElse(1);
					int rows = s.entries().size() + ((s.header() != null) ? 1 : 0);
					XWPFTable table = doc.createTable(rows, columns);
					int row = 0;
					if (s.header() != null) {
						for (int i = 0; i < columns && i < s.header().size(); i++) {
							cell(table.getRow(0).getCell(i), List.of(s.header().get(i)), true);
						}
						row = 1;
					}
					for (List<String> entry : s.entries()) {
						List<String> cells = cells(String.join(" | ", entry));
						for (int i = 0; i < columns && i < cells.size(); i++) {
							cell(table.getRow(row).getCell(i), List.of(cells.get(i)), false);
						}
						row++;
					}
				}
				else if (block instanceof Signers s) {
					for (List<String> entry : s.entries()) {
						lines(doc.createParagraph(), entry.stream().map(CorpusDocuments::joinCells).toList());
					}
				}
				else if (block instanceof PageBreak) {
					doc.createParagraph().createRun().addBreak(BreakType.PAGE);
				}
			}
			paragraph(doc, paragraph);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lines typed one under another with Shift+Enter: one paragraph, line breaks between. */
	private static void paragraph(XWPFDocument doc, List<TextLine> lines) {
		if (!lines.isEmpty()) {
			lines(doc.createParagraph(), lines.stream().map(TextLine::text).toList());
			lines.clear();
		}
	}

	private static void lines(XWPFParagraph p, List<String> lines) {
		XWPFRun run = p.createRun();
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines.get(i));
		}
	}

	private static void cell(XWPFTableCell cell, List<String> lines, boolean bold) {
		XWPFParagraph p = cell.getParagraphs().get(0);
		XWPFRun run = p.createRun();
		run.setBold(bold);
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines.get(i));
		}
	}

	// ---------------------------------------------------------------- PDF

	static byte[] pdf(List<String> lines, boolean threeColumnSigners) {
		try (PdfLayout pdf = new PdfLayout()) {
			Layout layout = layout(lines);
			for (Block block : layout.blocks()) {
				if (block instanceof TextLine t) {
					pdf.line(t);
				}
				else if (block instanceof Blank) {
					pdf.gap();
				}
				else if (block instanceof Columns c) {
					pdf.columns(c.blocks());
				}
				else if (block instanceof Signers s && threeColumnSigners) {
					pdf.threeColumns(s.entries());
				}
				else if (block instanceof Signers s) {
					for (List<String> entry : s.entries()) {
						entry.forEach(l -> pdf.line(textLine(joinCells(l))));
					}
				}
				else if (block instanceof PageBreak) {
					pdf.newPage();
				}
			}
			return pdf.finish(layout.headers(), layout.footers());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A letter-size page layout with word wrap by the font's own widths, page breaks and running furniture. */
	static final class PdfLayout implements AutoCloseable {

		static final float WIDTH = PDRectangle.LETTER.getWidth();

		static final float HEIGHT = PDRectangle.LETTER.getHeight();

		static final float LEFT = 72;

		static final float RIGHT = WIDTH - 72;

		static final float TOP = HEIGHT - 72;

		static final float BOTTOM = 72;

		static final float SIZE = 11;

		static final float LEADING = 14;

		static final float GUTTER = 18;

		final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

		final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

		final PDDocument doc = new PDDocument();

		final List<PDPage> pages = new ArrayList<>();

		private final Map<Character, Character> safe = new HashMap<>();

		PDPageContentStream content;

		float y;

		PdfLayout() throws IOException {
			newPage();
		}

		void newPage() throws IOException {
			if (this.content != null) {
				this.content.close();
			}
			PDPage page = new PDPage(PDRectangle.LETTER);
			this.doc.addPage(page);
			this.pages.add(page);
			this.content = new PDPageContentStream(this.doc, page);
			this.y = TOP;
		}

		void gap() {
			if (this.y < TOP) {
				this.y -= LEADING * 0.6f;
			}
		}

		void line(TextLine t) {
			try {
				PDType1Font font = t.bold() ? this.bold : this.regular;
				float size = t.small() ? 8 : SIZE;
				float leading = t.small() ? 10 : LEADING;
				for (String part : wrap(t.text().strip(), font, size, RIGHT - LEFT, 0)) {
					if (this.y - leading < BOTTOM) {
						newPage();
					}
					float width = width(part, font, size);
					float x = (t.align() == Align.CENTER) ? (WIDTH - width) / 2
							: (t.align() == Align.RIGHT) ? RIGHT - width : LEFT;
					show(x, this.y - size, font, size, part);
					this.y -= leading;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** Blocks side by side, written into the stream row by row across the page. */
		void columns(List<List<String>> blocks) throws IOException {
			int n = blocks.size();
			float columnWidth = (RIGHT - LEFT - (n - 1) * GUTTER) / n;
			List<List<String>> wrapped = new ArrayList<>();
			for (List<String> block : blocks) {
				List<String> parts = new ArrayList<>();
				for (String l : block) {
					parts.addAll(wrap(l, this.regular, SIZE, columnWidth, 0));
				}
				wrapped.add(parts);
			}
			int rows = wrapped.stream().mapToInt(List::size).max().orElse(0);
			if (this.y - rows * LEADING < BOTTOM && rows * LEADING < TOP - BOTTOM) {
				newPage();
			}
			for (int r = 0; r < rows; r++) {
				if (this.y - LEADING < BOTTOM) {
					newPage();
				}
				for (int c = 0; c < n; c++) {
					if (r < wrapped.get(c).size()) {
						show(LEFT + c * (columnWidth + GUTTER), this.y - SIZE, this.regular, SIZE, wrapped.get(c).get(r));
					}
				}
				this.y -= LEADING;
			}
		}

		/**
		 * The signature list in three columns: the first column fills down the page, then the second and third, then
		 * the next page. An entry too long for its column wraps with its further lines indented, and never splits
		 * between columns. The stream gets the lines row by row across the three columns.
		 */
		void threeColumns(List<List<String>> entries) throws IOException {
			float size = 9;
			float leading = 11;
			float indent = 8;
			float columnWidth = (RIGHT - LEFT - 2 * GUTTER) / 3;
			List<List<String>> wrapped = new ArrayList<>();
			for (List<String> entry : entries) {
				List<String> parts = new ArrayList<>();
				for (String l : entry) {
					parts.addAll(wrap(joinCells(l), this.regular, size, columnWidth, indent));
				}
				wrapped.add(parts);
			}
			int next = 0;
			while (next < wrapped.size()) {
				int rows = (int) Math.floor((this.y - BOTTOM) / leading);
				if (rows < 4) {
					newPage();
					continue;
				}
				List<List<String>> columns = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
				for (List<String> column : columns) {
					while (next < wrapped.size() && column.size() + wrapped.get(next).size() <= rows) {
						column.addAll(wrapped.get(next));
						next++;
					}
				}
				int used = columns.stream().mapToInt(List::size).max().orElse(0);
				for (int r = 0; r < used; r++) {
					for (int c = 0; c < 3; c++) {
						if (r < columns.get(c).size()) {
							String part = columns.get(c).get(r);
							float x = LEFT + c * (columnWidth + GUTTER);
							if (part.startsWith("\t")) {
								x += indent;
								part = part.substring(1);
							}
							show(x, this.y - size - r * leading, this.regular, size, part);
						}
					}
				}
				this.y -= used * leading;
				if (next < wrapped.size()) {
					newPage();
				}
			}
		}

		/** Closes the pages, puts the running header, footer and page numbers first in each page's stream. */
		byte[] finish(List<String> headers, List<String> footers) throws IOException {
			this.content.close();
			this.content = null;
			if (!headers.isEmpty() || !footers.isEmpty()) {
				int total = this.pages.size();
				for (int i = 0; i < total; i++) {
					try (PDPageContentStream furniture = new PDPageContentStream(this.doc, this.pages.get(i),
							AppendMode.PREPEND, true, true)) {
						float top = HEIGHT - 40;
						for (String header : headers) {
							show(furniture, (WIDTH - width(header, this.regular, 8)) / 2, top, this.regular, 8, header);
							top -= 10;
						}
						float bottom = 46;
						for (String footer : footers) {
							show(furniture, LEFT, bottom, this.regular, 8, footer);
							bottom -= 10;
						}
						String number = "Page " + (i + 1) + " of " + total;
						show(furniture, RIGHT - width(number, this.regular, 8), 32, this.regular, 8, number);
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			this.doc.save(out);
			return out.toByteArray();
		}

		@Override
		public void close() throws IOException {
			if (this.content != null) {
				this.content.close();
			}
			this.doc.close();
		}

		private void show(float x, float baseline, PDType1Font font, float size, String text) throws IOException {
			show(this.content, x, baseline, font, size, text);
		}

		private void show(PDPageContentStream stream, float x, float baseline, PDType1Font font, float size,
				String text) throws IOException {
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(x, baseline);
			stream.showText(encodable(text, font));
			stream.endText();
		}

		float width(String text, PDType1Font font, float size) throws IOException {
			return font.getStringWidth(encodable(text, font)) / 1000 * size;
		}

		/**
		 * Greedy word wrap to {@code width}; lines after the first are marked with a leading tab when they are to be
		 * indented by {@code indent}.
		 */
		List<String> wrap(String text, PDType1Font font, float size, float width, float indent) throws IOException {
			List<String> out = new ArrayList<>();
			String current = "";
			for (String word : text.strip().split(" +")) {
				String candidate = current.isEmpty() ? word : current + " " + word;
				float available = out.isEmpty() ? width : width - indent;
				if (!current.isEmpty() && width(candidate, font, size) > available) {
					out.add((out.isEmpty() || indent == 0) ? current : "\t" + current);
					current = word;
				}
				else {
					current = candidate;
				}
			}
			if (!current.isEmpty() || out.isEmpty()) {
				out.add((out.isEmpty() || indent == 0) ? current : "\t" + current);
			}
			return out;
		}

		/** The text with characters the standard 14 fonts cannot encode folded to ASCII (or '?'). */
		String encodable(String text, PDType1Font font) {
			StringBuilder out = new StringBuilder(text.length());
			for (char c : text.replace('\t', ' ').toCharArray()) {
				out.append(this.safe.computeIfAbsent(c, ch -> {
					try {
						font.encode(String.valueOf(ch));
						return ch;
					}
					catch (IOException | IllegalArgumentException ex) {
						String folded = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD)
							.replaceAll("\\p{M}", "");
						return (!folded.isEmpty() && folded.charAt(0) < 128) ? folded.charAt(0) : '?';
					}
				}));
			}
			return out.toString();
		}
	}
}
