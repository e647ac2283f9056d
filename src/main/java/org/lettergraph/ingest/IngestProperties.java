package org.lettergraph.ingest;

import org.lettergraph.ingest.document.DocumentLimits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what one ingest request may bring.
 *
 * @param maxDocumentSize the largest letter text, CSV, record or file (PDF, Word, web page) accepted (a real
 *                        sign-on letter is well under 1 MB as text, a few MB as a PDF)
 * @param maxSignatures   the most signatures (leads, signers and endorsers) one letter may have: the text parser
 *                        stops at the next one, so a pasted list of 125,000 names is refused in moments, and a record
 *                        or CSV over it is refused before anything is written (the largest real sign-on letters have
 *                        a few thousand)
 * @param maxPages        the most pages a PDF may have; a longer one is refused before its text is read
 */
@ConfigurationProperties("lettergraph.ingest")
public record IngestProperties(@DefaultValue("5MB") DataSize maxDocumentSize,
		@DefaultValue("20000") int maxSignatures, @DefaultValue("100") int maxPages) {

	/** The limits a file is read under. */
	public DocumentLimits documentLimits() {
		return new DocumentLimits(this.maxDocumentSize.toBytes(), this.maxPages);
	}
}
