package org.lettergraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lettergraph.support.CommandRun;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's command line: help, unknown words and the service's own options, decided before anything starts. */
class CommandsTest {

	private static final List<String> ALL = List.of("ingest", "export", "import", "load-corpus", "generate", "bench",
			"load", "hash-password", "new-token");

	/** {@code java -jar lettergraph.jar --help} in a JVM of its own: the list, at once, with no Spring or Neo4j. */
	@Test
	void helpListsEveryCommandWithoutStartingAnything() throws Exception {
		for (String help : List.of("--help", "-h", "help")) {
			long started = System.nanoTime();
			Result result = jar(help);
			long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
			assertThat(result.code()).as(help).isZero();
			for (String command : ALL) {
				assertThat(result.output()).as(help).containsPattern("(?m)^  " + command + " +\\S");
			}
			assertThat(result.output()).contains("exit codes:").contains("3 the database could not be opened");
			// Spring prints its banner or a log line as soon as it starts; Neo4j would take seconds and log too.
			assertThat(result.output()).doesNotContain(":: Spring Boot ::").doesNotContain(" INFO ")
				.doesNotContain("Neo4j started").doesNotContain("Bolt");
			assertThat(seconds).as("a JVM printing help, not a service starting").isLessThan(20);
		}
	}

	@Test
	void anUnknownCommandIsAUsageErrorNotAService() throws Exception {
		Result result = jar("ingset", "letter.txt");
		assertThat(result.code()).isEqualTo(2);
		assertThat(result.output().strip()).isEqualTo("unknown command 'ingset'; see java -jar lettergraph.jar --help");
	}

	@Test
	void helpForOneCommandGivesItsOptionsAndExitCodes() throws Exception {
		CommandRun help = inProcess("help", "ingest");
		assertThat(help.code()).isZero();
		assertThat(help.out()).startsWith("ingest: bring letters in")
			.contains("usage: java -jar lettergraph.jar ingest FILE...")
			.contains("--dry-run").contains("--format text|csv|record|legislators").contains("--token-file")
			.contains("--user NAME").contains("LETTERGRAPH_PASSWORD").contains("--lettergraph.embedded.data-dir")
			.contains("exit codes: 0 done, 1 a file had problems").contains("3 database could not be opened")
			.contains("4 not an editor");
		assertThat(inProcess("ingest", "--help").out()).isEqualTo(help.out());
		assertThat(inProcess("help", "import").out()).contains("5 the database already holds data");
		assertThat(inProcess("help", "generate").out()).contains("--letters N").contains("exit codes: 0 done, 2");

		CommandRun unknown = inProcess("help", "ingset");
		assertThat(unknown.code()).isEqualTo(2);
		assertThat(unknown.err()).contains("unknown command 'ingset'");
	}

	@Test
	void optionsAloneStartTheServiceAndHelpAmongThemDoesNot() throws Exception {
		assertThat(Commands.run(new String[0])).isNull();
		assertThat(Commands.run(new String[] { "--server.port=9000" })).isNull();
		CommandRun help = inProcess("--server.port=9000", "--help");
		assertThat(help.code()).isZero();
		assertThat(help.out()).contains("commands:");
	}

	record Result(int code, String output) {
	}

	/** Help and unknown words are answered in this JVM, before anything starts. */
	private static CommandRun inProcess(String... args) {
		return CommandRun.capture(() -> Commands.run(args));
	}

	/** The jar's main class in a JVM of its own, as {@code java -jar} runs it; output and error together. */
	private static Result jar(String... args) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
				Main.class.getName()));
		command.addAll(List.of(args));
		Path output = Files.createTempFile("lettergraph-command", ".txt");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		try {
			// A service started by mistake would run until stopped.
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exited within 60 s").isTrue();
			return new Result(process.exitValue(), Files.readString(output));
		}
		finally {
			process.destroyForcibly();
			Files.delete(output);
		}
	}
}
