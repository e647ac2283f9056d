package org.lettergraph.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lettergraph.graph.GraphWrites;
import org.lettergraph.graph.Rows;
import org.lettergraph.ingest.csv.CsvOptions;
import org.lettergraph.ingest.csv.SignOnCsvParser;
import org.lettergraph.ingest.document.DocumentText;
import org.lettergraph.ingest.document.Documents;
import org.lettergraph.ingest.legislators.LawmakerDirectory;
import org.lettergraph.ingest.legislators.LegislatorsParser;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.KnownProgram;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.ParsedLetter;
import org.lettergraph.ingest.record.ReferenceRecords;
import org.lettergraph.ingest.text.PlainTextLetterParser;

import org.springframework.stereotype.Service;

/**
 * Brings one document in: parses it into a letter record, then writes it through the one write path. A dry run
 * does everything a real run does, inside a transaction that is rolled back, so what it reports (created, matched,
 * held for review) is exactly what a real run would do. A document with problems writes nothing.
 */
@Service
public class LetterIngest {

	/** The kinds of document that come in. */
	public enum Format {

		/** A letter as plain text (or light markdown), as sent or pasted. */
		TEXT,
		/** A sign-on form's export: one signing organization per row. */
		CSV,
		/** A letter record in YAML or JSON. */
		RECORD,
		/** congress-legislators YAML (legislators-current.yaml, executive.yaml): lawmakers and officials. */
		LEGISLATORS,
		/** A letter as a PDF (with a text layer): read as text, then as a text letter. */
		PDF,
		/** A letter as a Word .docx file: read as text, then as a text letter. */
		DOCX,
		/** A letter as a web page: read as text, then as a text letter. */
		HTML;

		/** True for the formats that come as files (bytes) and are read to text first ({@link #ingestDocument}). */
		public boolean isDocument() {
			return this == PDF || this == DOCX || this == HTML;
		}

		/** The format a file's name suggests; plain text when nothing else fits. */
		public static Format forFile(String name) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (lower.endsWith(".pdf")) {
				return PDF;
			}
			if (lower.endsWith(".docx")) {
				return DOCX;
			}
			if (lower.endsWith(".html") || lower.endsWith(".htm")) {
				return HTML;
			}
			if (lower.endsWith(".csv")) {
				return CSV;
			}
			if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
				return (lower.contains("legislators") || lower.endsWith("executive.yaml")) ? LEGISLATORS : RECORD;
			}
			return TEXT;
		}

		public static Format parse(String name) {
			try {
				return valueOf(name.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IngestException("format: '" + name + "' is not one of text, csv, record, legislators, pdf, docx, html.");
			}
		}
	}

	/**
	 * What happened: the parsed letter (when parsing got that far), the write result, a summary for documents that
	 * are not letters, and any problems.
	 */
	public record Outcome(ParsedLetter parsed, WriteResult result, String summary, List<String> problems,
			boolean dryRun) {

		public boolean ok() {
			return this.problems.isEmpty();
		}

		/** What the parser (and, for a letter with a sign-on CSV, the merge) had to guess, skip or count once. */
		public List<String> warnings() {
			return (this.parsed != null) ? this.parsed.warnings() : List.of();
		}

		public static Outcome failed(ParsedLetter parsed, List<String> problems, boolean dryRun) {
			return new Outcome(parsed, null, null, problems, dryRun);
		}
	}

	private final RecordReader records;

	private final LetterWriter writer;

	private final ReferenceWriter references;

	private final IngestProperties properties;

	private final Rows rows;

	private final GraphWrites writes;

	LetterIngest(RecordReader records, LetterWriter writer, ReferenceWriter references, IngestProperties properties,
			Rows rows, GraphWrites writes) {
		this.writes = writes;
		this.records = records;
		this.writer = writer;
		this.references = references;
		this.properties = properties;
		this.rows = rows;
	}

	public Outcome ingest(Format format, String content, String origin, boolean dryRun) {
		return ingest(format, content, origin, dryRun, null);
	}

	/** @param csv what a CSV export does not say about its letter (title, date, ...); required for CSV */
	public Outcome ingest(Format format, String content, String origin, boolean dryRun, CsvOptions csv) {
		ParsedLetter parsed = null;
		try {
			checkSize(content);
			if (format == Format.LEGISLATORS) {
				return importLegislators(content, origin, dryRun);
			}
			if (format.isDocument()) {
				return documentAsText(format, content, origin, dryRun, csv);
			}
			parsed = parse(format, content, origin, csv);
			return write(parsed, dryRun);
		}
		catch (IngestException ex) {
			return Outcome.failed(parsed, ex.problems(), dryRun);
		}
	}

	/**
	 * A sign-on letter in two parts, as one letter: the letter document (text, or a record) gives its date, title,
	 * addressees, asks, programs and leads, and the sign-on form's CSV export its signers, after any signatures the
	 * document prints (each name once; the CSV's duplicate submissions are counted once and reported as warnings;
	 * its contact columns are never read into the record).
	 *
	 * @param csvOptions how to read the CSV's columns and who led; its title and date are taken from the document
	 *                   when it gives them
	 */
	public Outcome ingestWithSigners(Format format, String document, String signersCsv, CsvOptions csvOptions,
			String origin, boolean dryRun) {
		ParsedLetter parsed = null;
		try {
			checkSize(document);
			if (signersCsv == null || signersCsv.isBlank()) {
				throw new IngestException("signers: the sign-on CSV is empty.");
			}
			checkSize(signersCsv);
			if (format != Format.TEXT && format != Format.RECORD) {
				throw new IngestException("signers: a sign-on CSV goes with a letter document (text or a letter "
						+ "record), not with " + format.name().toLowerCase(Locale.ROOT) + ".");
			}
			parsed = parse(format, document, origin, null);
			CsvOptions options = SignOnLetter.options(csvOptions, parsed.record());
			if (options.title() == null || options.title().isBlank()) {
				throw new IngestException("title: neither the document nor csvOptions gives the letter's title.");
			}
			ParsedLetter signers = new SignOnCsvParser().parse(signersCsv, options);
			parsed = SignOnLetter.merge(parsed, signers);
			return write(parsed, dryRun);
		}
		catch (IngestException ex) {
			return Outcome.failed(parsed, ex.problems(), dryRun);
		}
	}

	/** Writes a parsed letter, or (a partial letter, a dry run) says what it would have written. */
	private Outcome write(ParsedLetter parsed, boolean dryRun) {
		if (parsed.partial()) {
			return Outcome.failed(parsed, parsed.problems(), dryRun);
		}
		LetterRecord record = withSource(parsed);
		WriteResult result = this.writes.transaction(dryRun, stamp -> this.writer.write(record));
		return new Outcome(parsed, result, null, List.of(), dryRun);
	}

	/**
	 * A letter as a file (PDF, Word .docx, web page, or plain text), told apart by its bytes, its name and its media
	 * type: read to text ({@link Documents#read}), then brought in as a text letter, the file's own warnings (a page
	 * with no text, headers left out) added to the parser's. A file that cannot be read writes nothing and says why.
	 *
	 * @param fileName  the file's name (its extension helps tell its type; also the origin named in problems)
	 * @param mediaType the media type it came with, or null
	 */
	public Outcome ingestDocument(byte[] bytes, String fileName, String mediaType, boolean dryRun, CsvOptions csv) {
		DocumentText document;
		try {
			document = Documents.read(bytes, fileName, mediaType, this.properties.documentLimits());
		}
		catch (IngestException ex) {
			return Outcome.failed(null, ex.problems(), dryRun);
		}
		Outcome outcome = ingest(Format.TEXT, document.text(), (fileName != null) ? fileName : "document", dryRun, csv);
		return withDocumentWarnings(outcome, document);
	}

	/**
	 * A sign-on letter whose letter is a file (PDF, Word .docx, web page): read to text, then as
	 * {@link #ingestWithSigners} with its signers from the sign-on form's CSV.
	 */
	public Outcome ingestDocumentWithSigners(byte[] bytes, String fileName, String mediaType, String signersCsv,
			CsvOptions csvOptions, boolean dryRun) {
		DocumentText document;
		try {
			document = Documents.read(bytes, fileName, mediaType, this.properties.documentLimits());
		}
		catch (IngestException ex) {
			return Outcome.failed(null, ex.problems(), dryRun);
		}
		Outcome outcome = ingestWithSigners(Format.TEXT, document.text(), signersCsv, csvOptions,
				(fileName != null) ? fileName : "document", dryRun);
		return withDocumentWarnings(outcome, document);
	}

	/** The outcome with the file's own warnings (a page with no text, headers left out) before the parser's. */
	private static Outcome withDocumentWarnings(Outcome outcome, DocumentText document) {
		if (document.warnings().isEmpty() || outcome.parsed() == null) {
			return outcome;
		}
		ParsedLetter p = outcome.parsed();
		List<String> warnings = new ArrayList<>(document.warnings());
		warnings.addAll(p.warnings());
		return new Outcome(new ParsedLetter(p.record(), p.source(), warnings, p.problems()), outcome.result(),
				outcome.summary(), outcome.problems(), outcome.dryRun());
	}

	private Outcome importLegislators(String content, String origin, boolean dryRun) {
		ReferenceRecords people = new LegislatorsParser()
			.parse(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), origin);
		this.writes.transaction(dryRun, stamp -> {
			this.references.write(people);
			return null;
		});
		long lawmakers = people.actors().stream().filter(a -> "LAWMAKER".equals(a.kind())).count();
		return new Outcome(null, null, String.format(Locale.ROOT, "%s %d lawmakers and %d officials",
				dryRun ? "would write" : "wrote", lawmakers, people.actors().size() - lawmakers), List.of(), dryRun);
	}

	/** A web page given as text is read as one; a PDF or Word file cannot be: its bytes are needed. */
	private Outcome documentAsText(Format format, String content, String origin, boolean dryRun, CsvOptions csv) {
		if (format != Format.HTML) {
			throw new IngestException("format " + format.name().toLowerCase(Locale.ROOT) + ": a " + format
					+ " file is not text; send the file itself (POST /ingest, the ingest command, or ingestLetter's "
					+ "file with its bytes in base64).");
		}
		return ingestDocument(content.getBytes(StandardCharsets.UTF_8), origin, "text/html", dryRun, csv);
	}

	private void checkSize(String content) {
		if (content == null || content.isBlank()) {
			throw new IngestException("The document is empty.");
		}
		long bytes = content.getBytes(StandardCharsets.UTF_8).length;
		long limit = this.properties.maxDocumentSize().toBytes();
		if (bytes > limit) {
			throw new IngestException(String.format(Locale.ROOT,
					"The document is %.1f MB; the limit is %.1f MB (lettergraph.ingest.max-document-size). "
							+ "Split it into one letter per document.",
					bytes / 1048576.0, limit / 1048576.0));
		}
	}

	private ParsedLetter parse(Format format, String content, String origin, CsvOptions csv) {
		return switch (format) {
			case RECORD -> new ParsedLetter(this.records.letter(content, origin), null, List.of());
			case TEXT -> new PlainTextLetterParser(lawmakers(), programs())
				.withMaxSignatures(this.properties.maxSignatures())
				.parse(content);
			case CSV -> {
				if (csv == null || csv.title() == null || csv.title().isBlank()) {
					throw new IngestException("csvOptions.title: a CSV export does not say which letter it is; "
							+ "give at least its title (and date).");
				}
				yield new SignOnCsvParser().parse(content, csv);
			}
			case LEGISLATORS, PDF, DOCX, HTML -> throw new IllegalStateException("not read as text: " + format);
		};
	}

	/** The members of Congress in the graph, so a text letter's "Rep. Omar (D-Minn.)" finds her. */
	private LawmakerDirectory lawmakers() {
		return GraphLawmakers.directory(this.rows);
	}

	/**
	 * The programs in the graph, so a text letter's "287(g)" or "Secure Communities" finds its program; a program
	 * the text names and the graph does not hold is proposed when the letter is written, never created.
	 */
	private List<KnownProgram> programs() {
		return this.rows.list("programs/known", Map.of())
			.stream()
			.map(row -> new KnownProgram(Rows.string(row, "id"), Rows.string(row, "name"),
					Rows.strings(row, "aliases")))
			.toList();
	}

	/** The record, with the source the document itself is added to what it brings along. */
	static LetterRecord withSource(ParsedLetter parsed) {
		LetterRecord r = parsed.record();
		if (parsed.source() == null || r.sourceDetails().stream().anyMatch(s -> s.id().equals(parsed.source().id()))) {
			return r;
		}
		List<ReferenceRecords.SourceRecord> details = new ArrayList<>(r.sourceDetails());
		details.add(parsed.source());
		return new LetterRecord(r.id(), r.title(), r.titleIsDescriptive(), r.date(), r.asks(), r.reportedSignerCount(),
				r.reportedSignerCountQualifier(), r.sources(), details, r.reports(), r.programs(), r.leads(),
				r.signers(), r.endorsers(), r.addressees(), r.cc());
	}
}
