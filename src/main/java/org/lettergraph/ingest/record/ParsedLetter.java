package org.lettergraph.ingest.record;

import java.util.List;

/**
 * What a parser makes of a document: the letter record, the source the document itself is (created if absent),
 * and warnings about what it had to guess or leave out.
 */
public record ParsedLetter(LetterRecord record, ReferenceRecords.SourceRecord source, List<String> warnings) {

	public ParsedLetter {
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}
}
