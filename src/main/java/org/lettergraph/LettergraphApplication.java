package org.lettergraph;

import java.util.Arrays;

import org.lettergraph.bench.BenchCommand;
import org.lettergraph.embedded.EmbeddedStartException;
import org.lettergraph.generate.GenerateCommand;

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

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("bench")) {
			System.exit(BenchCommand.run(args));
		}
		if (args.length > 0 && args[0].equals("generate")) {
			System.exit(GenerateCommand.run(args));
		}
		if (args.length > 0 && (args[0].equals("ingest") || args[0].equals("load-corpus"))) {
			System.exit(runCommand(args[0], args));
		}
		SpringApplication.run(LettergraphApplication.class, args);
	}

	/** Runs a command such as {@code ingest} to completion and returns its exit code. */
	public static int runCommand(String command, String[] args) {
		SpringApplication application = new SpringApplication(LettergraphApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setLogStartupInfo(false);
		application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
		String[] withCommand = Arrays.copyOf(args, args.length + 2);
		withCommand[args.length] = "--lettergraph.command=" + command;
		withCommand[args.length + 1] = "--logging.level.root=WARN";
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
