package org.lettergraph.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lettergraph.support.CommandRun;
import org.lettergraph.support.Editors;

/** Runs a command of the jar in this JVM, with the test profile, against the data folder given. */
final class Commands {

	private Commands() {
	}

	/** The editor's token, in a file as a script would keep it. */
	static Path tokenFile(Path dir) throws IOException {
		Path token = dir.resolve("token");
		Files.writeString(token, Editors.EDITOR_TOKEN + "\n");
		return token;
	}

	static CommandRun run(Path dataDir, String command, String... words) {
		List<String> args = new ArrayList<>();
		args.add(command);
		args.addAll(List.of(words));
		args.add("--lettergraph.embedded.data-dir=" + dataDir);
		args.add("--spring.profiles.active=test");
		CommandRun run = CommandRun.of(args.toArray(String[]::new));
		System.out.println("[" + command + " → " + run.code() + "] " + run.out().strip() + " " + run.err().strip());
		return run;
	}
}
