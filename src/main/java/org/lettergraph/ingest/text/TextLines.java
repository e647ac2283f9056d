package org.lettergraph.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.lettergraph.ingest.record.IngestException;

/**
 * Turns pasted text into numbered lines, refusing what is not a letter's text: nothing at all, more than 5 MB, or
 * binary data. A form feed is a page break: it ends a line without counting as one, so line numbers stay those of
 * an editor.
 */
final class TextLines {

	/** 5 MB of UTF-8: far more than any letter with thousands of signatures, far less than a pasted file dump. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

	private TextLines() {
	}

	/** Decodes UTF-8, counting undecodable bytes as non-text rather than failing on the first. */
	static String decode(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new IngestException(1, "the letter is empty.");
		}
		if (bytes.length > MAX_BYTES) {
			throw new IngestException(lineAt(bytes, MAX_BYTES), "the text is " + bytes.length
					+ " bytes, more than the limit of 5 MB (" + MAX_BYTES + " bytes); this is not one letter.");
		}
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new IngestException(lineAt(bytes, i), "a NUL byte: this is binary data, not text.");
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			// REPLACE never throws; the compiler cannot know that
			throw new IngestException(1, "the text is not UTF-8: " + ex.getMessage());
		}
	}

	/** The lines of a letter, after the checks for empty, oversized and binary input. */
	static List<Line> read(String text, List<String> warnings) {
		if (text == null || text.isEmpty()) {
			throw new IngestException(1, "the letter is empty.");
		}
		checkSize(text);
		String clean = checkText(text, warnings);
		List<Line> lines = new ArrayList<>();
		int number = 1;
		int start = 0;
		int length = clean.length();
		for (int i = 0; i <= length; i++) {
			if (i == length && start == length && length > 0) {
				// a final line break ends the last line; it does not start another
				break;
			}
			char c = (i < length) ? clean.charAt(i) : '\n';
			if (c == '\n' || c == '\r') {
				for (String page : clean.substring(start, i).split("\f", -1)) {
					lines.add(line(number, page));
				}
				if (c == '\r' && i + 1 < length && clean.charAt(i + 1) == '\n') {
					i++;
				}
				number++;
				start = i + 1;
			}
		}
		if (lines.stream().allMatch(Line::blank)) {
			throw new IngestException(1, "the letter is empty (" + (number - 1) + " lines, none with text).");
		}
		return lines;
	}

	private static Line line(int number, String page) {
		String raw = Markup.entities(page).stripTrailing();
		String text = SPACES.matcher(Markup.clean(raw)).replaceAll(" ");
		return new Line(number, raw, text);
	}

	private static void checkSize(String text) {
		long bytes = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			bytes += (c < 0x80) ? 1 : (c < 0x800) ? 2 : Character.isSurrogate(c) ? 2 : 3;
			if (bytes > MAX_BYTES) {
				throw new IngestException(lineAt(text, i), "the text is more than the limit of 5 MB ("
						+ MAX_BYTES + " bytes of UTF-8); this is not one letter.");
			}
		}
	}

	/**
	 * Refuses binary data (a NUL, or more than a tenth of the characters control or undecodable characters) and
	 * takes out the odd stray control character with a warning; also folds the many Unicode spaces to one.
	 */
	private static String checkText(String text, List<String> warnings) {
		StringBuilder out = new StringBuilder(text.length());
		int line = 1;
		int firstOddLine = 0;
		int odd = 0;
		int visible = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				throw new IngestException(line, "a NUL character: this is binary data, not text.");
			}
			if (c == '\n' || c == '\u2028' || c == '\u2029'
					|| (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
				line++;
			}
			if (isOdd(text, i)) {
				odd++;
				firstOddLine = (firstOddLine == 0) ? line : firstOddLine;
				continue;
			}
			if (Character.isHighSurrogate(c)) {
				out.append(c).append(text.charAt(++i));
				visible++;
				continue;
			}
			switch (c) {
				case '\u00A0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009',
						'\u200A', '\u202F', '\u205F', '\u3000', '\u000B' -> out.append(' ');
				case '\u2028', '\u2029' -> out.append('\n');
				case '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD' -> {
					// zero-width marks and soft hyphens only get in the way of names
				}
				default -> {
					out.append(c);
					if (!Character.isWhitespace(c)) {
						visible++;
					}
				}
			}
		}
		if (odd > 0 && odd * 10L > odd + visible) {
			throw new IngestException(firstOddLine, "mostly not text: " + odd + " of " + (odd + visible)
					+ " characters are control characters or undecodable bytes; this looks like binary data.");
		}
		if (odd > 0) {
			warnings.add("line " + firstOddLine + ": " + odd
					+ " control characters or undecodable bytes were taken out of the text.");
		}
		return out.toString();
	}

	private static boolean isOdd(String text, int i) {
		char c = text.charAt(i);
		if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
			return false;
		}
		if (Character.isHighSurrogate(c)) {
			return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
		}
		return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFD' || Character.isLowSurrogate(c)
				|| c == '\uFFFE' || c == '\uFFFF';
	}

	private static int lineAt(String text, int index) {
		int line = 1;
		for (int i = 0; i < index && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static int lineAt(byte[] bytes, int index) {
		int line = 1;
		for (int i = 0; i < index && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}
}
