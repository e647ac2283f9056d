package org.lettergraph;

import java.util.Arrays;

import org.lettergraph.bench.BenchCommand;
import org.lettergraph.bench.LoadCommand;
import org.lettergraph.embedded.EmbeddedStartException;
import org.lettergraph.generate.GenerateCommand;
import org.lettergraph.security.Secrets;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The service ({@code java -jar lettergraph.jar}) and its commands ({@code java -jar lettergraph.jar ingest …}),
 * which run without a web server against the same database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LettergraphApplication {

	public static void main(String[] args) throws Exception {
		String command = (args.length > 0) ? args[0] : "";
		switch (command) {
			case "ingest", "load-corpus", "export", "import" -> System.exit(runCommand(command, args));
			case "generate" -> System.exit(GenerateCommand.run(args));
			case "bench" -> System.exit(BenchCommand.run(args));
			case "load" -> System.exit(LoadCommand.run(args));
			case "hash-password" -> System.exit(Secrets.hashPassword());
			case "new-token" -> System.exit(Secrets.newToken());
			default -> {
				// the service
			}
		}
		SpringApplication.run(LettergraphApplication.class, args);
	}

	/** Runs a command such as {@code ingest} to completion and returns its exit code. */
	public static int runCommand(String command, String[] args) {
		SpringApplication application = new SpringApplication(LettergraphApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setLogStartupInfo(false);
		application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
		// export is a read and import restores into an empty database: neither loads the bundled dataset.
		boolean backup = command.equals("export") || command.equals("import");
		String[] withCommand = Arrays.copyOf(args, args.length + (backup ? 3 : 2));
		withCommand[args.length] = "--lettergraph.command=" + command;
		withCommand[args.length + 1] = "--logging.level.root=WARN";
		if (backup) {
			withCommand[args.length + 2] = "--lettergraph.bundled-data=false";
		}
		try {
			return SpringApplication.exit(application.run(withCommand));
		}
		catch (RuntimeException ex) {
			for (Throwable t = ex; t != null; t = t.getCause()) {
				if (t instanceof EmbeddedStartException start) {
					System.err.println(start.getMessage());
					return 3;
				}
			}
			throw ex;
		}
	}
}
