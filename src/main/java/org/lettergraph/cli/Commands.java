package org.lettergraph.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lettergraph.LettergraphApplication;
import org.lettergraph.backup.ExportCommand;
import org.lettergraph.backup.ImportCommand;
import org.lettergraph.bench.BenchCommand;
import org.lettergraph.bench.LoadCommand;
import org.lettergraph.embedded.EmbeddedStartFailureAnalyzer;
import org.lettergraph.generate.GenerateCommand;
import org.lettergraph.generate.LoadCorpusCommand;
import org.lettergraph.graph.Neo4jServerFailureAnalyzer;
import org.lettergraph.ingest.IngestCommand;
import org.lettergraph.security.Secrets;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * The jar's command line: which word runs which command, and every command's help, in one place. Help and unknown
 * words are answered here, before Spring or Neo4j start, so {@code --help} is instant. Each command keeps its own
 * usage line (it prints it on a usage error); this class only gathers them. Nothing but {@link Main} calls it.
 */
public final class Commands {

	/** One command: what it does, its usage, and its exit codes other than 0. */
	record Command(String name, String summary, String usage, String exitCodes) {
	}

	/** Exit code when the database could not be opened (data folder in use, server unreachable, sign-in refused). */
	static final int DATABASE_UNAVAILABLE = 3;

	private static final String SHARED_OPTIONS = """
			Like the service, it opens the embedded data folder (--lettergraph.embedded.data-dir=DIR, default ./data;
			the folder cannot be shared with a running service) or the server in NEO4J_URI, and takes the
			service's --NAME=VALUE options.""";

	static final Map<String, Command> ALL = index(
			new Command("ingest", "bring letters in from files: plain text, sign-on CSV exports, letter records, "
					+ "congress-legislators YAML", IngestCommand.USAGE + "\n" + SHARED_OPTIONS,
					"1 a file had problems (each is named), 2 usage error, 3 database could not be opened, "
							+ "4 not an editor"),
			new Command("export", "write the whole graph to a JSON Lines file (a backup; no sign-in needed)",
					ExportCommand.USAGE + "\n" + SHARED_OPTIONS,
					"1 not written (no file is left), 2 usage error, 3 database could not be opened"),
			new Command("import", "restore an export into an empty database (needs an editor)",
					ImportCommand.USAGE + "\n" + SHARED_OPTIONS,
					"1 the file is wrong (the line is named; nothing written), 2 usage error, 3 database could not be "
							+ "opened, 4 not an editor, 5 the database already holds data (nothing changed)"),
			new Command("load-corpus", "load a folder written by generate through the write path, in batches",
					LoadCorpusCommand.USAGE + "\n" + SHARED_OPTIONS,
					"1 a batch had problems, 2 usage error, 3 database could not be opened, 4 not an editor"),
			new Command("generate", "write a synthetic corpus as letter records (no database)",
					GenerateCommand.USAGE, "2 usage error"),
			new Command("bench", "the benchmark suite: generates corpora, starts its own services, prints a report",
					BenchCommand.USAGE, "1 GraphQL and raw Cypher answers differ, or the report was not written; "
							+ "2 usage error"),
			new Command("load", "a bounded load run (reads and writes) against a running service",
					LoadCommand.USAGE, "1 an error or a lost write, 2 usage error"),
			new Command("hash-password", "print the hash of a password (typed, or on standard input) for the "
					+ "configuration",
					"usage: java -jar lettergraph.jar hash-password   (then type the password; at least 12 characters)",
					"2 password too short"),
			new Command("new-token", "print a new API token and the hash to configure for it",
					"usage: java -jar lettergraph.jar new-token", "none"));

	private Commands() {
	}

	/**
	 * Start-up failures a person can act on (data folder in use, port taken, server unreachable, sign-in refused):
	 * a command prints these two lines, where the service prints Boot's "APPLICATION FAILED TO START" block.
	 */
	private static final List<FailureAnalyzer> START_FAILURES = List.of(new EmbeddedStartFailureAnalyzer(),
			new Neo4jServerFailureAnalyzer());

	/** Runs a command such as {@code ingest} to completion and returns its exit code. */
	public static int runCommand(String command, String[] args) {
		SpringApplication application = new SpringApplication(LettergraphApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setLogStartupInfo(false);
		application.setBannerMode(Banner.Mode.OFF);
		List<String> withCommand = new ArrayList<>(Arrays.asList(args));
		withCommand.add("--lettergraph.command=" + command);
		withCommand.add("--logging.level.root=WARN");
		// A failed start is told by the command itself in a line or two (below); Spring's own report of it (the
		// failure with its stack trace, some 170 lines) would bury that.
		withCommand.add("--logging.level.org.springframework.boot.SpringApplication=OFF");
		withCommand.add("--logging.level.org.springframework.boot.diagnostics=OFF");
		withCommand.add("--logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=ERROR");
		// export is a read and import restores into an empty database: neither loads the bundled dataset.
		if (command.equals("export") || command.equals("import")) {
			withCommand.add("--lettergraph.bundled-data=false");
		}
		try {
			return SpringApplication.exit(application.run(withCommand.toArray(String[]::new)));
		}
		catch (RuntimeException ex) {
			for (FailureAnalyzer analyzer : START_FAILURES) {
				FailureAnalysis analysis = analyzer.analyze(ex);
				if (analysis != null) {
					System.err.println(command + ": " + analysis.getDescription());
					System.err.println(analysis.getAction());
					return DATABASE_UNAVAILABLE;
				}
			}
			throw ex;
		}
	}

	private static Map<String, Command> index(Command... commands) {
		Map<String, Command> byName = new LinkedHashMap<>();
		Arrays.stream(commands).forEach(c -> byName.put(c.name(), c));
		return byName;
	}

	/**
	 * Runs the command the arguments name, or answers help or an unknown word.
	 * @return the exit code, or {@code null} when the arguments start the service (none, or only --options)
	 */
	public static Integer run(String[] args) throws Exception {
		String first = (args.length > 0) ? args[0] : "";
		List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
		boolean helpAsked = rest.contains("--help") || rest.contains("-h");
		if (ALL.containsKey(first) && helpAsked) {
			return help(first, System.out, System.err);
		}
		return switch (first) {
			case "help", "--help", "-h" -> help(rest.isEmpty() ? null : rest.get(0), System.out, System.err);
			case "ingest", "load-corpus", "export", "import" -> runCommand(first, args);
			case "generate" -> GenerateCommand.run(args);
			case "bench" -> BenchCommand.run(args);
			case "load" -> LoadCommand.run(args);
			case "hash-password" -> Secrets.hashPassword();
			case "new-token" -> Secrets.newToken();
			default -> {
				if (first.isEmpty() || first.startsWith("--")) {
					// the service, with Spring options such as --server.port=9000, unless help is asked for
					yield (helpAsked) ? help(null, System.out, System.err) : null;
				}
				// A mistyped command must not start a service in its place.
				System.err.println("unknown command '" + first + "'; see java -jar lettergraph.jar --help");
				yield 2;
			}
		};
	}

	/** Prints the list of commands, or one command's help; an unknown name is a usage error (2). */
	static int help(String command, PrintStream out, PrintStream err) {
		if (command == null) {
			out.println(overview());
			return 0;
		}
		Command c = ALL.get(command);
		if (c == null) {
			err.println("unknown command '" + command + "'; see java -jar lettergraph.jar --help");
			return 2;
		}
		out.println(command + ": " + c.summary() + "\n\n" + c.usage() + "\n\nexit codes: 0 done"
				+ (c.exitCodes().equals("none") ? "" : ", " + c.exitCodes()));
		return 0;
	}

	static String overview() {
		StringBuilder text = new StringBuilder("""
				lettergraph: who stands behind advocacy letters, a Neo4j graph served through GraphQL.

				usage: java -jar lettergraph.jar [--NAME=VALUE ...]     the service (e.g. --server.port=9000)
				       java -jar lettergraph.jar COMMAND [ARGS ...]     a command, which runs and exits
				       java -jar lettergraph.jar help COMMAND           a command's options (also COMMAND --help)

				commands:
				""");
		ALL.values().forEach(c -> text.append(String.format(Locale.ROOT, "  %-14s%s%n", c.name(), c.summary())));
		text.append("""

				exit codes: 0 done; 1 the command's work failed (it says what); 2 usage error or unknown command;
				3 the database could not be opened (data folder in use by a running service, server unreachable,
				sign-in to the server refused); 4 the caller is not an editor; 5 import into a database that holds
				data. Each command's help lists its own.""");
		return text.toString();
	}
}
