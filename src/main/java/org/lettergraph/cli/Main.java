package org.lettergraph.cli;

import org.lettergraph.LettergraphApplication;

import org.springframework.boot.SpringApplication;

/**
 * {@code java -jar lettergraph.jar}: a command word runs that command ({@link Commands}); none, or only
 * {@code --NAME=VALUE} options, starts the service.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) throws Exception {
		Integer exitCode = Commands.run(args);
		if (exitCode != null) {
			System.exit(exitCode);
		}
		SpringApplication.run(LettergraphApplication.class, args);
	}
}
