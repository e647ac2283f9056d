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
 * {@code ingestLetter}: a letter in as text, a file (PDF, Word .docx, web page; its bytes in base64), a CSV export or
 * a record, or a letter document with its signers' CSV; problems come back in the payload, not as failures.
 */
@Controller
class IngestController {

	private final LetterIngest ingest;

	private final IngestProperties properties;

	IngestController(LetterIngest ingest, IngestProperties properties) {
		this.ingest = ingest;
		this.properties = properties;
	}

	/** The mutation's input: one of text, record, csv and file, or a letter document (text, record, file) with csv. */
	record IngestLetterInput(String text, String record, String csv, CsvOptionsInput csvOptions, DocumentInput file,
			Boolean dryRun) {
	}

	/**
	 * A file as GraphQL carries one without the multipart request spec: its bytes in base64 (a {@code data:} URL's
	 * prefix and line breaks allowed), with its name and media type to help tell what it is.
	 */
	record DocumentInput(String name, String mediaType, String base64) {

		/** The bytes, or a problem naming the field; the encoded size is checked before anything is decoded. */
		byte[] bytes(long maxBytes) {
			String data = (this.base64 != null) ? this.base64.strip() : "";
			if (data.startsWith("data:") && data.contains(",")) {
				data = data.substring(data.indexOf(',') + 1);
			}
			if (data.length() > maxBytes / 3 * 4 + 1024) {
				throw new org.lettergraph.ingest.record.IngestException(String.format(java.util.Locale.ROOT,
						"file.base64: the file is larger than the limit of %.1f MB (lettergraph.ingest.max-document-size). "
								+ "Send one letter per file.", maxBytes / 1048576.0));
			}
			try {
				return java.util.Base64.getMimeDecoder().decode(strict(data));
			}
			catch (IllegalArgumentException ex) {
				throw new org.lettergraph.ingest.record.IngestException(
						"file.base64: not valid base64 (" + ex.getMessage() + "). Encode the file's bytes with base64, "
								+ "e.g. `base64 -w0 letter.pdf`.");
			}
		}

		/** The MIME decoder skips characters outside the alphabet; a stray one here is a mistake, not a line break. */
		private static String strict(String data) {
			String compact = data.replaceAll("\\s+", "");
			for (int i = 0; i < compact.length(); i++) {
				char c = compact.charAt(i);
				boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
						|| c == '/' || c == '=' || c == '-' || c == '_';
				if (!ok) {
					throw new IllegalArgumentException("'" + c + "' at character " + (i + 1) + " is not a base64 character");
				}
			}
			return compact.replace('-', '+').replace('_', '/');
		}
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
		if (input.file() != null) {
			given.add(LetterIngest.Format.PDF); // or Word, or a web page: the file's bytes tell
		}
		CsvOptions csv = (input.csvOptions() != null) ? input.csvOptions().options() : null;
		if (given.size() == 2 && given.contains(LetterIngest.Format.CSV)) {
			// A sign-on letter: the document gives the letter, the CSV its signers.
			LetterIngest.Format document = given.get(0);
			if (document == LetterIngest.Format.PDF) {
				return fileIn(input.file(), dryRun, (bytes, name) -> this.ingest.ingestDocumentWithSigners(bytes, name,
						input.file().mediaType(), input.csv(), csv, dryRun));
			}
			String content = (document == LetterIngest.Format.TEXT) ? input.text() : input.record();
			return IngestLetterPayload.of(this.ingest.ingestWithSigners(document, content, input.csv(), csv,
					document.name().toLowerCase(java.util.Locale.ROOT), dryRun));
		}
		if (given.size() != 1) {
			return IngestLetterPayload.of(LetterIngest.Outcome.failed(null,
					List.of("input: give one of text, record, csv and file, or a letter (text, record or file) with "
							+ "csv for a letter and its signers (got " + (given.isEmpty() ? "none" : String.join(" and ",
									given.stream().map(IngestController::inputName).toList()))
							+ ")."),
					dryRun));
		}
		if (input.file() != null) {
			return fileIn(input.file(), dryRun,
					(bytes, name) -> this.ingest.ingestDocument(bytes, name, input.file().mediaType(), dryRun, csv));
		}
		LetterIngest.Format format = given.get(0);
		String content = switch (format) {
			case TEXT -> input.text();
			case RECORD -> input.record();
			default -> input.csv();
		};
		return IngestLetterPayload.of(this.ingest.ingest(format, content, format.name().toLowerCase(java.util.Locale.ROOT), dryRun, csv));
	}

	/** A file's bytes decoded (a bad base64 or an oversized file is a problem in the payload), then brought in. */
	private IngestLetterPayload fileIn(DocumentInput file, boolean dryRun,
			java.util.function.BiFunction<byte[], String, LetterIngest.Outcome> ingestion) {
		byte[] bytes;
		try {
			bytes = file.bytes(this.properties.maxDocumentSize().toBytes());
		}
		catch (org.lettergraph.ingest.record.IngestException ex) {
			return IngestLetterPayload.of(LetterIngest.Outcome.failed(null, ex.problems(), dryRun));
		}
		String name = (file.name() != null && !file.name().isBlank()) ? file.name() : "file";
		return IngestLetterPayload.of(ingestion.apply(bytes, name));
	}

	/** The input field a format came from. */
	private static String inputName(LetterIngest.Format format) {
		return (format == LetterIngest.Format.PDF) ? "file" : format.name().toLowerCase(java.util.Locale.ROOT);
	}

	@SchemaMapping(typeName = "IngestLetterPayload")
	CompletableFuture<Letter> letter(IngestLetterPayload payload, DataLoader<String, Letter> letters) {
		if (payload.letterId() == null || payload.dryRun()) {
			return CompletableFuture.completedFuture(null);
		}
		return letters.load(payload.letterId());
	}
}
