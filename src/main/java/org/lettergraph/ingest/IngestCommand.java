package org.lettergraph.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar lettergraph.jar ingest FILE... [--dry-run] [--format record]}: brings letters in from files,
 * against the embedded data folder or the configured server, and reports per file what was created, matched and
 * held for review, or what is wrong. Exits 0 when every file went in, 1 when any had problems, 2 on a usage error.
 */
@Component
@ConditionalOnProperty(name = "lettergraph.command", havingValue = "ingest")
class IngestCommand implements CommandLineRunner, ExitCodeGenerator {

	static final String USAGE = "usage: java -jar lettergraph.jar ingest FILE... [--dry-run] [--format "
			+ String.join("|", List.of(LetterIngest.Format.values()).stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList())
			+ "]";

	private final LetterIngest ingest;

	private final PrintStream out = System.out;

	private int exitCode;

	IngestCommand(LetterIngest ingest) {
		this.ingest = ingest;
	}

	@Override
	public void run(String... args) {
		List<Path> files = new ArrayList<>();
		boolean dryRun = false;
		LetterIngest.Format format = null;
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
			else if (arg.startsWith("--")) {
				continue; // a Spring property such as --lettergraph.embedded.data-dir=…
			}
			else {
				files.add(Path.of(arg));
			}
		}
		if (files.isEmpty()) {
			System.err.println(USAGE);
			this.exitCode = 2;
			return;
		}
		for (Path file : files) {
			report(file, ingest(file, format, dryRun));
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	private LetterIngest.Outcome ingest(Path file, LetterIngest.Format format, boolean dryRun) {
		String content;
		try {
			content = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (MalformedInputException ex) {
			return failed(dryRun, "not text in UTF-8 (is it a binary file?)");
		}
		catch (IOException ex) {
			return failed(dryRun, "cannot be read: " + ex.getMessage());
		}
		LetterIngest.Format chosen = (format != null) ? format : LetterIngest.Format.forFile(file.toString());
		return this.ingest.ingest(chosen, content, file.getFileName().toString(), dryRun);
	}

	private static LetterIngest.Outcome failed(boolean dryRun, String problem) {
		return new LetterIngest.Outcome(null, null, List.of(problem), dryRun);
	}

	private void report(Path file, LetterIngest.Outcome outcome) {
		if (!outcome.ok()) {
			this.exitCode = 1;
			this.out.println(file + ": not ingested");
			outcome.problems().forEach(problem -> this.out.println("  " + problem));
			return;
		}
		WriteResult result = outcome.result();
		this.out.printf("%s: %s %s: %d created, %d matched, %d held for review%n", file,
				outcome.dryRun() ? "would write" : "wrote", result.letterId(), result.created().size(),
				result.matched().size(), result.review().size());
		result.review()
			.forEach(p -> this.out.printf("  review: %s (%s) may be %s (%s): %s, score %.2f%n", p.actorName(),
					p.actorId(), p.candidateName(), p.candidateId(), p.reason(), p.score()));
		outcome.parsed().warnings().forEach(w -> this.out.println("  warning: " + w));
	}
}
