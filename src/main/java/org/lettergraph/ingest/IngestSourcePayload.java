package org.lettergraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lettergraph.ingest.IngestLetterPayload.IngestError;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.report.ReportReading;

/**
 * What ingesting a news story or press release answers, in the GraphQL payload, the upload endpoint and the command
 * alike: the source it becomes, what it names, quotes, counts and reports, what it proposes to add, and problems.
 * On a dry run nothing is written; otherwise everything listed went in, or (with errors) nothing did.
 */
public record IngestSourcePayload(SourceCitation source, List<ReportReading.Mention> mentions,
		List<ReportReading.Quoted> quoted, List<LetterReport> letters, List<ReportReading.StatedCount> counts,
		List<ReportReading.Proposal> proposals, List<String> warnings, List<IngestError> errors, boolean dryRun) {

	/** The source as it is cited; {@code dateline} is the place the report's dateline gives. */
	public record SourceCitation(String id, String title, String publisher, LocalDate date, String dateNote,
			String kind, String author, String location, String dateline) {
	}

	/**
	 * One letter the report tells of: the letter in the graph it was matched to, or a new one.
	 *
	 * @param letterId the letter written (or that would be, on a dry run); null when it is not written
	 * @param written  whether confirming writes it (a new letter with no one named as leading, signing or
	 *                 endorsing it is not)
	 */
	public record LetterReport(String matchedLetterId, String letterId, LetterRecord record, double score,
			List<String> reasons, int line, boolean written) {
	}

	static IngestSourcePayload of(SourceIngest.Outcome outcome) {
		List<IngestError> errors = outcome.problems().stream().map(p -> new IngestError(p, lineOf(p))).toList();
		ReportReading r = outcome.reading();
		if (r == null) {
			return new IngestSourcePayload(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
					errors, outcome.dryRun());
		}
		SourceCitation source = (r.source() != null) ? new SourceCitation(r.source().id(), r.source().title(),
				r.source().publisher(), r.source().date(), r.source().dateNote(), r.source().kind(),
				r.source().author(), r.source().location(), r.dateline()) : null;
		List<LetterReport> letters = new ArrayList<>();
		int written = 0;
		for (ReportReading.ReportedLetter l : r.letters()) {
			String id = null;
			if (l.write() && written < outcome.written().size()) {
				id = outcome.written().get(written++).letterId();
			}
			letters.add(new LetterReport(l.matchedLetterId(), id, l.record(), l.score(), l.reasons(), l.line(),
					l.write() && outcome.ok()));
		}
		return new IngestSourcePayload(source, r.mentions(), r.quoted(), letters, r.counts(), r.proposals(),
				r.warnings(), errors, outcome.dryRun());
	}

	private static Integer lineOf(String problem) {
		var m = java.util.regex.Pattern.compile("(?:^|\\s)line (\\d+)").matcher(problem);
		return m.find() ? Integer.valueOf(m.group(1)) : null;
	}
}
