package org.lettergraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.lettergraph.ingest.csv.CsvOptions;
import org.lettergraph.letter.Letter;

import org.lettergraph.security.Roles;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * {@code ingestLetter}: a letter in as text, a CSV export or a record; problems come back in the payload, not as
 * failures.
 */
@Controller
class IngestController {

	private final LetterIngest ingest;

	IngestController(LetterIngest ingest) {
		this.ingest = ingest;
	}

	/** The mutation's input. Exactly one of text, record and csv. */
	record IngestLetterInput(String text, String record, String csv, CsvOptionsInput csvOptions, Boolean dryRun) {
	}

	record CsvOptionsInput(String title, LocalDate date, String sourceId, String sourceTitle, String sourcePublisher,
			List<String> leads, String nameColumn, String cityColumn, String stateColumn) {

		CsvOptions options() {
			return new CsvOptions(this.title, this.date, this.sourceId, this.sourceTitle, this.sourcePublisher,
					this.leads, this.nameColumn, this.cityColumn, this.stateColumn);
		}
	}

	/** What the mutation answers. */
	public record IngestLetterPayload(String letterId, LetterRecord record, boolean dryRun, List<WriteResult.ResolvedName> created,
			List<WriteResult.ResolvedName> matched, List<org.lettergraph.resolve.ReviewCandidates.Proposal> review,
			List<String> warnings, List<IngestError> errors) {
	}

	record IngestError(String message, Integer line) {
	}

	@MutationMapping
	@PreAuthorize(Roles.CAN_WRITE)
	IngestLetterPayload ingestLetter(@Argument IngestLetterInput input) {
		boolean dryRun = Boolean.TRUE.equals(input.dryRun());
		List<LetterIngest.Format> given = new ArrayList<>();
		if (input.text() != null) {
			given.add(LetterIngest.Format.TEXT);
		}
		if (input.record() != null) {
			given.add(LetterIngest.Format.RECORD);
		}
		if (input.csv() != null) {
			given.add(LetterIngest.Format.CSV);
		}
		if (given.size() != 1) {
			return payload(LetterIngest.Outcome.failed(null,
					List.of("input: give exactly one of text, record and csv (got " + given.size() + ")."), dryRun));
		}
		LetterIngest.Format format = given.get(0);
		String content = switch (format) {
			case TEXT -> input.text();
			case RECORD -> input.record();
			default -> input.csv();
		};
		CsvOptions csv = (input.csvOptions() != null) ? input.csvOptions().options() : null;
		return payload(this.ingest.ingest(format, content, format.name().toLowerCase(java.util.Locale.ROOT), dryRun, csv));
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
}
