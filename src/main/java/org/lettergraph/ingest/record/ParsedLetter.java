package org.lettergraph.ingest.record;

import java.util.List;

/**
 * What a parser makes of a document: the letter record, the source the document itself is (created if absent),
 * warnings about what it had to guess or leave out, and problems that keep it from being written (each "line N: …"
 * where it has a line, as {@link IngestException} words them).
 *
 * <p>A letter with problems is partial (a draft without signatures, a text that stops early): everything it does
 * give is in the record, so a dry run can show it, and the problems say what is missing. Nothing of it is written.
 */
public record ParsedLetter(LetterRecord record, ReferenceRecords.SourceRecord source, List<String> warnings,
		List<String> problems) {

	public ParsedLetter {
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
		problems = (problems != null) ? List.copyOf(problems) : List.of();
	}

	/** A letter read whole. */
	public ParsedLetter(LetterRecord record, ReferenceRecords.SourceRecord source, List<String> warnings) {
		this(record, source, warnings, List.of());
	}

	/** True when the letter is partial and must not be written. */
	public boolean partial() {
		return !this.problems.isEmpty();
	}
}
