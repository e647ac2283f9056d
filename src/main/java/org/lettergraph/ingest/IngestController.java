package org.lettergraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.lettergraph.letter.Letter;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code ingestLetter}: a letter in as text or a record; problems come back in the payload, not as failures. */
@Controller
class IngestController {

	private final LetterIngest ingest;

	IngestController(LetterIngest ingest) {
		this.ingest = ingest;
	}

	/** The mutation's input. Exactly one of text, record and csv. */
	record IngestLetterInput(String text, String record, String format, Boolean dryRun) {
	}

	/** What the mutation answers. */
	public record IngestLetterPayload(String letterId, LetterRecord record, boolean dryRun, List<WriteResult.ResolvedName> created,
			List<WriteResult.ResolvedName> matched, List<org.lettergraph.resolve.ReviewCandidates.Proposal> review,
			List<String> warnings, List<IngestError> errors) {
	}

	record IngestError(String message, Integer line) {
	}

	@MutationMapping
	IngestLetterPayload ingestLetter(@Argument IngestLetterInput input) {
		return payload(this.ingest.ingest(format(input), content(input), "input", Boolean.TRUE.equals(input.dryRun())));
	}

	@SchemaMapping(typeName = "IngestLetterPayload")
	CompletableFuture<Letter> letter(IngestLetterPayload payload, DataLoader<String, Letter> letters) {
		if (payload.letterId() == null || payload.dryRun()) {
			return CompletableFuture.completedFuture(null);
		}
		return letters.load(payload.letterId());
	}

	static IngestLetterPayload payload(LetterIngest.Outcome outcome) {
		LetterRecord record = (outcome.parsed() != null) ? outcome.parsed().record() : null;
		List<String> warnings = (outcome.parsed() != null) ? outcome.parsed().warnings() : List.of();
		List<IngestError> errors = outcome.problems().stream().map(IngestController::error).toList();
		WriteResult result = outcome.result();
		return new IngestLetterPayload((result != null) ? result.letterId() : null, record, outcome.dryRun(),
				(result != null) ? result.created() : List.of(), (result != null) ? result.matched() : List.of(),
				(result != null) ? result.review() : List.of(), warnings, errors);
	}

	/** "line 12: …" at the start of a problem becomes its line number. */
	private static IngestError error(String problem) {
		var matcher = java.util.regex.Pattern.compile("(?:^|\\s)line (\\d+)").matcher(problem);
		return new IngestError(problem, matcher.find() ? Integer.valueOf(matcher.group(1)) : null);
	}

	private static LetterIngest.Format format(IngestLetterInput input) {
		if (input.format() != null) {
			return LetterIngest.Format.parse(input.format());
		}
		return LetterIngest.Format.RECORD;
	}

	private static String content(IngestLetterInput input) {
		List<String> given = new ArrayList<>();
		if (input.record() != null) {
			given.add(input.record());
		}
		if (input.text() != null) {
			given.add(input.text());
		}
		return given.isEmpty() ? null : given.get(0);
	}
}
