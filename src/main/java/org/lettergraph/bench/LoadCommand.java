package org.lettergraph.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code java -jar lettergraph.jar load [--url URL] [--clients N] [--requests N] [--writes SHARE] [--run-id ID]
 * [--token-file FILE]}: the bounded load run ({@link LoadRun}) against a running service. Exits 0 when every request
 * was answered without an error and no write was lost, 1 otherwise, 2 on a usage error.
 */
public final class LoadCommand {

	public static final String USAGE = """
			usage: java -jar lettergraph.jar load [--url http://localhost:8080/graphql] [--clients 20]
			         [--requests 2000] [--writes 0.1] [--run-id ID] [--token-file FILE]
			  Sends a fixed number of GraphQL requests from a fixed number of clients, one in ten (--writes) a
			  made-up sign-on letter, then checks every letter written is there. Writes need an editor's API token
			  (--token-file); the service must already hold some letters to read.""";

	private LoadCommand() {
	}

	public static int run(String[] args) throws InterruptedException {
		URI url = URI.create("http://localhost:8080/graphql");
		int clients = 20;
		int requests = 2000;
		double writes = 0.1;
		String runId = Long.toString(System.currentTimeMillis(), 36);
		String authorization = null;
		try {
			for (int i = 1; i < args.length; i++) {
				String value = (i + 1 < args.length) ? args[i + 1] : null;
				switch (args[i]) {
					case "--url" -> url = URI.create(value);
					case "--clients" -> clients = Integer.parseInt(value);
					case "--requests" -> requests = Integer.parseInt(value);
					case "--writes" -> writes = Double.parseDouble(value);
					case "--run-id" -> runId = value;
					case "--token-file" ->
						authorization = "Bearer " + Files.readString(Path.of(value), StandardCharsets.UTF_8).strip();
					default -> throw new IllegalArgumentException("unknown option " + args[i]);
				}
				i++;
			}
			if (clients < 1 || requests < 1 || writes < 0 || writes > 1 || runId == null) {
				throw new IllegalArgumentException("clients and requests must be at least 1, writes between 0 and 1");
			}
			if (writes > 0 && authorization == null) {
				throw new IllegalArgumentException("writes need an editor's API token: --token-file FILE "
						+ "(or --writes 0 for reads only)");
			}
		}
		catch (IOException | RuntimeException ex) {
			System.err.println(ex.getMessage() + "\n" + USAGE);
			return 2;
		}
		System.out.printf(Locale.ROOT, "load run %s: %d requests, %d clients, %.0f%% writes, against %s%n", runId,
				requests, clients, writes * 100, url);
		try {
			LoadRun.Result result = LoadRun.run(new LoadRun.Settings(url, clients, requests, writes, runId,
					authorization));
			System.out.print(result.summary());
			result.errors().stream().limit(10).forEach(e -> System.out.println("  error: " + e));
			result.lostWrites().stream().limit(10).forEach(e -> System.out.println("  lost: " + e));
			return (result.errors().isEmpty() && result.lostWrites().isEmpty()) ? 0 : 1;
		}
		catch (IOException | IllegalStateException ex) {
			System.err.println("The load run could not start: " + ex.getMessage());
			return 1;
		}
	}
}
