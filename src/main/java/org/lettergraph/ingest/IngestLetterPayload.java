package org.lettergraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.resolve.ReviewCandidates.Proposal;

/**
 * What ingesting one document answers, in the GraphQL payload and the upload endpoint alike: the record as read, what
 * writing it did (or would do, on a dry run), what a person is asked (full names for surnames, programs the graph
 * does not hold), warnings, and each problem with its line when it names one.
 */
public record IngestLetterPayload(String letterId, LetterRecord record, boolean dryRun,
		List<WriteResult.ResolvedName> created, List<WriteResult.ResolvedName> matched, List<Proposal> review,
		List<WriteResult.NameQuestion> needsName, List<WriteResult.ProposedProgram> proposedPrograms,
		List<String> warnings, List<IngestError> errors) {

	private static final Pattern LINE = Pattern.compile("(?:^|\\s)line (\\d+)");

	/** A problem, and the line it names ("line 12: …"), if any. */
	public record IngestError(String message, Integer line) {
	}

	static IngestLetterPayload of(LetterIngest.Outcome outcome) {
		// The record as it would be written: with the source the document itself is, so that a person who corrects it
		// can send it back whole as a record.
		LetterRecord record = (outcome.parsed() != null) ? LetterIngest.withSource(outcome.parsed()) : null;
		List<String> warnings = new ArrayList<>(outcome.warnings());
		List<IngestError> errors = outcome.problems().stream().map(IngestLetterPayload::error).toList();
		WriteResult result = outcome.result();
		if (result != null) {
			warnings.addAll(result.warnings());
		}
		return new IngestLetterPayload((result != null) ? result.letterId() : null, record, outcome.dryRun(),
				(result != null) ? result.created() : List.of(), (result != null) ? result.matched() : List.of(),
				(result != null) ? result.review() : List.of(), (result != null) ? result.needsName() : List.of(),
				(result != null) ? result.proposedPrograms() : List.of(), warnings, errors);
	}

	private static IngestError error(String problem) {
		var matcher = LINE.matcher(problem);
		return new IngestError(problem, matcher.find() ? Integer.valueOf(matcher.group(1)) : null);
	}
}
