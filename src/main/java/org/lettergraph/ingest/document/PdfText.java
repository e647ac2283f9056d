package org.lettergraph.ingest.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.lettergraph.ingest.record.IngestException;

/**
 * A PDF letter as text in reading order, worked out from where each glyph is on its page rather than the order the
 * PDF happens to draw them in.
 *
 * <ol>
 * <li>Glyphs become lines by their baseline; a superscript footnote marker (a smaller digit above the baseline) is
 * left out, the footnote's own text kept. Words are told apart by the space between glyphs, and a line is cut into
 * segments where the space is wide (more than {@link #SEGMENT_GAP} times the font size).</li>
 * <li>Running headers and footers go: a line near the top or bottom of the page that comes back at the same place
 * on other pages (numbers aside), and page numbers ("Page 2 of 5", "- 3 -", a lone number). A header that is
 * already on the first page is kept there once, as the letterhead it then is.</li>
 * <li>Columns: a line cut into segments opens a region, and the following lines join it while no word of theirs
 * crosses the region's gutters (the empty strips between its columns). A region of two lines or more in columns is
 * read column by column, a blank line between columns: two address blocks side by side, a signature list in two or
 * three columns, page after page. Other lines read across, their segments three spaces apart.</li>
 * <li>A blank line where the space between lines is clearly wider than the page's line spacing (paragraphs,
 * blocks), a word hyphenated at a line's end joined when the next line goes on in lower case, and a line all in
 * bold on a page mostly not bold marked {@code **…**}, as the text parser reads light markdown.</li>
 * </ol>
 *
 * Refused in plain words: a file that is not a PDF or is damaged, one encrypted with a password, one with more pages
 * than the limit (counted before any text is read), and a scan (no text on any page).
 */
final class PdfText {

	static final String SCAN = "This PDF has no text layer: it is a scan (images of pages). Run OCR on it first, or "
			+ "paste the letter's text.";

	/** A gap wider than this many times the font size cuts a line into segments (a tab stop, a column gutter). */
	static final float SEGMENT_GAP = 1.2f;

	/** A gap wider than this many times the font size separates two words. */
	private static final float WORD_GAP = 0.18f;

	/** The share of the page's height at its top and its bottom where running headers and footers are looked for. */
	private static final float MARGIN = 0.12f;

	/** The most glyphs read from one document: a letter of 1,000 signers has some 60,000. */
	private static final int MAX_GLYPHS = 3_000_000;

	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"(?i)^(?:page\\s*#+(?:\\s*(?:of|/)\\s*#+)?|#+\\s*(?:of|/)\\s*#+|[-–—]?\\s*#+\\s*[-–—]?|#+\\s*\\|\\s*page|p\\.\\s*#+)$");

	/** How a footnote starts, once a raised marker is gone: its number or mark, or nothing but text. */
	private static final Pattern FOOTNOTE = Pattern.compile("^(?:\\d{1,3}[.)]?\\s|[*†‡§]\\s?)");

	private static final Pattern HYPHENATED = Pattern.compile(".*\\p{L}-$");

	private PdfText() {
	}

	static DocumentText read(byte[] bytes, DocumentLimits limits) {
		if (bytes.length > limits.maxBytes()) {
			throw new IngestException("The PDF is larger than the limit (lettergraph.ingest.max-document-size).");
		}
		PDDocument document;
		try {
			// Streams the document writes for itself are kept in memory, bounded by a few times its own size.
			long memory = Math.max(64L << 20, bytes.length * 4L);
			document = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
					MemoryUsageSetting.setupMainMemoryOnly(memory).streamCache);
		}
		catch (InvalidPasswordException ex) {
			throw new IngestException("This PDF is encrypted with a password. Save a copy without the password (or "
					+ "print it to a new PDF) and send that.");
		}
		catch (IOException | RuntimeException ex) {
			throw damaged(ex);
		}
		try (document) {
			int pages = document.getNumberOfPages();
			if (pages == 0) {
				throw new IngestException("This PDF has no pages: it is damaged.");
			}
			if (pages > limits.maxPages()) {
				throw new IngestException(String.format(Locale.ROOT,
						"This PDF has %d pages; the limit is %d (lettergraph.ingest.max-pages). Send one letter per "
								+ "file.",
						pages, limits.maxPages()));
			}
			Collector collector = new Collector();
			collector.getText(document);
			return layout(collector.pages, pages);
		}
		catch (IngestException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw damaged(ex);
		}
	}

	private static IngestException damaged(Exception ex) {
		String detail = (ex.getMessage() != null) ? ex.getMessage().lines().findFirst().orElse("").strip() : "";
		if (detail.length() > 160) {
			detail = detail.substring(0, 160) + "…";
		}
		return new IngestException("The file is not a PDF that can be read: it is damaged or of another kind"
				+ (detail.isEmpty() ? "." : " (" + detail + ")."));
	}

	/** One glyph where it is drawn: {@code y} is its baseline from the top of the page. */
	record Glyph(float x, float y, float width, float size, String text, boolean bold) {

		boolean space() {
			return this.text.isBlank();
		}

		float end() {
			return this.x + this.width;
		}
	}

	/** A page's glyphs, its height and whether it draws pictures. */
	record PageGlyphs(List<Glyph> glyphs, float height, boolean images) {
	}

	/** A word: where it starts and ends across the page. */
	record Word(float x0, float x1, String text, boolean bold) {
	}

	/**
	 * A line: its baseline, its usual font size, its words left to right, and whether it began with a footnote
	 * marker (left out).
	 */
	record Line(float y, float size, List<Word> words, boolean marked) {

		/** The words cut where the space between them is wide. */
		List<List<Word>> segments() {
			List<List<Word>> segments = new ArrayList<>();
			List<Word> current = new ArrayList<>();
			for (Word w : this.words) {
				if (!current.isEmpty() && w.x0() - current.get(current.size() - 1).x1() > SEGMENT_GAP * this.size) {
					segments.add(current);
					current = new ArrayList<>();
				}
				current.add(w);
			}
			if (!current.isEmpty()) {
				segments.add(current);
			}
			return segments;
		}

		String text() {
			return text(this.words, this.size);
		}

		boolean bold() {
			return this.words.stream().allMatch(Word::bold);
		}

		/** Words as text, a wide gap as three spaces. */
		static String text(List<Word> words, float size) {
			StringBuilder s = new StringBuilder();
			Word previous = null;
			for (Word w : words) {
				if (previous != null) {
					s.append((w.x0() - previous.x1() > SEGMENT_GAP * size) ? "   " : " ");
				}
				s.append(w.text());
				previous = w;
			}
			return s.toString();
		}
	}

	/** Collects the glyphs of every page as PDFBox draws them, without its own ordering. */
	private static final class Collector extends PDFTextStripper {

		final List<PageGlyphs> pages = new ArrayList<>();

		private List<Glyph> current = new ArrayList<>();

		private int total;

		Collector() {
			setSortByPosition(false);
			setSuppressDuplicateOverlappingText(false);
		}

		@Override
		protected void startPage(PDPage page) {
			this.current = new ArrayList<>();
		}

		@Override
		protected void processTextPosition(TextPosition t) {
			String text = t.getUnicode();
			if (text == null || text.isEmpty()) {
				return;
			}
			if (++this.total > MAX_GLYPHS) {
				throw new IngestException("This PDF holds more text than one letter can (over "
						+ String.format(Locale.ROOT, "%,d", MAX_GLYPHS) + " characters). Send one letter per file.");
			}
			float size = t.getFontSizeInPt();
			if (size <= 0.5f) {
				size = Math.max(t.getHeightDir(), 1f);
			}
			Glyph glyph = new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, text, bold(t.getFont()));
			// Bold simulated by drawing a glyph twice at nearly the same place: keep one.
			int n = this.current.size();
			for (int i = n - 1; i >= Math.max(0, n - 3); i--) {
				Glyph g = this.current.get(i);
				if (g.text().equals(text) && Math.abs(g.x() - glyph.x()) < 0.5f && Math.abs(g.y() - glyph.y()) < 0.5f) {
					return;
				}
			}
			this.current.add(glyph);
		}

		@Override
		protected void endPage(PDPage page) {
			this.pages.add(new PageGlyphs(this.current, page.getMediaBox().getHeight(), hasImages(page)));
		}

		private static boolean bold(PDFont font) {
			if (font == null) {
				return false;
			}
			String name = String.valueOf(font.getName()).toLowerCase(Locale.ROOT);
			if (name.contains("bold") || name.contains("black") || name.contains("heavy")) {
				return true;
			}
			PDFontDescriptor descriptor = font.getFontDescriptor();
			return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
		}

		private static boolean hasImages(PDPage page) {
			PDResources resources = page.getResources();
			if (resources == null) {
				return false;
			}
			for (COSName name : resources.getXObjectNames()) {
				if (resources.isImageXObject(name)) {
					return true;
				}
			}
			return false;
		}
	}

	/** The pages' glyphs as text. */
	static DocumentText layout(List<PageGlyphs> pages, int pageCount) {
		List<String> warnings = new ArrayList<>();
		List<List<Line>> lines = new ArrayList<>();
		boolean anyText = false;
		for (int p = 0; p < pages.size(); p++) {
			PageGlyphs page = pages.get(p);
			List<Line> pageLines = lines(page.glyphs());
			lines.add(pageLines);
			if (!pageLines.isEmpty()) {
				anyText = true;
			}
			else if (page.images()) {
				warnings.add("Page " + (p + 1) + " has no text layer (a scanned page?): its text is missing.");
			}
		}
		if (!anyText) {
			throw new IngestException(SCAN);
		}
		int dropped = dropRunningLines(lines, pages);
		if (dropped > 0) {
			warnings.add("Left out " + dropped + " page header, footer and page number line" + (dropped == 1 ? "" : "s")
					+ " repeated across the pages.");
		}
		List<String> out = new ArrayList<>();
		for (List<Line> pageLines : lines) {
			page(pageLines, out);
		}
		return new DocumentText(finish(out), DocumentType.PDF, pageCount, warnings);
	}

	/** A page's glyphs as lines, top to bottom; superscript footnote markers left out. */
	static List<Line> lines(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::y));
		List<List<Glyph>> clusters = new ArrayList<>();
		List<Glyph> cluster = null;
		float ref = 0;
		float refSize = 0;
		for (Glyph g : sorted) {
			if (cluster != null && g.y() - ref <= 0.5f * Math.max(refSize, g.size())) {
				cluster.add(g);
				if (!g.space() && g.size() > refSize + 0.1f) {
					ref = g.y();
					refSize = g.size();
				}
				continue;
			}
			cluster = new ArrayList<>();
			cluster.add(g);
			clusters.add(cluster);
			ref = g.y();
			refSize = g.size();
		}
		List<Line> lines = new ArrayList<>();
		for (List<Glyph> c : clusters) {
			Line line = line(c);
			if (line != null) {
				lines.add(line);
			}
		}
		return lines;
	}

	private static Line line(List<Glyph> glyphs) {
		List<Float> sizes = new ArrayList<>();
		for (Glyph g : glyphs) {
			if (!g.space()) {
				sizes.add(g.size());
			}
		}
		if (sizes.isEmpty()) {
			return null;
		}
		Collections.sort(sizes);
		float size = sizes.get(sizes.size() / 2);
		float maxSize = sizes.get(sizes.size() - 1);
		List<Float> baselines = new ArrayList<>();
		for (Glyph g : glyphs) {
			if (!g.space() && g.size() >= maxSize - 0.1f) {
				baselines.add(g.y());
			}
		}
		Collections.sort(baselines);
		float baseline = baselines.get(baselines.size() / 2);
		List<Glyph> kept = new ArrayList<>();
		float firstMarker = Float.MAX_VALUE;
		float firstKept = Float.MAX_VALUE;
		for (Glyph g : glyphs) {
			boolean raisedSmall = g.size() < 0.85f * maxSize && g.y() < baseline - 0.15f * maxSize;
			if ((raisedSmall && isMarker(g.text())) || isSuperscriptDigit(g.text())) {
				firstMarker = Math.min(firstMarker, g.x());
				continue;
			}
			if (!g.space()) {
				firstKept = Math.min(firstKept, g.x());
			}
			kept.add(g);
		}
		kept.sort(Comparator.comparingDouble(Glyph::x));
		List<Word> words = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		float x0 = 0;
		float x1 = 0;
		boolean bold = true;
		for (Glyph g : kept) {
			if (g.space()) {
				if (!text.isEmpty()) {
					words.add(new Word(x0, x1, text.toString(), bold));
					text.setLength(0);
				}
				continue;
			}
			if (!text.isEmpty() && (g.x() - x1 > WORD_GAP * size || g.x() < x0 - 0.5f)) {
				words.add(new Word(x0, x1, text.toString(), bold));
				text.setLength(0);
			}
			if (text.isEmpty()) {
				x0 = g.x();
				bold = true;
			}
			text.append(g.text());
			x1 = Math.max(x1, g.end());
			if (text.length() == g.text().length()) {
				x1 = g.end();
			}
			bold &= g.bold();
		}
		if (!text.isEmpty()) {
			words.add(new Word(x0, x1, text.toString(), bold));
		}
		return words.isEmpty() ? null : new Line(baseline, size, words, firstMarker < firstKept);
	}

	private static boolean isMarker(String text) {
		return text.chars().allMatch(c -> Character.isDigit(c) || "*†‡§¶".indexOf(c) >= 0 || c == ',');
	}

	private static boolean isSuperscriptDigit(String text) {
		return text.chars().allMatch(c -> "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c) >= 0);
	}

	/** A line in a page's top or bottom margin, and its page. */
	private record MarginLine(int page, Line line) {
	}

	/**
	 * Leaves out running headers and footers and page numbers; returns how many lines went.
	 */
	private static int dropRunningLines(List<List<Line>> lines, List<PageGlyphs> pages) {
		// Where each margin line's text (numbers aside) is found.
		Map<String, List<MarginLine>> seen = new HashMap<>();
		for (int p = 0; p < lines.size(); p++) {
			float height = pages.get(p).height();
			for (Line line : lines.get(p)) {
				if (inMargin(line, height)) {
					seen.computeIfAbsent(key(line), k -> new ArrayList<>()).add(new MarginLine(p, line));
				}
			}
		}
		int dropped = 0;
		for (int p = 0; p < lines.size(); p++) {
			float height = pages.get(p).height();
			List<Line> kept = new ArrayList<>();
			for (Line line : lines.get(p)) {
				if (inMargin(line, height) && running(line, p, height, seen, lines.get(p))) {
					dropped++;
				}
				else {
					kept.add(line);
				}
			}
			lines.set(p, kept);
		}
		return dropped;
	}

	private static boolean inMargin(Line line, float height) {
		return line.y() < MARGIN * height || line.y() > (1 - MARGIN) * height;
	}

	/**
	 * A page number; or a line that comes back at the same place on another page, the same text or differing only
	 * by this page's number; or, on a later page, a line in the top margin set smaller than the page's text and apart
	 * from it (a continuation header, which a two-page letter has only once).
	 */
	private static boolean running(Line line, int page, float height, Map<String, List<MarginLine>> seen,
			List<Line> pageLines) {
		String key = key(line);
		if (PAGE_NUMBER.matcher(key).matches()) {
			return true;
		}
		String text = line.text();
		boolean header = line.y() < MARGIN * height;
		boolean repeated = false;
		for (MarginLine other : seen.getOrDefault(key, List.of())) {
			if (other.page() == page || Math.abs(other.line().y() - line.y()) > 3f) {
				continue;
			}
			if (other.line().text().equals(text) || (hasNumber(text, page + 1) && hasNumber(other.line().text(),
					other.page() + 1))) {
				repeated = true;
			}
		}
		if (repeated) {
			// A header already on the first page is the letterhead: kept there, once.
			return !(header && page == 0);
		}
		if (header) {
			return page > 0 && apartAndSmaller(line, pageLines, true);
		}
		// A footer set small at the foot of the page, even on a letter of one page; a footnote starts with its mark.
		return !line.marked() && !FOOTNOTE.matcher(text).find() && apartAndSmaller(line, pageLines, false);
	}

	private static boolean hasNumber(String text, int number) {
		return Pattern.compile("(?<!\\d)" + number + "(?!\\d)").matcher(text).find();
	}

	/**
	 * Set smaller than the page's usual text, and apart from the text below it (a header) or above it (a footer),
	 * lines of its own size aside (a footer of two lines).
	 */
	private static boolean apartAndSmaller(Line line, List<Line> pageLines, boolean header) {
		List<Float> sizes = new ArrayList<>();
		Line nearest = null;
		for (Line other : pageLines) {
			sizes.add(other.size());
			if (other == line || Math.abs(other.size() - line.size()) < 0.5f) {
				continue;
			}
			boolean beyond = header ? other.y() > line.y() : other.y() < line.y();
			if (beyond && (nearest == null || Math.abs(other.y() - line.y()) < Math.abs(nearest.y() - line.y()))) {
				nearest = other;
			}
		}
		Collections.sort(sizes);
		float usual = sizes.get(sizes.size() / 2);
		return line.size() < 0.92f * usual && (nearest == null || Math.abs(nearest.y() - line.y()) > 1.8f * usual);
	}

	private static String key(Line line) {
		return line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
	}

	/** A page's lines in reading order onto {@code out}, blank lines between blocks. */
	private static void page(List<Line> lines, List<String> out) {
		if (lines.isEmpty()) {
			return;
		}
		float spacing = spacing(lines);
		int boldLines = 0;
		for (Line line : lines) {
			if (line.bold()) {
				boldLines++;
			}
		}
		boolean mostlyBold = boldLines * 2 > lines.size();
		Line previous = null;
		int i = 0;
		while (i < lines.size()) {
			Line line = lines.get(i);
			if (line.segments().size() >= 2) {
				Region region = Region.grow(lines, i, spacing);
				if (region != null) {
					blank(out);
					region.emit(out, spacing);
					blank(out);
					previous = lines.get(region.end() - 1);
					i = region.end();
					continue;
				}
			}
			if (previous != null && line.y() - previous.y() > 1.6f * spacing) {
				blank(out);
			}
			String text = line.text();
			out.add((line.bold() && !mostlyBold && text.length() < 200) ? "**" + text + "**" : text);
			previous = line;
			i++;
		}
	}

	/** The page's usual distance between baselines. */
	private static float spacing(List<Line> lines) {
		List<Float> gaps = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			float gap = lines.get(i).y() - lines.get(i - 1).y();
			if (gap > 0.5f * lines.get(i).size() && gap < 3f * lines.get(i).size()) {
				gaps.add(gap);
			}
		}
		if (gaps.isEmpty()) {
			return 1.2f * lines.get(0).size();
		}
		Collections.sort(gaps);
		return gaps.get(gaps.size() / 4); // the tighter spacing: blank lines between blocks are common
	}

	private static void blank(List<String> out) {
		if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
			out.add("");
		}
	}

	/**
	 * Lines read in columns: {@code start} to {@code end} (exclusive), with the gutters between their columns, each
	 * an empty strip {@code [from, to]} across the page.
	 */
	private record Region(List<Line> lines, int start, int end, List<float[]> gutters) {

		/** The region a cut line opens, or null when fewer than two of its lines have words in two columns. */
		static Region grow(List<Line> lines, int start, float spacing) {
			Line first = lines.get(start);
			List<List<Word>> segments = first.segments();
			List<float[]> gutters = new ArrayList<>();
			for (int k = 1; k < segments.size(); k++) {
				gutters.add(new float[] { last(segments.get(k - 1)).x1(), segments.get(k).get(0).x0() });
			}
			List<Line> members = new ArrayList<>();
			members.add(first);
			int end = start + 1;
			while (end < lines.size()) {
				Line next = lines.get(end);
				float gap = next.y() - members.get(members.size() - 1).y();
				boolean cut = next.segments().size() >= 2;
				if (gap > (cut ? 2.6f : 1.6f) * spacing) {
					break;
				}
				List<float[]> fitted = fit(gutters, next);
				if (fitted == null) {
					break;
				}
				members.add(next);
				gutters = fitted;
				if (cut) {
					gutters = addGutters(gutters, next, members);
				}
				end++;
			}
			int inColumns = 0;
			for (Line member : members) {
				if (columnsUsed(member, gutters) >= 2) {
					inColumns++;
				}
			}
			return (inColumns >= 2) ? new Region(lines, start, end, gutters) : null;
		}

		/**
		 * The gutters narrowed to leave the line's segments out, or null when a segment crosses one or stands inside
		 * it.
		 */
		static List<float[]> fit(List<float[]> gutters, Line line) {
			float min = Math.max(4f, 0.6f * line.size());
			List<float[]> fitted = new ArrayList<>();
			for (float[] g : gutters) {
				float from = g[0];
				float to = g[1];
				for (List<Word> segment : line.segments()) {
					float x0 = segment.get(0).x0();
					float x1 = last(segment).x1();
					if (x1 <= from || x0 >= to) {
						continue;
					}
					if (x0 <= from) {
						from = x1;
					}
					else if (x1 >= to) {
						to = x0;
					}
					else {
						return null;
					}
				}
				if (to - from < min) {
					return null;
				}
				fitted.add(new float[] { from, to });
			}
			return fitted;
		}

		/** Wide gaps of a cut line that no earlier line's words cross become gutters too (a third column). */
		static List<float[]> addGutters(List<float[]> gutters, Line line, List<Line> members) {
			List<float[]> all = new ArrayList<>(gutters);
			List<List<Word>> segments = line.segments();
			for (int k = 1; k < segments.size(); k++) {
				float[] candidate = { last(segments.get(k - 1)).x1(), segments.get(k).get(0).x0() };
				boolean known = all.stream().anyMatch(g -> g[0] < candidate[1] && g[1] > candidate[0]);
				if (known) {
					continue;
				}
				List<float[]> one = List.of(candidate);
				for (Line member : members) {
					one = (one == null) ? null : fit(one, member);
				}
				if (one != null) {
					all.add(one.get(0));
				}
			}
			all.sort(Comparator.comparingDouble(g -> g[0]));
			return all;
		}

		static int columnsUsed(Line line, List<float[]> gutters) {
			boolean[] used = new boolean[gutters.size() + 1];
			for (Word w : line.words()) {
				used[column(w, gutters)] = true;
			}
			int n = 0;
			for (boolean u : used) {
				n += u ? 1 : 0;
			}
			return n;
		}

		static int column(Word w, List<float[]> gutters) {
			float middle = (w.x0() + w.x1()) / 2;
			int k = 0;
			while (k < gutters.size() && middle > (gutters.get(k)[0] + gutters.get(k)[1]) / 2) {
				k++;
			}
			return k;
		}

		/**
		 * Column by column, top to bottom, a blank line between columns and between blocks inside one. In a column
		 * with a hanging indent (an entry too long for it goes on in lines set in a little), those lines are joined
		 * to the entry's first: "Unitarian Universalist Fellowship of" / "  Louisville" is one name.
		 */
		void emit(List<String> out, float spacing) {
			List<Integer> bands = gridRows(spacing);
			if (bands.size() > 2) {
				for (int b = 1; b < bands.size(); b++) {
					emit(out, spacing, bands.get(b - 1), bands.get(b));
				}
				return;
			}
			emit(out, spacing, this.start, this.end);
		}

		/**
		 * Where the rows of a signature grid start (and the last ends), or just the region's start and end when it
		 * is not one. A grid is rows of signature blocks ("Ilhan Omar" / "Member of Congress") with a blank row
		 * between them across every column, each block a few lines; it reads row by row, each row column by column.
		 * A list that flows down its columns has no blank rows across them, and reads column by column.
		 */
		List<Integer> gridRows(float spacing) {
			List<Integer> bounds = new ArrayList<>();
			bounds.add(this.start);
			for (int i = this.start + 1; i < this.end; i++) {
				if (this.lines.get(i).y() - this.lines.get(i - 1).y() > 1.3f * spacing) {
					bounds.add(i);
				}
			}
			bounds.add(this.end);
			if (bounds.size() < 3) {
				return List.of(this.start, this.end);
			}
			for (int b = 1; b < bounds.size(); b++) {
				int rows = bounds.get(b) - bounds.get(b - 1);
				int filled = 0;
				for (int k = 0; k <= this.gutters.size(); k++) {
					int inColumn = 0;
					for (int i = bounds.get(b - 1); i < bounds.get(b); i++) {
						final int column = k;
						if (this.lines.get(i).words().stream().anyMatch(w -> column(w, this.gutters) == column)) {
							inColumn++;
						}
					}
					filled += (inColumn > 0) ? 1 : 0;
				}
				boolean lastRow = b == bounds.size() - 1;
				if (rows > 4 || (filled < 2 && !lastRow)) {
					return List.of(this.start, this.end);
				}
			}
			return bounds;
		}

		private void emit(List<String> out, float spacing, int from, int to) {
			for (int k = 0; k <= this.gutters.size(); k++) {
				List<Line> rows = new ArrayList<>();
				List<List<Word>> cells = new ArrayList<>();
				for (int i = from; i < to; i++) {
					Line line = this.lines.get(i);
					List<Word> words = new ArrayList<>();
					for (Word w : line.words()) {
						if (column(w, this.gutters) == k) {
							words.add(w);
						}
					}
					if (!words.isEmpty()) {
						rows.add(line);
						cells.add(words);
					}
				}
				float indent = hangingIndent(cells);

				float left = cells.stream().map(c -> c.get(0).x0()).min(Float::compare).orElse(0f);
				Line previous = null;
				for (int r = 0; r < rows.size(); r++) {
					Line line = rows.get(r);
					// A row left empty in this column is no block break; two or more empty rows are.
					boolean apart = previous != null && line.y() - previous.y() > 2.6f * spacing;
					if (apart) {
						blank(out);
					}
					String text = Line.text(cells.get(r), line.size());
					boolean goesOn = indent > 0 && previous != null && !apart
							&& line.y() - previous.y() < 1.6f * spacing
							&& Math.abs(cells.get(r).get(0).x0() - left - indent) < 1f && !out.isEmpty()
							&& !out.get(out.size() - 1).isEmpty();
					if (goesOn) {
						out.set(out.size() - 1, out.get(out.size() - 1) + " " + text);
					}
					else {
						out.add(text);
					}
					previous = line;
				}
				blank(out);
			}
		}

		/**
		 * How far a column's continuation lines are set in, or 0 when it has no hanging indent: its lines start at
		 * exactly two places, the column's edge (its first line among them) and a little to the right of it (2 to 30
		 * points); centred or ragged lines start all over and have none.
		 */
		static float hangingIndent(List<List<Word>> cells) {
			if (cells.size() < 3) {
				return 0;
			}
			float left = Float.MAX_VALUE;
			for (List<Word> cell : cells) {
				left = Math.min(left, cell.get(0).x0());
			}
			float indent = -1;
			int atEdge = 0;
			int setIn = 0;
			for (List<Word> cell : cells) {
				float offset = cell.get(0).x0() - left;
				if (offset < 1f) {
					atEdge++;
				}
				else if (indent < 0 || Math.abs(offset - indent) < 1f) {
					indent = (indent < 0) ? offset : indent;
					setIn++;
				}
				else {
					return 0;
				}
			}
			boolean startsAtEdge = cells.get(0).get(0).x0() - left < 1f;
			return (setIn > 0 && atEdge >= 2 && startsAtEdge && indent >= 2f && indent <= 30f) ? indent : 0;
		}

		private static Word last(List<Word> words) {
			return words.get(words.size() - 1);
		}
	}

	/** Joins words hyphenated at a line's end and trims blank lines. */
	static String finish(List<String> lines) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			while (HYPHENATED.matcher(line).matches() && i + 1 < lines.size()) {
				String next = lines.get(i + 1).strip();
				if (next.isEmpty() || !Character.isLowerCase(next.codePointAt(0))) {
					break;
				}
				int space = next.indexOf(' ');
				String word = (space < 0) ? next : next.substring(0, space);
				String rest = (space < 0) ? "" : next.substring(space + 1).strip();
				line = line.substring(0, line.length() - 1) + word;
				if (rest.isEmpty()) {
					i++;
				}
				else {
					lines.set(i + 1, rest);
					break;
				}
			}
			if (line.isEmpty() && (out.isEmpty() || out.get(out.size() - 1).isEmpty())) {
				continue;
			}
			out.add(line);
		}
		while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
			out.remove(out.size() - 1);
		}
		return String.join("\n", out) + "\n";
	}
}
