package org.lettergraph.ingest.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.lettergraph.ingest.record.IngestException;

/**
 * A file in, its text out: the one way into this package. The size is checked before anything is read, the type
 * told from the bytes ({@link DocumentType#detect}), and the file read by the reader of its type.
 */
public final class Documents {

	private Documents() {
	}

	/**
	 * The text of a file.
	 *
	 * @param fileName  the name it came with (for its extension), or null
	 * @param mediaType the media type it came with, or null
	 * @throws IngestException with a plain-words reason when the file cannot be read as a letter
	 */
	public static DocumentText read(byte[] bytes, String fileName, String mediaType, DocumentLimits limits) {
		if (bytes == null || bytes.length == 0) {
			throw new IngestException("The file is empty.");
		}
		if (bytes.length > limits.maxBytes()) {
			throw new IngestException(String.format(Locale.ROOT,
					"The file is %.1f MB; the limit is %.1f MB (lettergraph.ingest.max-document-size). "
							+ "Send one letter per file.",
					bytes.length / 1048576.0, limits.maxBytes() / 1048576.0));
		}
		DocumentType type = DocumentType.detect(bytes, fileName, mediaType);
		return switch (type) {
			case PDF -> PdfText.read(bytes, limits);
			case DOCX -> DocxText.read(bytes, limits);
			case HTML -> HtmlText.read(text(bytes));
			case TEXT -> new DocumentText(text(bytes), DocumentType.TEXT, 1, List.of());
		};
	}

	/** Bytes as text: UTF-8 (a byte order mark dropped), or UTF-16 with its byte order mark. */
	static String text(byte[] bytes) {
		Charset charset = StandardCharsets.UTF_8;
		int skip = 0;
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			charset = StandardCharsets.UTF_16BE;
			skip = 2;
		}
		else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			charset = StandardCharsets.UTF_16LE;
			skip = 2;
		}
		else if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF) {
			skip = 3;
		}
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new IngestException("The file is not UTF-8 text (is it a binary file?). Save it as plain text, "
					+ "PDF or Word .docx.");
		}
	}
}
