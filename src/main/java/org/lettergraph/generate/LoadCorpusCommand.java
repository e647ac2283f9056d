package org.lettergraph.generate;

import java.nio.file.Files;
import java.nio.file.Path;

import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.security.Authorship;
import org.lettergraph.security.CommandLineEditor;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar lettergraph.jar load-corpus DIR [--batch N] [--user NAME [--password-file F]] [--token-file F]}:
 * loads a folder written by {@code generate} through the write path, N letters per transaction (default 200), and
 * prints the rate. Like {@code ingest}, it writes only for a signed-in editor, in whose name everything is written.
 * Exits 0 when loaded, 1 when a batch had problems, 2 on a usage error, 4 when the caller is not an editor.
 */
@Component
@ConditionalOnProperty(name = "lettergraph.command", havingValue = "load-corpus")
public class LoadCorpusCommand implements CommandLineRunner, ExitCodeGenerator {

	public static final String USAGE = """
			usage: java -jar lettergraph.jar load-corpus DIR [--batch N] [--user NAME [--password-file F]] [--token-file F]
			DIR is a folder written by generate. Writes need an editor: --user with the password in LETTERGRAPH_PASSWORD
			(or --password-file), or an API token in LETTERGRAPH_TOKEN (or --token-file).""";

	private final CorpusLoader loader;

	private final CommandLineEditor editors;

	private int exitCode;

	LoadCorpusCommand(CorpusLoader loader, CommandLineEditor editors) {
		this.loader = loader;
		this.editors = editors;
	}

	@Override
	public void run(String... args) {
		Path dir = null;
		int batch = 200;
		CommandLineEditor.Credentials credentials = new CommandLineEditor.Credentials();
		try {
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.equals("load-corpus") && i == 0) {
					continue;
				}
				if (arg.equals("--batch") && i + 1 < args.length) {
					batch = Integer.parseInt(args[++i]);
				}
				else if (credentials.take(args, i)) {
					i++;
				}
				else if (!arg.startsWith("--")) {
					dir = Path.of(arg);
				}
			}
		}
		catch (NumberFormatException ex) {
			batch = 0;
		}
		if (dir == null || !Files.isRegularFile(dir.resolve("reference.yaml")) || batch < 1) {
			System.err.println(USAGE);
			this.exitCode = 2;
			return;
		}
		CommandLineEditor.SignIn editor = this.editors.signIn(credentials);
		if (!editor.ok()) {
			System.err.println(editor.refusal());
			this.exitCode = 4;
			return;
		}
		Path corpus = dir;
		int perTransaction = batch;
		CorpusLoader.LoadResult result;
		try {
			result = Authorship.as(editor.name(), () -> this.loader.load(corpus, perTransaction));
		}
		catch (IngestException ex) {
			System.err.println(dir + ": stopped; the batch with a problem wrote nothing, and nothing after it was loaded");
			ex.problems().forEach(problem -> System.err.println("  " + problem));
			this.exitCode = 1;
			return;
		}
		System.out.printf("loaded %d letters, %d signatures in %.1f s: %.0f signatures/s (%d letters per batch);"
				+ " reference records before them in %.1f s%n", result.letters(), result.signatures(),
				result.letterNanos() / 1e9, result.signaturesPerSecond(), perTransaction,
				result.referenceNanos() / 1e9);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}
}
