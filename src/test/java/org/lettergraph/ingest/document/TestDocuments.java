package org.lettergraph.ingest.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Letters as PDF and Word files, made in a test from lines and a layout, for tests of how documents are read (and
 * for rendering a corpus of letters as files).
 *
 * <p><b>PDF</b>: {@link #pdf(List)} or {@link #pdf(Layout, List)} lays {@link Block}s out top to bottom on US Letter
 * pages in Helvetica, starting a new page when one is full:
 * <ul>
 * <li>{@link Text}: full-width lines, one line each; {@code ""} is an empty line (a paragraph break). A line written
 * {@code **…**} is set in bold; {@code ^{1}} inside a line is a superscript (a footnote marker).</li>
 * <li>{@link Side}: columns side by side, each with its own lines (two address blocks, a letterhead and a date); the
 * columns' lines are set row by row, continuing on the next page when the page is full.</li>
 * <li>{@link Flow}: a list flowing into N columns, newspaper style: down the first column, then the next, page by
 * page, so the list's order is the reading order column by column (a signature list in three columns).</li>
 * <li>{@link PageBreak}: the next block starts a new page.</li>
 * </ul>
 * {@link Layout} adds a running header, a footer and page numbers ({@code "Page %d of %d"}), and sets the font size
 * and line spacing. {@link #scan} makes a PDF of pictures only, {@link #encrypted} locks a PDF with a password.
 *
 * <p><b>Word</b>: {@link #docx(List)} or {@link #docx(String, String, List)} writes {@link Paragraph}s (a {@code \n}
 * in the text is a line break, a {@code \t} a tab; bold or not) and {@link Table}s (rows of cells; a {@code \n} in a
 * cell starts a new paragraph in it), with an optional page header and footer.
 */
public final class TestDocuments {

	/** US Letter, in points. */
	public static final float WIDTH = PDRectangle.LETTER.getWidth();

	public static final float HEIGHT = PDRectangle.LETTER.getHeight();

	public static final float MARGIN = 72;

	private TestDocuments() {
	}

	/** A part of a letter's pages. */
	public sealed interface Block permits Text, Side, Flow, PageBreak {
	}

	/** Full-width lines, top to bottom. */
	public record Text(List<String> lines) implements Block {

		public static Text of(String... lines) {
			return new Text(List.of(lines));
		}

		/** The lines of a text block ({@code "\n"} between lines). */
		public static Text of(String block) {
			return new Text(Arrays.asList(block.split("\n", -1)));
		}
	}

	/** Columns side by side, each its own lines, set row by row across the columns. */
	public record Side(List<List<String>> columns) implements Block {

		@SafeVarargs
		public static Side of(List<String>... columns) {
			return new Side(List.of(columns));
		}
	}

	/** A list flowing down {@code columns} columns, one column after the other, page by page. */
	public record Flow(int columns, List<String> items) implements Block {
	}

	/** The next block starts on a new page. */
	public record PageBreak() implements Block {
	}

	/**
	 * How pages look.
	 *
	 * @param header           a line at the top of each page, or null
	 * @param headerFirstPage  whether the header is on the first page too
	 * @param footer           a line at the bottom of each page, or null
	 * @param pageNumbers      a format with the page and the page count ({@code "Page %d of %d"}, {@code "%d"}),
	 *                         set under the footer, or null
	 * @param fontSize         points
	 * @param leading          distance between baselines, points
	 */
	public record Layout(String header, boolean headerFirstPage, String footer, String pageNumbers, float fontSize,
			float leading) {

		public static final Layout PLAIN = new Layout(null, false, null, null, 11, 14);

		public Layout withHeader(String header, boolean onFirstPage) {
			return new Layout(header, onFirstPage, this.footer, this.pageNumbers, this.fontSize, this.leading);
		}

		public Layout withFooter(String footer) {
			return new Layout(this.header, this.headerFirstPage, footer, this.pageNumbers, this.fontSize, this.leading);
		}

		public Layout withPageNumbers(String format) {
			return new Layout(this.header, this.headerFirstPage, this.footer, format, this.fontSize, this.leading);
		}

		public Layout withFont(float size, float leading) {
			return new Layout(this.header, this.headerFirstPage, this.footer, this.pageNumbers, size, leading);
		}
	}

	public static byte[] pdf(List<Block> blocks) {
		return pdf(Layout.PLAIN, blocks);
	}

	public static byte[] pdf(Layout layout, List<Block> blocks) {
		try (PDDocument document = new PDDocument()) {
			new Writer(document, layout).write(blocks);
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF of {@code pages} pages, each only a picture (a scanned letter with no text layer). */
	public static byte[] scan(int pages) {
		try (PDDocument document = new PDDocument()) {
			BufferedImage image = new BufferedImage(170, 220, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, 170, 220);
			g.setColor(Color.DARK_GRAY);
			for (int y = 20; y < 200; y += 12) {
				g.fillRect(15, y, 140, 4);
			}
			g.dispose();
			PDImageXObject picture = LosslessFactory.createFromImage(document, image);
			for (int i = 0; i < pages; i++) {
				PDPage page = new PDPage(PDRectangle.LETTER);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.drawImage(picture, 36, 36, WIDTH - 72, HEIGHT - 72);
				}
			}
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The PDF locked with a password needed to open it (128-bit). */
	public static byte[] encrypted(byte[] pdf, String password) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password,
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF of {@code pages} pages with one short line each (a document too long to read). */
	public static byte[] manyPages(int pages) {
		List<Block> blocks = new ArrayList<>();
		for (int i = 1; i <= pages; i++) {
			if (i > 1) {
				blocks.add(new PageBreak());
			}
			blocks.add(Text.of("Appendix page " + i + " of a long filing."));
		}
		return pdf(blocks);
	}

	private static byte[] save(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	/** Lays blocks out page by page. */
	private static final class Writer {

		private final PDDocument document;

		private final Layout layout;

		private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

		private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

		private final List<PDPageContentStream> streams = new ArrayList<>();

		private PDPageContentStream content;

		/** The baseline of the next line, from the top of the page. */
		private float y;

		Writer(PDDocument document, Layout layout) {
			this.document = document;
			this.layout = layout;
		}

		void write(List<Block> blocks) throws IOException {
			newPage();
			for (Block block : blocks) {
				if (block instanceof Text text) {
					for (String line : text.lines()) {
						room();
						line(MARGIN, line);
						this.y += this.layout.leading();
					}
				}
				else if (block instanceof Side side) {
					int rows = side.columns().stream().mapToInt(List::size).max().orElse(0);
					float width = (WIDTH - 2 * MARGIN) / side.columns().size();
					for (int r = 0; r < rows; r++) {
						room();
						for (int c = 0; c < side.columns().size(); c++) {
							List<String> column = side.columns().get(c);
							if (r < column.size()) {
								line(MARGIN + c * width, column.get(r));
							}
						}
						this.y += this.layout.leading();
					}
				}
				else if (block instanceof Flow flow) {
					flow(flow);
				}
				else {
					newPage();
				}
			}
			finish();
		}

		private void flow(Flow flow) throws IOException {
			float width = (WIDTH - 2 * MARGIN) / flow.columns();
			int next = 0;
			while (next < flow.items().size()) {
				room();
				int rows = Math.max(1, (int) ((bottom() - this.y) / this.layout.leading()) + 1);
				int left = flow.items().size() - next;
				// The last page's columns are balanced: as many rows as the rest needs, spread over the columns.
				int used = Math.min(rows, (left + flow.columns() - 1) / flow.columns());
				float top = this.y;
				for (int c = 0; c < flow.columns() && next < flow.items().size(); c++) {
					for (int r = 0; r < used && next < flow.items().size(); r++) {
						line(MARGIN + c * width, top + r * this.layout.leading(), flow.items().get(next++));
					}
				}
				this.y = top + used * this.layout.leading();
				if (next < flow.items().size()) {
					newPage();
				}
			}
		}

		private float bottom() {
			return HEIGHT - MARGIN;
		}

		private void room() throws IOException {
			if (this.y > bottom()) {
				newPage();
			}
		}

		private void newPage() throws IOException {
			PDPage page = new PDPage(PDRectangle.LETTER);
			this.document.addPage(page);
			this.content = new PDPageContentStream(this.document, page);
			this.streams.add(this.content);
			this.y = MARGIN;
		}

		private void line(float x, String text) throws IOException {
			line(x, this.y, text);
		}

		/** A line at a baseline from the top; {@code **…**} in bold, {@code ^{…}} raised and smaller. */
		private void line(float x, float top, String text) throws IOException {
			if (text.isEmpty()) {
				return;
			}
			boolean isBold = text.startsWith("**") && text.endsWith("**") && text.length() > 4;
			String body = isBold ? text.substring(2, text.length() - 2) : text;
			PDType1Font font = isBold ? this.bold : this.regular;
			float size = this.layout.fontSize();
			float at = x;
			for (String part : body.split("(?=\\^\\{)|(?<=\\})", -1)) {
				if (part.isEmpty()) {
					continue;
				}
				boolean sup = part.startsWith("^{") && part.endsWith("}");
				String s = sup ? part.substring(2, part.length() - 1) : part;
				float partSize = sup ? size * 0.6f : size;
				float rise = sup ? size * 0.4f : 0;
				show(font, partSize, at, HEIGHT - top + rise, s);
				at += font.getStringWidth(s) / 1000 * partSize;
			}
		}

		private void show(PDType1Font font, float size, float x, float baselineFromBottom, String text)
				throws IOException {
			this.content.beginText();
			this.content.setFont(font, size);
			this.content.newLineAtOffset(x, baselineFromBottom);
			this.content.showText(text);
			this.content.endText();
		}

		/** Headers, footers and page numbers, once the page count is known; then every stream is closed. */
		private void finish() throws IOException {
			int pages = this.streams.size();
			float small = Math.max(7, this.layout.fontSize() - 2);
			for (int i = 0; i < pages; i++) {
				this.content = this.streams.get(i);
				if (this.layout.header() != null && (i > 0 || this.layout.headerFirstPage())) {
					show(this.regular, small, MARGIN, HEIGHT - 40, this.layout.header());
				}
				if (this.layout.footer() != null) {
					show(this.regular, small, MARGIN, 40, this.layout.footer());
				}
				if (this.layout.pageNumbers() != null) {
					String number = String.format(Locale.ROOT, this.layout.pageNumbers(), i + 1, pages);
					float width = this.regular.getStringWidth(number) / 1000 * small;
					show(this.regular, small, (WIDTH - width) / 2, 26, number);
				}
				this.content.close();
			}
		}
	}

	/** A part of a Word letter's body. */
	public sealed interface DocBlock permits Paragraph, Table {
	}

	/** A paragraph: {@code \n} is a line break inside it, {@code \t} a tab. */
	public record Paragraph(String text, boolean bold) implements DocBlock {

		public static Paragraph of(String text) {
			return new Paragraph(text, false);
		}

		public static Paragraph bold(String text) {
			return new Paragraph(text, true);
		}
	}

	/** A table: rows of cells; a {@code \n} in a cell starts a new paragraph in the cell. */
	public record Table(List<List<String>> rows) implements DocBlock {

		@SafeVarargs
		public static Table of(List<String>... rows) {
			return new Table(List.of(rows));
		}

		/** A grid of {@code columns} columns filled column by column from the items (a signature table). */
		public static Table grid(int columns, List<String> items) {
			int rows = (items.size() + columns - 1) / columns;
			List<List<String>> grid = new ArrayList<>();
			for (int r = 0; r < rows; r++) {
				List<String> row = new ArrayList<>();
				for (int c = 0; c < columns; c++) {
					int i = c * rows + r;
					row.add(i < items.size() ? items.get(i) : "");
				}
				grid.add(row);
			}
			return new Table(grid);
		}
	}

	public static byte[] docx(List<DocBlock> blocks) {
		return docx(null, null, blocks);
	}

	/** A Word file with a page header and footer (either may be null) and the blocks as its body. */
	public static byte[] docx(String header, String footer, List<DocBlock> blocks) {
		try (XWPFDocument document = new XWPFDocument()) {
			if (header != null || footer != null) {
				XWPFHeaderFooterPolicy policy = document.createHeaderFooterPolicy();
				if (header != null) {
					policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText(header);
				}
				if (footer != null) {
					policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText(footer);
				}
			}
			for (DocBlock block : blocks) {
				if (block instanceof Paragraph p) {
					write(document.createParagraph(), p.text(), p.bold());
				}
				else if (block instanceof Table t) {
					int columns = t.rows().stream().mapToInt(List::size).max().orElse(1);
					XWPFTable table = document.createTable(t.rows().size(), columns);
					for (int r = 0; r < t.rows().size(); r++) {
						XWPFTableRow row = table.getRow(r);
						for (int c = 0; c < t.rows().get(r).size(); c++) {
							String[] paragraphs = t.rows().get(r).get(c).split("\n");
							var cell = row.getCell(c);
							write(cell.getParagraphs().get(0), paragraphs[0], false);
							for (int k = 1; k < paragraphs.length; k++) {
								write(cell.addParagraph(), paragraphs[k], false);
							}
						}
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Each piece its own run: a line's text, a tab, a line break. */
	private static void write(XWPFParagraph paragraph, String text, boolean bold) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				paragraph.createRun().addBreak();
			}
			String[] tabs = lines[i].split("\t", -1);
			for (int t = 0; t < tabs.length; t++) {
				if (t > 0) {
					paragraph.createRun().addTab();
				}
				if (!tabs[t].isEmpty()) {
					XWPFRun run = paragraph.createRun();
					run.setBold(bold);
					run.setText(tabs[t]);
				}
			}
		}
	}

}
