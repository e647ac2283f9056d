package org.lettergraph.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lettergraph.ingest.document.Documents;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.report.ReportMetadata;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /ingest} with {@code kind=source}: news stories and press releases as uploaded text files (multipart
 * field {@code file}, one or more), with what the caller knows of them ({@code title}, {@code publisher},
 * {@code date}, {@code year}, {@code author}, {@code location}) and {@code dryRun}; each answered like the
 * {@code ingestSource} mutation. 200 when every file went in, 422 when any had problems (nothing of that file is
 * written). An HTML page or a PDF goes through the document readers first, once they take uploads.
 */
@RestController
class SourceUploadController {

	private final SourceIngest ingest;

	private final IngestProperties properties;

	SourceUploadController(SourceIngest ingest, IngestProperties properties) {
		this.ingest = ingest;
		this.properties = properties;
	}

	/** One file's answer. */
	record FileResult(String file, IngestSourcePayload result) {
	}

	@PostMapping(path = "/ingest", consumes = "multipart/form-data", params = "kind=source")
	ResponseEntity<List<FileResult>> upload(@RequestParam("file") List<MultipartFile> files,
			@RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
			@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "publisher", required = false) String publisher,
			@RequestParam(name = "date", required = false) LocalDate date,
			@RequestParam(name = "year", required = false) Integer year,
			@RequestParam(name = "author", required = false) String author,
			@RequestParam(name = "location", required = false) String location) {
		List<FileResult> results = new ArrayList<>();
		boolean allOk = true;
		for (MultipartFile file : files) {
			String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload";
			SourceIngest.Outcome outcome;
			try {
				outcome = this.ingest.ingest(text(file, name),
						new ReportMetadata(title, publisher, date, year, author, (location != null) ? location : name,
								null),
						dryRun);
			}
			catch (IngestException ex) {
				outcome = new SourceIngest.Outcome(null, List.of(), ex.problems(), dryRun);
			}
			allOk &= outcome.ok();
			results.add(new FileResult(name, IngestSourcePayload.of(outcome)));
		}
		return ResponseEntity.status(allOk ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(results);
	}

	/**
	 * The story as text: a web page's article, a PDF's text in reading order, a Word file's paragraphs, or plain
	 * text ({@link Documents#read}); anything else is refused in plain words.
	 */
	private String text(MultipartFile file, String name) {
		try {
			return Documents.read(file.getBytes(), name, file.getContentType(), this.properties.documentLimits()).text();
		}
		catch (IOException ex) {
			throw new IngestException("The upload could not be read: " + ex.getMessage());
		}
	}
}
