package org.lettergraph.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar lettergraph.jar export FILE}: writes the whole graph (the embedded data folder's or the configured
 * server's) to FILE, read in one transaction. A read: it needs no sign-in and loads no bundled dataset. Exits 0 when
 * written, 1 when the graph could not be written (the message says why; no file is left behind), 2 on a usage error,
 * 3 when the database could not be opened (the embedded data folder in use, a server not answering or refusing
 * the sign-in).
 */
@Component
@ConditionalOnProperty(name = "lettergraph.command", havingValue = "export")
public class ExportCommand implements CommandLineRunner, ExitCodeGenerator {

	public static final String USAGE = "usage: java -jar lettergraph.jar export FILE   (the whole graph, as JSON Lines)";

	private final GraphBackup backup;

	private int exitCode;

	ExportCommand(GraphBackup backup) {
		this.backup = backup;
	}

	@Override
	public void run(String... args) {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (i == 0 && args[i].equals("export")) {
				continue;
			}
			if (!args[i].startsWith("--")) {
				files.add(Path.of(args[i]));
			}
		}
		if (files.size() != 1) {
			System.err.println(USAGE);
			this.exitCode = 2;
			return;
		}
		long started = System.nanoTime();
		try {
			GraphBackup.Counts counts = this.backup.export(files.get(0));
			System.out.printf("exported %d nodes and %d relationships to %s (%d ms)%n", counts.nodes(),
					counts.relationships(), files.get(0), (System.nanoTime() - started) / 1_000_000);
		}
		catch (BackupException ex) {
			System.err.println("export: " + ex.getMessage());
			this.exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}
}
