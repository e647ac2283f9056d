package org.lettergraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lettergraph.ingest.record.IngestException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /ingest}: letters as uploaded files (multipart field {@code file}, one or more; parameters
 * {@code format}, {@code dryRun}, and for CSV exports {@code title}, {@code date}, {@code lead}, {@code nameColumn}),
 * each answered like the {@code ingestLetter} mutation. A multipart field {@code signers} (a sign-on form's CSV)
 * beside one {@code file} makes them one letter: the document gives the letter, the CSV its signers. 200 when every
 * file went in, 422 when any had problems (nothing of that file is written).
 *
 * <p>PDFs, Word {@code .docx} files and web pages (by name, or by what the bytes are when the name says nothing, a
 * PDF named {@code letter} for instance) are read to text first ({@link LetterIngest#ingestDocument}); text, CSV and
 * records go in as they are.
 */
@RestController
class IngestUploadController {

	private final LetterIngest ingest;

	IngestUploadController(LetterIngest ingest) {
		this.ingest = ingest;
	}

	/** One file's answer. */
	record FileResult(String file, IngestLetterPayload result) {
	}

	@PostMapping(path = "/ingest", consumes = "multipart/form-data")
	ResponseEntity<List<FileResult>> upload(@RequestParam("file") List<MultipartFile> files,
			@RequestParam(name = "signers", required = false) MultipartFile signers,
			@RequestParam(name = "format", required = false) String format,
			@RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
			@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "date", required = false) java.time.LocalDate date,
			@RequestParam(name = "lead", required = false) List<String> leads,
			@RequestParam(name = "nameColumn", required = false) String nameColumn) {
		org.lettergraph.ingest.csv.CsvOptions csv = (title != null || signers != null)
				? org.lettergraph.ingest.csv.CsvOptions.of(title, date).withLeads(leads).withColumns(nameColumn, null, null)
				: null;
		if (signers != null) {
			return withSigners(files, signers, format, dryRun, csv);
		}
		List<FileResult> results = new ArrayList<>();
		boolean allOk = true;
		for (MultipartFile file : files) {
			String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload";
			LetterIngest.Outcome outcome;
			try {
				LetterIngest.Format chosen = (format != null) ? LetterIngest.Format.parse(format)
						: LetterIngest.Format.forFile(name);
				byte[] bytes = bytes(file);
				String text = chosen.isDocument() ? null : text(bytes);
				if (text == null && !chosen.isDocument() && chosen != LetterIngest.Format.TEXT) {
					throw new IngestException("The file is not UTF-8 text (is it a binary file?). Save it as plain "
							+ "text, CSV or YAML.");
				}
				outcome = (text == null) ? this.ingest.ingestDocument(bytes, name, file.getContentType(), dryRun, csv)
						: this.ingest.ingest(chosen, text, name, dryRun, csv);
			}
			catch (IngestException ex) {
				outcome = LetterIngest.Outcome.failed(null, ex.problems(), dryRun);
			}
			allOk &= outcome.ok();
			results.add(new FileResult(name, IngestLetterPayload.of(outcome)));
		}
		return ResponseEntity.status(allOk ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(results);
	}

	/** One letter document and the CSV of its signers, as one letter. */
	private ResponseEntity<List<FileResult>> withSigners(List<MultipartFile> files, MultipartFile signers,
			String format, boolean dryRun, org.lettergraph.ingest.csv.CsvOptions csv) {
		String name = (files.size() == 1 && files.get(0).getOriginalFilename() != null)
				? files.get(0).getOriginalFilename() : "upload";
		LetterIngest.Outcome outcome;
		try {
			if (files.size() != 1) {
				throw new IngestException("signers: a sign-on CSV goes with one letter document; got " + files.size()
						+ " files. Send one letter per request.");
			}
			LetterIngest.Format chosen = (format != null) ? LetterIngest.Format.parse(format)
					: LetterIngest.Format.forFile(name);
			MultipartFile letter = files.get(0);
			byte[] bytes = bytes(letter);
			String text = chosen.isDocument() ? null : text(bytes);
			String signersCsv = text(bytes(signers));
			if (signersCsv == null) {
				throw new IngestException("signers: the sign-on CSV is not UTF-8 text (is it a spreadsheet?). Export "
						+ "it from the form as CSV.");
			}
			outcome = (text == null)
					? this.ingest.ingestDocumentWithSigners(bytes, name, letter.getContentType(), signersCsv, csv, dryRun)
					: this.ingest.ingestWithSigners(chosen, text, signersCsv, csv, name, dryRun);
		}
		catch (IngestException ex) {
			outcome = LetterIngest.Outcome.failed(null, ex.problems(), dryRun);
		}
		return ResponseEntity.status(outcome.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
			.body(List.of(new FileResult(name, IngestLetterPayload.of(outcome))));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException ex) {
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.body(Map.of("error", "The upload is larger than the service accepts (spring.servlet.multipart.max-file-size,"
					+ " max-request-size). Send one letter per file."));
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new IngestException("The upload could not be read: " + ex.getMessage());
		}
	}

	/**
	 * The file as UTF-8 text, or null when it is not text (a PDF or Word file named otherwise, which the document
	 * reader tells apart from a picture or a spreadsheet, and refuses those in plain words).
	 */
	private static String text(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return (text.indexOf('\0') >= 0) ? null : text;
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}
}
