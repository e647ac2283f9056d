package org.lettergraph.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.lettergraph.ingest.record.IngestException;

/**
 * The kinds of file a letter comes in, told apart by what the bytes start with first (a PDF named {@code .txt} is
 * still a PDF), then by the file name's extension and the media type (a web page saved without its doctype).
 * Files that are none of these (a Word 97-2003 {@code .doc}, a spreadsheet, a picture) are refused in plain words.
 */
public enum DocumentType {

	/** Plain text or light markdown. */
	TEXT,
	/** A PDF with a text layer. */
	PDF,
	/** A Word file (Office Open XML). */
	DOCX,
	/** A web page. */
	HTML;

	static final String LEGACY_DOC = "Word 97-2003 .doc files are not read; save it as .docx or PDF.";

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	/** How far into a file the PDF header may be: the PDF specification allows junk before it in the first 1 KB. */
	private static final int HEADER_WINDOW = 1024;

	/**
	 * The type of a file.
	 *
	 * @param fileName  the name it came with, or null
	 * @param mediaType the media type it came with (an upload's Content-Type), or null
	 * @throws IngestException for a file that is none of the types, saying what it seems to be
	 */
	public static DocumentType detect(byte[] bytes, String fileName, String mediaType) {
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		String media = (mediaType != null) ? mediaType.toLowerCase(Locale.ROOT) : "";
		if (indexOf(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII), HEADER_WINDOW) >= 0) {
			return PDF;
		}
		if (startsWith(bytes, OLE2)) {
			// A password-protected .docx (or .xlsx) is an OLE2 file too, with the real file in "EncryptedPackage".
			if (indexOf(bytes, "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE), bytes.length) >= 0) {
				throw new IngestException("The Word file is encrypted with a password: save a copy without the "
						+ "password, or as PDF, and send that.");
			}
			throw new IngestException(LEGACY_DOC);
		}
		if (startsWith(bytes, new byte[] { 'P', 'K', 3, 4 })) {
			if (isWordZip(bytes)) {
				return DOCX;
			}
			throw new IngestException("The file is a zip archive but not a Word .docx file (a spreadsheet, an "
					+ "OpenDocument file?). Save the letter as .docx, PDF or plain text.");
		}
		if (name.endsWith(".pdf") || media.equals("application/pdf")) {
			throw new IngestException("The file is named as a PDF but is not one (it does not start with %PDF-): it "
					+ "is damaged or of another kind.");
		}
		if (name.endsWith(".docx") || media.contains("wordprocessingml")) {
			throw new IngestException("The file is named as a Word .docx file but is not one (it is not a zip "
					+ "archive): it is damaged or of another kind.");
		}
		if (name.endsWith(".doc") || media.equals("application/msword")) {
			throw new IngestException(LEGACY_DOC);
		}
		if (startsWith(bytes, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
			throw new IngestException("RTF files are not read; save it as .docx, PDF or plain text.");
		}
		if (looksBinary(bytes)) {
			throw new IngestException("The file is binary (a picture, a spreadsheet?), not a letter: send it as PDF, "
					+ "Word .docx, a web page (.html) or plain text.");
		}
		if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || media.startsWith("text/html")
				|| media.startsWith("application/xhtml") || looksLikeHtml(bytes)) {
			return HTML;
		}
		return TEXT;
	}

	/** A zip holding {@code word/document.xml}: entry names only, nothing is inflated. */
	private static boolean isWordZip(byte[] bytes) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
				if (entry.getName().equals("word/document.xml")) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new IngestException("The file starts like a zip archive (a Word .docx file?) but is damaged: "
					+ ex.getMessage());
		}
	}

	/** NUL bytes, or many control characters, in the first 8 KB: UTF-16 text with its byte order mark is not binary. */
	private static boolean looksBinary(byte[] bytes) {
		if (startsWith(bytes, new byte[] { (byte) 0xFE, (byte) 0xFF }) || startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xFE })) {
			return false;
		}
		int n = Math.min(bytes.length, 8192);
		int control = 0;
		for (int i = 0; i < n; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
				control++;
			}
		}
		return control > n / 20 + 1;
	}

	/** A doctype or an {@code <html} tag near the start, after any whitespace, byte order mark or comment. */
	private static boolean looksLikeHtml(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, HEADER_WINDOW), StandardCharsets.UTF_8)
			.toLowerCase(Locale.ROOT);
		String start = head.replaceFirst("^\\uFEFF", "").strip();
		return start.startsWith("<!doctype html") || start.startsWith("<html") || head.contains("<html")
				|| (start.startsWith("<?xml") && head.contains("xhtml"));
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] bytes, byte[] needle, int within) {
		int end = Math.min(bytes.length, within + needle.length) - needle.length;
		outer: for (int i = 0; i <= end; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (bytes[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
