package org.lettergraph.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.lettergraph.ingest.record.IngestException;

/**
 * A Word {@code .docx} letter as text: the body in order (page headers and footers are not part of it), a paragraph
 * per block with a blank line after it, line breaks ({@code <w:br/>}) as new lines, tab stops as wide gaps, list
 * paragraphs as "- " items, a paragraph all in bold as {@code **…**}. A table is a row per line, cells three spaces
 * apart, except a signature grid (cells that are all names, no header row): one name per line, column by column,
 * a blank line between columns, as a PDF's columns read.
 *
 * <p>Before POI opens the file its zip is inflated once, counting, so a zip bomb is refused at the limit without
 * expanding further; POI's own guards ({@link ZipSecureFile}) stay on behind that.
 */
final class DocxText {

	/** Header cells of a table of signers as rows ("Name | Organization | City"): read row by row, not as a grid. */
	private static final Pattern HEADER_CELL = Pattern.compile(
			"(?i)(?:name|organi[sz]ation|title|city|state|location|signer|signatory|affiliation|position|email|date|#|no\\.?)s?");

	private static final Pattern NAME_LINE = Pattern.compile("^[\\p{Lu}\\p{N}\"'(].{0,99}$");

	static {
		// Process-wide settings of POI, the same for every document: POI's defaults, made explicit.
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(DocumentLimits.DEFAULT_MAX_EXPANDED_BYTES);
		ZipSecureFile.setMaxTextSize(10_000_000);
	}

	private DocxText() {
	}

	static DocumentText read(byte[] bytes, DocumentLimits limits) {
		checkExpansion(bytes, limits.maxExpandedBytes());
		List<String> warnings = new ArrayList<>();
		Lines lines = new Lines();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					paragraph(paragraph, lines);
				}
				else if (element instanceof XWPFTable table) {
					table(table, lines);
				}
				else if (element instanceof XWPFSDT sdt) {
					for (String line : sdt.getContent().getText().split("\n")) {
						lines.line(line);
					}
					lines.blank();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof IngestException ingest) {
				throw ingest;
			}
			String message = String.valueOf(ex.getMessage());
			if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
				throw new IngestException("The Word file expands far more than its size (a part compressed over 100 "
						+ "to 1): it is refused as a possible zip bomb.");
			}
			throw new IngestException("The Word file is damaged and cannot be read (" + firstLine(message) + ").");
		}
		String text = lines.toString();
		if (text.isBlank()) {
			throw new IngestException("The Word file has no text.");
		}
		return new DocumentText(text, DocumentType.DOCX, 1, warnings);
	}

	private static void paragraph(XWPFParagraph paragraph, Lines lines) {
		StringBuilder text = new StringBuilder();
		boolean allBold = true;
		for (XWPFRun run : paragraph.getRuns()) {
			String runText = run.text();
			if (!runText.isBlank() && !run.isBold()) {
				allBold = false;
			}
			text.append(runText);
		}
		String all = text.toString();
		if (all.isBlank()) {
			lines.blank();
			return;
		}
		String[] parts = all.split("\r?\n|\r", -1);
		boolean bold = allBold && parts.length == 1 && all.strip().length() < 200;
		boolean item = paragraph.getNumID() != null;
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				lines.lineBreak();
			}
			String part = parts[i];
			if (i == 0 && item) {
				lines.append("- ");
			}
			String[] cells = part.split("\t+", -1);
			for (int c = 0; c < cells.length; c++) {
				if (c > 0) {
					lines.gap();
				}
				lines.append(bold ? "**" + cells[c].strip() + "**" : cells[c]);
			}
		}
		// A list's items are lines of one block; other paragraphs are blocks of their own.
		if (item) {
			lines.newline();
		}
		else {
			lines.blank();
		}
	}

	private static void table(XWPFTable table, Lines lines) {
		List<List<List<String>>> rows = new ArrayList<>();
		int columns = 0;
		for (XWPFTableRow row : table.getRows()) {
			List<List<String>> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				List<String> cellLines = new ArrayList<>();
				for (XWPFParagraph p : cell.getParagraphs()) {
					StringBuilder text = new StringBuilder();
					p.getRuns().forEach(run -> text.append(run.text()));
					for (String line : text.toString().split("\r?\n|\r|\t")) {
						if (!line.isBlank()) {
							cellLines.add(line.strip().replaceAll("\\s+", " "));
						}
					}
				}
				cells.add(cellLines);
			}
			columns = Math.max(columns, cells.size());
			rows.add(cells);
		}
		lines.blank();
		if (isSignatureGrid(rows, columns)) {
			for (int c = 0; c < columns; c++) {
				for (List<List<String>> row : rows) {
					if (c < row.size()) {
						row.get(c).forEach(lines::line);
					}
				}
				lines.blank();
			}
			return;
		}
		for (List<List<String>> row : rows) {
			for (int c = 0; c < row.size(); c++) {
				if (c > 0) {
					lines.gap();
				}
				lines.append(String.join(", ", row.get(c)));
			}
			lines.newline();
		}
		lines.blank();
	}

	/**
	 * Several columns whose filled cells are each a name (a short line or two starting upper-case, no sentence), and
	 * no header row.
	 */
	static boolean isSignatureGrid(List<List<List<String>>> rows, int columns) {
		if (columns < 2 || rows.isEmpty()) {
			return false;
		}
		int filled = 0;
		for (List<List<String>> row : rows) {
			for (List<String> cell : row) {
				if (cell.isEmpty()) {
					continue;
				}
				filled++;
				if (cell.size() > 4 || !cell.stream().allMatch(line -> NAME_LINE.matcher(line).matches()
						&& !line.endsWith(":") && !line.matches(".*[a-z]{3}\\.\\s*$"))) {
					return false;
				}
			}
		}
		boolean header = rows.get(0).stream()
			.filter(cell -> !cell.isEmpty())
			.anyMatch(cell -> cell.size() == 1 && HEADER_CELL.matcher(cell.get(0).strip()).matches());
		return filled >= 3 && !header;
	}

	/**
	 * Inflates every part once, counting, and stops at the limit: a zip bomb is refused before POI expands it.
	 */
	private static void checkExpansion(byte[] bytes, long limit) {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > 10_000) {
					throw new IngestException("The Word file holds more than 10,000 parts: it is refused as a possible "
							+ "zip bomb.");
				}
				total += drain(zip, buffer, limit - total);
				if (total > limit) {
					throw bomb(limit);
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new IngestException("The Word file is damaged and cannot be read (" + firstLine(ex.getMessage())
					+ ").");
		}
	}

	/** Reads an entry to its end, or to one byte past {@code left}; returns the bytes read. */
	private static long drain(InputStream in, byte[] buffer, long left) throws IOException {
		long read = 0;
		int n;
		while ((n = in.read(buffer)) > 0) {
			read += n;
			if (read > left) {
				return read;
			}
		}
		return read;
	}

	private static IngestException bomb(long limit) {
		return new IngestException(String.format(Locale.ROOT,
				"The Word file expands to more than %s: it is refused as a possible zip bomb.", size(limit)));
	}

	static String size(long bytes) {
		if (bytes >= 1L << 20) {
			return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
		}
		return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no detail";
		}
		String line = message.lines().findFirst().orElse("").strip();
		return (line.length() > 200) ? line.substring(0, 200) + "…" : line;
	}
}
