package org.lettergraph.ingest.document;

import java.util.List;

/**
 * What a document reads as: its text (lines, a blank line between blocks), what kind of file it was, its pages (1
 * for anything but a PDF), and warnings about what was left out or guessed (a page with no text, a header dropped).
 */
public record DocumentText(String text, DocumentType type, int pages, List<String> warnings) {

	public DocumentText {
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}
}
