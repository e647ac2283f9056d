package org.lettergraph.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lettergraph.security.CommandLineEditor;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar lettergraph.jar import FILE [--user NAME [--password-file F]] [--token-file F]}: restores a
 * backup written by {@code export} into a database that holds no lettergraph data (a new data folder, or an empty
 * Neo4j database), in one transaction. Needs an editor, like {@code ingest}. Exits 0 when restored, 1 when the file
 * is wrong (the message names the line; nothing is written), 2 on a usage error, 3 when the database could not be
 * opened (the embedded data folder in use, a server not answering or refusing the sign-in), 4 when the caller is not an editor, 5 when the database already holds lettergraph data (nothing is
 * changed).
 */
@Component
@ConditionalOnProperty(name = "lettergraph.command", havingValue = "import")
public class ImportCommand implements CommandLineRunner, ExitCodeGenerator {

	public static final String USAGE = """
			usage: java -jar lettergraph.jar import FILE [--user NAME [--password-file F]] [--token-file F]
			Restores a backup written by export into an empty database. Needs an editor: --user with the password in
			LETTERGRAPH_PASSWORD (or --password-file), or an API token in LETTERGRAPH_TOKEN (or --token-file).""";

	private final GraphBackup backup;

	private final CommandLineEditor editors;

	private int exitCode;

	ImportCommand(GraphBackup backup, CommandLineEditor editors) {
		this.backup = backup;
		this.editors = editors;
	}

	@Override
	public void run(String... args) {
		List<Path> files = new ArrayList<>();
		CommandLineEditor.Credentials credentials = new CommandLineEditor.Credentials();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (i == 0 && arg.equals("import")) {
				continue;
			}
			if (credentials.take(args, i)) {
				i++;
			}
			else if (!arg.startsWith("--")) {
				files.add(Path.of(arg));
			}
		}
		if (files.size() != 1) {
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
		long started = System.nanoTime();
		try {
			GraphBackup.Counts counts = this.backup.restore(files.get(0));
			System.out.printf("imported %d nodes and %d relationships from %s as %s (%d ms)%n", counts.nodes(),
					counts.relationships(), files.get(0), editor.name(), (System.nanoTime() - started) / 1_000_000);
		}
		catch (GraphBackup.NotEmptyException ex) {
			System.err.println("import: " + ex.getMessage());
			this.exitCode = 5;
		}
		catch (BackupException ex) {
			String message = ex.getMessage();
			System.err.println("import: " + message + (message.contains("Nothing was") ? "" : " Nothing was restored."));
			this.exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}
}
