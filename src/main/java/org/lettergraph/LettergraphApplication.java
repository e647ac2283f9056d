package org.lettergraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lettergraph.embedded.EmbeddedStartFailureAnalyzer;
import org.lettergraph.graph.Neo4jServerFailureAnalyzer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * The service ({@code java -jar lettergraph.jar}) and its commands ({@code java -jar lettergraph.jar ingest …}),
 * which run without a web server against the same database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LettergraphApplication {

	public static void main(String[] args) throws Exception {
		Integer exitCode = Commands.run(args);
		if (exitCode != null) {
			System.exit(exitCode);
		}
		SpringApplication.run(LettergraphApplication.class, args);
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
		application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
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
					return Commands.DATABASE_UNAVAILABLE;
				}
			}
			throw ex;
		}
	}
}
