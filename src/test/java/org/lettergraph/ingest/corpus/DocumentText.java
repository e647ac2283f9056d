package org.lettergraph.ingest.corpus;

import org.lettergraph.ingest.document.DocumentLimits;
import org.lettergraph.ingest.document.Documents;

/**
 * The one place the corpus tests turn a PDF, Word or HTML file into text: the project's own reader
 * ({@link Documents#read}), under the service's default limits.
 */
final class DocumentText {

	/** Which reader the numbers are for: printed above the table. */
	static final String READER = "the project's document reader (ingest.document.Documents)";

	private static final DocumentLimits LIMITS = new DocumentLimits(5L * 1024 * 1024, 100);

	private DocumentText() {
	}

	static String read(CorpusDocuments.Rendered document) {
		if (document.isText()) {
			return document.text();
		}
		return Documents.read(document.bytes(), document.fileName(), document.mediaType(), LIMITS).text();
	}
}
