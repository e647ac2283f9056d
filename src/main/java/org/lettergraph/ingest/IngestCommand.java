package org.lettergraph.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.lettergraph.ingest.csv.CsvOptions;
import org.lettergraph.ingest.document.Documents;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.report.ReportMetadata;
import org.lettergraph.security.Authorship;
import org.lettergraph.security.CommandLineEditor;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar lettergraph.jar ingest FILE... [--dry-run] [--format text|csv|record|legislators|pdf|docx|html]
 * [--signers export.csv]}: brings letters (as text, PDF, Word .docx or web pages; and congress-legislators files) in
 * from files (with {@code --signers}, one letter document and its sign-on form's CSV as one letter),
 * against the embedded data folder or the configured server, and reports per file what was created, matched and
 * held for review, or what is wrong. Exits 0 when every file went in, 1 when any had problems, 2 on a usage error,
 * 3 when the database could not be opened (the embedded data folder in use, a server not answering or refusing
 * the sign-in), 4 when the caller is not an editor.
 */
@Component
@ConditionalOnProperty(name = "lettergraph.command", havingValue = "ingest")
public class IngestCommand implements CommandLineRunner, ExitCodeGenerator {

	public static final String USAGE = """
			usage: java -jar lettergraph.jar ingest FILE... [--dry-run] [--format text|csv|record|legislators|pdf|docx|html]
			                 [--title T --date YYYY-MM-DD --lead NAME... --name-column C]   (for CSV exports)
			                 [--signers export.csv]   (one letter FILE and its signers from a sign-on form's CSV)
			                 [--source [--title T] [--publisher P] [--date YYYY-MM-DD | --year YYYY]]
			                                                 (news stories and press releases: text, web pages, PDF, Word)
			                 [--user NAME [--password-file F]] [--token-file F]
			Writes need an editor: --user with the password in LETTERGRAPH_PASSWORD (or --password-file), or an API
			token in LETTERGRAPH_TOKEN (or --token-file).
			The format follows the file name when not given: .csv, .yaml/.yml/.json (records; legislators-*.yaml and
			executive.yaml: congress-legislators), .pdf, .docx, .html/.htm (read to text, then as a text letter),
			anything else plain text (or a PDF or Word file, when its bytes say so).""";

	private final LetterIngest ingest;

	private final SourceIngest sources;

	private final PrintStream out = System.out;

	private int exitCode;

	private final CommandLineEditor editors;

	private final IngestProperties properties;

	IngestCommand(LetterIngest ingest, SourceIngest sources, CommandLineEditor editors, IngestProperties properties) {
		this.ingest = ingest;
		this.sources = sources;
		this.editors = editors;
		this.properties = properties;
	}

	@Override
	public void run(String... args) {
		List<Path> files = new ArrayList<>();
		boolean dryRun = false;
		LetterIngest.Format format = null;
		String title = null;
		LocalDate date = null;
		String nameColumn = null;
		boolean source = false;
		String publisher = null;
		Integer year = null;
		List<String> leads = new ArrayList<>();
		Path signers = null;
		CommandLineEditor.Credentials credentials = new CommandLineEditor.Credentials();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("ingest") && i == 0) {
				continue;
			}
			if (arg.equals("--dry-run")) {
				dryRun = true;
			}
			else if (arg.equals("--format") && i + 1 < args.length) {
				format = LetterIngest.Format.parse(args[++i]);
			}
			else if (arg.startsWith("--format=")) {
				format = LetterIngest.Format.parse(arg.substring("--format=".length()));
			}
			else if (arg.equals("--title") && i + 1 < args.length) {
				title = args[++i];
			}
			else if (arg.equals("--date") && i + 1 < args.length) {
				date = date(args[++i]);
				if (date == null) {
					return;
				}
			}
			else if (arg.equals("--source")) {
				source = true;
			}
			else if (arg.equals("--publisher") && i + 1 < args.length) {
				publisher = args[++i];
			}
			else if (arg.equals("--year") && i + 1 < args.length && args[i + 1].matches("\\d{4}")) {
				year = Integer.valueOf(args[++i]);
			}
			else if (arg.equals("--lead") && i + 1 < args.length) {
				leads.add(args[++i]);
			}
			else if (arg.equals("--signers") && i + 1 < args.length) {
				signers = Path.of(args[++i]);
			}
			else if (arg.equals("--name-column") && i + 1 < args.length) {
				nameColumn = args[++i];
			}
			else if (credentials.take(args, i)) {
				i++;
			}
			else if (arg.startsWith("--")) {
				continue; // a Spring property such as --lettergraph.embedded.data-dir=…
			}
			else {
				files.add(Path.of(arg));
			}
		}
		if (files.isEmpty() || (signers != null && files.size() != 1)) {
			if (signers != null && files.size() > 1) {
				System.err.println("--signers: the sign-on CSV goes with one letter file; got " + files.size() + ".");
			}
			System.err.println(USAGE);
			this.exitCode = 2;
			return;
		}
		CsvOptions csv = (title != null || signers != null)
				? CsvOptions.of(title, date).withLeads(leads).withColumns(nameColumn, null, null) : null;
		CommandLineEditor.SignIn editor = this.editors.signIn(credentials);
		if (!editor.ok()) {
			System.err.println(editor.refusal());
			this.exitCode = 4;
			return;
		}
		if (source) {
			ReportMetadata metadata = new ReportMetadata(title, publisher, date, year, null, null, null);
			for (Path file : files) {
				boolean dry = dryRun;
				reportSource(file, Authorship.as(editor.name(), () -> ingestSource(file, metadata, dry)));
			}
			return;
		}
		LetterIngest.Format chosenFormat = format;
		boolean dry = dryRun;
		if (signers != null) {
			Path file = files.get(0);
			Path csvFile = signers;
			long started = System.nanoTime();
			LetterIngest.Outcome outcome = Authorship.as(editor.name(),
					() -> ingestWithSigners(file, csvFile, chosenFormat, dry, csv));
			report(file, outcome, (System.nanoTime() - started) / 1_000_000);
			return;
		}
		for (Path file : files) {
			long started = System.nanoTime();
			LetterIngest.Outcome outcome = Authorship.as(editor.name(), () -> ingest(file, chosenFormat, dry, csv));
			report(file, outcome, (System.nanoTime() - started) / 1_000_000);
		}
	}

	private LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			System.err.println("--date: write it YYYY-MM-DD, e.g. 2024-11-15; got '" + text + "'.");
			this.exitCode = 2;
			return null;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	/**
	 * A PDF, Word file or web page (by name or format, or, for a file taken as plain text, by its bytes when it is
	 * not UTF-8 text) goes through the document reader; anything else is read as UTF-8 text.
	 */
	private LetterIngest.Outcome ingest(Path file, LetterIngest.Format format, boolean dryRun, CsvOptions csv) {
		LetterIngest.Format chosen = (format != null) ? format : LetterIngest.Format.forFile(file.toString());
		String name = file.getFileName().toString();
		String content;
		try {
			if (chosen.isDocument()) {
				return this.ingest.ingestDocument(Files.readAllBytes(file), name, null, dryRun, csv);
			}
			content = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (MalformedInputException ex) {
			if (chosen != LetterIngest.Format.TEXT) {
				return failed(dryRun, "not text in UTF-8 (is it a binary file?)");
			}
			try {
				return this.ingest.ingestDocument(Files.readAllBytes(file), name, null, dryRun, csv);
			}
			catch (IOException again) {
				return failed(dryRun, "cannot be read: " + again.getMessage());
			}
		}
		catch (IOException ex) {
			return failed(dryRun, "cannot be read: " + ex.getMessage());
		}
		return this.ingest.ingest(chosen, content, name, dryRun, csv);
	}

	private LetterIngest.Outcome ingestWithSigners(Path file, Path signers, LetterIngest.Format format, boolean dryRun,
			CsvOptions csv) {
		LetterIngest.Format chosen = (format != null) ? format : LetterIngest.Format.forFile(file.toString());
		String content;
		String csvContent;
		try {
			csvContent = Files.readString(signers, StandardCharsets.UTF_8);
			if (chosen.isDocument()) {
				return this.ingest.ingestDocumentWithSigners(Files.readAllBytes(file), file.getFileName().toString(),
						null, csvContent, csv, dryRun);
			}
			content = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (MalformedInputException ex) {
			return failed(dryRun, "not text in UTF-8 (is it a binary file?)");
		}
		catch (IOException ex) {
			return failed(dryRun, "cannot be read: " + ex.getMessage());
		}
		return this.ingest.ingestWithSigners(chosen, content, csvContent, csv, file.getFileName().toString(), dryRun);
	}

	private SourceIngest.Outcome ingestSource(Path file, ReportMetadata metadata, boolean dryRun) {
		try {
			// a web page's article, a PDF's or Word file's text, or plain text
			String text = Documents.read(Files.readAllBytes(file), file.getFileName().toString(), null,
					this.properties.documentLimits()).text();
			ReportMetadata located = new ReportMetadata(metadata.title(), metadata.publisher(), metadata.date(),
					metadata.year(), null, file.toString(), null);
			return this.sources.ingest(text, located, dryRun);
		}
		catch (IngestException ex) {
			return new SourceIngest.Outcome(null, List.of(), ex.problems(), dryRun);
		}
		catch (IOException ex) {
			return new SourceIngest.Outcome(null, List.of(), List.of("cannot be read: " + ex.getMessage()), dryRun);
		}
	}

	/** One line for the source, one per letter, proposal and warning. */
	private void reportSource(Path file, SourceIngest.Outcome outcome) {
		if (!outcome.ok()) {
			this.exitCode = 1;
			this.out.println(file + ": not ingested");
			outcome.problems().forEach(problem -> this.out.println("  " + problem));
			return;
		}
		IngestSourcePayload p = IngestSourcePayload.of(outcome);
		this.out.printf("%s: %s %s (%s, %s, %s): %d mentions, %d quoted%n", file,
				outcome.dryRun() ? "would write" : "wrote", p.source().id(), p.source().title(), p.source().publisher(),
				p.source().date(), p.mentions().size(), p.quoted().size());
		p.letters().forEach(l -> this.out.printf("  letter: %s%s%n",
				(l.matchedLetterId() != null) ? "matched " + l.matchedLetterId() : "new " + l.letterId(),
				l.written() ? "" : " (not written: " + String.join("; ", l.reasons()) + ")"));
		p.proposals().forEach(x -> this.out.printf("  proposed %s: %s (%s)%n", x.kind(), x.name(), x.reason()));
		p.warnings().forEach(w -> this.out.println("  warning: " + w));
	}

	private static LetterIngest.Outcome failed(boolean dryRun, String problem) {
		return LetterIngest.Outcome.failed(null, List.of(problem), dryRun);
	}

	private void report(Path file, LetterIngest.Outcome outcome, long millis) {
		if (!outcome.ok()) {
			this.exitCode = 1;
			this.out.println(file + ": not ingested");
			outcome.problems().forEach(problem -> this.out.println("  " + problem));
			return;
		}
		if (outcome.summary() != null) {
			this.out.println(file + ": " + outcome.summary());
			return;
		}
		WriteResult result = outcome.result();
		this.out.printf("%s: %s %s: %d created, %d matched, %d held for review (%d ms)%n", file,
				outcome.dryRun() ? "would write" : "wrote", result.letterId(), result.created().size(),
				result.matched().size(), result.review().size(), millis);
		result.review()
			.forEach(p -> this.out.printf("  review: %s (%s) may be %s (%s): %s, score %.2f%n", p.actorName(),
					p.actorId(), p.candidateName(), p.candidateId(), p.reason(), p.score()));
		outcome.warnings().forEach(w -> this.out.println("  warning: " + w));
		result.warnings().forEach(w -> this.out.println("  warning: " + w));
		result.needsName()
			.stream()
			.filter(q -> !q.candidates().isEmpty())
			.forEach(q -> this.out.printf("  %s (%s) may be: %s%n", q.written(), q.field(), String.join(", ",
					q.candidates().stream().map(c -> c.name() + " (" + c.actorId() + ")").toList())));
	}
}
