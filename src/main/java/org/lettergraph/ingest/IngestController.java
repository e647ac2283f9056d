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
 * {@code ingestLetter}: a letter in as text, a CSV export or a record, or a letter document with its signers' CSV;
 * problems come back in the payload, not as failures.
 */
@Controller
class IngestController {

	private final LetterIngest ingest;

	IngestController(LetterIngest ingest) {
		this.ingest = ingest;
	}

	/** The mutation's input: one of text, record and csv, or text (or record) with csv. */
	record IngestLetterInput(String text, String record, String csv, CsvOptionsInput csvOptions, Boolean dryRun) {
	}

	record CsvOptionsInput(String title, LocalDate date, String sourceId, String sourceTitle, String sourcePublisher,
			List<String> leads, String nameColumn, String cityColumn, String stateColumn) {

		CsvOptions options() {
			return new CsvOptions(this.title, this.date, this.sourceId, this.sourceTitle, this.sourcePublisher,
					this.leads, this.nameColumn, this.cityColumn, this.stateColumn);
		}
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
		CsvOptions csv = (input.csvOptions() != null) ? input.csvOptions().options() : null;
		if (given.size() == 2 && given.contains(LetterIngest.Format.CSV)) {
			// A sign-on letter: the document gives the letter, the CSV its signers.
			LetterIngest.Format document = given.get(0);
			String content = (document == LetterIngest.Format.TEXT) ? input.text() : input.record();
			return IngestLetterPayload.of(this.ingest.ingestWithSigners(document, content, input.csv(), csv,
					document.name().toLowerCase(java.util.Locale.ROOT), dryRun));
		}
		if (given.size() != 1) {
			return IngestLetterPayload.of(LetterIngest.Outcome.failed(null,
					List.of("input: give one of text, record and csv, or text (or record) with csv for a letter and "
							+ "its signers (got " + (given.isEmpty() ? "none" : String.join(" and ",
									given.stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).toList()))
							+ ")."),
					dryRun));
		}
		LetterIngest.Format format = given.get(0);
		String content = switch (format) {
			case TEXT -> input.text();
			case RECORD -> input.record();
			default -> input.csv();
		};
		return IngestLetterPayload.of(this.ingest.ingest(format, content, format.name().toLowerCase(java.util.Locale.ROOT), dryRun, csv));
	}

	@SchemaMapping(typeName = "IngestLetterPayload")
	CompletableFuture<Letter> letter(IngestLetterPayload payload, DataLoader<String, Letter> letters) {
		if (payload.letterId() == null || payload.dryRun()) {
			return CompletableFuture.completedFuture(null);
		}
		return letters.load(payload.letterId());
	}
}
