package org.lettergraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A bounded load run against a running service: a fixed number of GraphQL requests over HTTP from a fixed number of
 * clients, mixing the organizers' reads with sign-on letters written through {@code ingestLetter}. It stops by itself,
 * then reads every letter it wrote back and counts the ones that are missing or short of signers (lost writes).
 * <p>
 * The letters are made up here, deterministic for a run id, and share a small pool of signing groups so that
 * concurrent writes touch the same nodes. Nothing in the run is timed against a target; it reports what it saw.
 */
public final class LoadRun {

	/**
	 * @param graphql       the service's {@code /graphql} address
	 * @param clients       concurrent clients, each sending its next request when the last one is answered
	 * @param requests      requests in all
	 * @param writeShare    the share of requests that write a letter (0 to 1)
	 * @param runId         makes this run's letters its own; the same id writes the same letters again
	 * @param authorization the {@code Authorization} header sent with every request (an editor's, for writes)
	 */
	public record Settings(URI graphql, int clients, int requests, double writeShare, String runId,
			String authorization) {
	}

	/** Latency percentiles of one kind of request, in milliseconds. */
	public record Latency(int count, double p50, double p95, double p99, double max) {

		static Latency of(List<Long> nanos) {
			if (nanos.isEmpty()) {
				return new Latency(0, 0, 0, 0, 0);
			}
			List<Long> sorted = new ArrayList<>(nanos);
			Collections.sort(sorted);
			return new Latency(sorted.size(), at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
					sorted.get(sorted.size() - 1) / 1e6);
		}

		private static double at(List<Long> sorted, double quantile) {
			int index = (int) Math.ceil(quantile * sorted.size()) - 1;
			return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
		}

		String line(String kind) {
			return String.format(Locale.ROOT, "%-7s %6d   p50 %8.1f ms   p95 %8.1f ms   p99 %8.1f ms   max %8.1f ms",
					kind, this.count, this.p50, this.p95, this.p99, this.max);
		}
	}

	/**
	 * @param errors     every request that failed (HTTP status, GraphQL error, ingest error or no answer), with why
	 * @param lostWrites letters acknowledged as written but missing, or holding other than their signers, afterwards
	 */
	public record Result(int requests, int clients, List<String> errors, int writesAcknowledged,
			List<String> lostWrites, long wallNanos, Latency reads, Latency writes, Latency all) {

		public double requestsPerSecond() {
			return this.requests / (this.wallNanos / 1e9);
		}

		public String summary() {
			return String.format(Locale.ROOT,
					"%d requests from %d clients in %.1f s (%.0f requests/s): %d errors, %d letters written, %d lost%n",
					this.requests, this.clients, this.wallNanos / 1e9, requestsPerSecond(), this.errors.size(),
					this.writesAcknowledged, this.lostWrites.size())
					+ this.reads.line("reads") + "\n" + this.writes.line("writes") + "\n" + this.all.line("all") + "\n";
		}
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Signing groups the made-up letters draw from: few enough that concurrent letters share signers. */
	private static final List<String> FIRST = List.of("Harbor", "Prairie", "Granite", "Juniper", "Lantern", "Meadow",
			"Orchard", "Summit");

	private static final List<String> SECOND = List.of("Tenants Union", "Workers Center", "Faith Network",
			"Legal Aid Society", "Youth Alliance", "Farmworker Project");

	private static final String READ_LETTER = """
			query($id: ID!) { letter(id: $id) { id title date
			  signers(first: 100) { totalCount edges { role node { id name letterCount } } } } }""";

	private static final String READ_CO_SIGNERS = """
			query($id: ID!) { coSigners(actorId: $id, first: 20) { count actor { id name } } }""";

	private static final String READ_LETTERS = """
			query($from: Date, $to: Date) { letters(where: {from: $from, to: $to}, first: 50) {
			  totalCount edges { node { id title date } } } }""";

	private static final String READ_PATH = """
			query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length steps { id } } }""";

	private static final String READ_SEARCH = """
			query($text: String!) { search(text: $text, first: 10) { id name kind } }""";

	private static final String WRITE = """
			mutation($record: String!) { ingestLetter(input: {record: $record}) {
			  letter { id signers(first: 1) { totalCount } } errors { message } } }""";

	private static final String CHECK = """
			query($id: ID!) { letter(id: $id) { signers(first: 1) { totalCount } } }""";

	private final Settings settings;

	private final HttpClient http;

	private LoadRun(Settings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public static Result run(Settings settings) throws IOException, InterruptedException {
		return new LoadRun(settings).run();
	}

	private Result run() throws IOException, InterruptedException {
		Targets targets = targets();
		List<String> errors = Collections.synchronizedList(new ArrayList<>());
		List<Long> reads = Collections.synchronizedList(new ArrayList<>());
		List<Long> writes = Collections.synchronizedList(new ArrayList<>());
		Map<String, Integer> written = new ConcurrentHashMap<>();
		AtomicInteger next = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(this.settings.clients());
		long started = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < this.settings.clients(); c++) {
			running.add(clients.submit(() -> {
				for (int i = next.getAndIncrement(); i < this.settings.requests(); i = next.getAndIncrement()) {
					Random random = new Random(this.settings.runId().hashCode() * 31L + i);
					// Writes spread evenly: exactly requests × writeShare of them (rounded down).
					double share = this.settings.writeShare();
					boolean write = Math.floor((i + 1) * share) > Math.floor(i * share);
					long begun = System.nanoTime();
					try {
						if (write) {
							Letter letter = letter(i);
							JsonNode payload = post(WRITE, Map.of("record", letter.record())).path("ingestLetter");
							if (payload.path("errors").size() > 0) {
								throw new IllegalStateException("ingest refused: " + payload.path("errors"));
							}
							written.put(payload.path("letter").path("id").asText(), letter.signers());
						}
						else {
							read(random, targets);
						}
					}
					catch (Exception ex) {
						errors.add("request " + i + (write ? " (write)" : " (read)") + ": " + ex.getMessage());
					}
					finally {
						(write ? writes : reads).add(System.nanoTime() - begun);
					}
				}
			}));
		}
		clients.shutdown();
		if (!clients.awaitTermination(1, TimeUnit.HOURS)) {
			clients.shutdownNow();
			throw new IllegalStateException("the load run did not finish within an hour");
		}
		long wall = System.nanoTime() - started;
		List<String> lost = new ArrayList<>();
		for (Map.Entry<String, Integer> letter : written.entrySet()) {
			JsonNode found = post(CHECK, Map.of("id", letter.getKey())).path("letter");
			int signers = found.path("signers").path("totalCount").asInt(-1);
			if (found.isMissingNode() || found.isNull() || signers != letter.getValue()) {
				lost.add(letter.getKey() + ": expected " + letter.getValue() + " signers, found "
						+ (found.isNull() ? "no letter" : signers));
			}
		}
		List<Long> all = new ArrayList<>(reads);
		all.addAll(writes);
		return new Result(this.settings.requests(), this.settings.clients(), List.copyOf(errors), written.size(),
				lost, wall, Latency.of(reads), Latency.of(writes), Latency.of(all));
	}

	/** Ids the reads ask about, found in the graph before the run. */
	private record Targets(List<String> letters, List<String> actors) {
	}

	private Targets targets() throws IOException, InterruptedException {
		JsonNode page = post("""
				{ letters(first: 50) { edges { node { id signers(first: 20) { edges { node { id } } } } } } }""",
				Map.of()).path("letters").path("edges");
		List<String> letters = new ArrayList<>();
		List<String> actors = new ArrayList<>();
		for (JsonNode edge : page) {
			letters.add(edge.path("node").path("id").asText());
			for (JsonNode signer : edge.path("node").path("signers").path("edges")) {
				String id = signer.path("node").path("id").asText();
				if (!actors.contains(id)) {
					actors.add(id);
				}
			}
		}
		if (letters.isEmpty() || actors.size() < 2) {
			throw new IllegalStateException("The graph at " + this.settings.graphql()
					+ " holds too little to read from: load a dataset first.");
		}
		return new Targets(letters, actors);
	}

	private void read(Random random, Targets targets) throws IOException, InterruptedException {
		String letter = targets.letters().get(random.nextInt(targets.letters().size()));
		String actor = targets.actors().get(random.nextInt(targets.actors().size()));
		String other = targets.actors().get(random.nextInt(targets.actors().size()));
		while (other.equals(actor)) {
			other = targets.actors().get(random.nextInt(targets.actors().size()));
		}
		switch (random.nextInt(5)) {
			case 0 -> post(READ_LETTER, Map.of("id", letter));
			case 1 -> post(READ_CO_SIGNERS, Map.of("id", actor));
			case 2 -> {
				int year = 2010 + random.nextInt(15);
				post(READ_LETTERS, Map.of("from", year + "-01-01", "to", (year + 2) + "-12-31"));
			}
			case 3 -> post(READ_PATH, Map.of("from", actor, "to", other));
			default -> post(READ_SEARCH, Map.of("text", FIRST.get(random.nextInt(FIRST.size())).substring(0, 4)));
		}
	}

	/** A made-up sign-on letter: its record (JSON) and how many sign it. */
	private record Letter(String record, int signers) {
	}

	private Letter letter(int index) throws IOException {
		Random random = new Random(this.settings.runId().hashCode() * 17L + index);
		List<String> names = new ArrayList<>();
		int count = 3 + random.nextInt(10);
		while (names.size() < count) {
			String name = FIRST.get(random.nextInt(FIRST.size())) + " " + SECOND.get(random.nextInt(SECOND.size()));
			if (!names.contains(name)) {
				names.add(name);
			}
		}
		String title = "Load run " + this.settings.runId() + " letter " + index;
		String date = LocalDate.of(2020, 1, 1).plusDays(index % 1500).toString();
		String source = "source:load-run-" + this.settings.runId().toLowerCase(Locale.ROOT) + "-" + index;
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("title", title);
		record.put("date", date);
		record.put("sources", List.of(source));
		record.put("sourceDetails", List.of(Map.of("id", source, "title", title, "publisher", "lettergraph load run",
				"date", date, "kind", "LETTER")));
		record.put("signers", names);
		return new Letter(JSON.writeValueAsString(record), names.size());
	}

	private JsonNode post(String document, Map<String, Object> variables) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.settings.graphql())
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("query", document, "variables", variables))));
		if (this.settings.authorization() != null) {
			request.header("Authorization", this.settings.authorization());
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
		}
		JsonNode body = JSON.readTree(response.body());
		if (body.path("errors").size() > 0) {
			throw new IllegalStateException("GraphQL errors: " + body.path("errors"));
		}
		return body.path("data");
	}
}
