package org.lettergraph.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lettergraph.LettergraphApplication;
import org.lettergraph.support.Editors;

/** Runs a command of the jar in this JVM, with the test profile, against the data folder given. */
final class Commands {

	private Commands() {
	}

	record Run(int code, String out, String err) {
	}

	/** The editor's token, in a file as a script would keep it. */
	static Path tokenFile(Path dir) throws IOException {
		Path token = dir.resolve("token");
		Files.writeString(token, Editors.EDITOR_TOKEN + "\n");
		return token;
	}

	static Run run(Path dataDir, String command, String... words) {
		List<String> args = new ArrayList<>();
		args.add(command);
		args.addAll(List.of(words));
		args.add("--lettergraph.embedded.data-dir=" + dataDir);
		args.add("--lettergraph.embedded.bolt-port=0");
		args.add("--spring.profiles.active=test");
		PrintStream out = System.out;
		PrintStream err = System.err;
		var outBytes = new ByteArrayOutputStream();
		var errBytes = new ByteArrayOutputStream();
		System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
		int code;
		try {
			code = LettergraphApplication.runCommand(command, args.toArray(String[]::new));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
		Run run = new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
		System.out.println("[" + command + " → " + code + "] " + run.out().strip() + " " + run.err().strip());
		return run;
	}
}
