package org.lettergraph.bench;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
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

/**
 * A bounded load run against a running service: a fixed number of GraphQL requests over HTTP from a fixed number of
 * clients, mixing the organizers' reads with sign-on letters written through {@code ingestLetter}. It stops by itself,
 * then reads every letter it wrote back and counts the ones that are missing or short of signers (lost writes).
 * <p>
 * What is sent (the reads and the made-up letters, deterministic for a run id) is {@link LoadRequests}'s; this class
 * drives the clients, times every request and checks the writes afterwards. Nothing in the run is timed against a
 * target; it reports what it saw.
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

	private final Settings settings;

	private LoadRun(Settings settings) {
		this.settings = settings;
	}

	public static Result run(Settings settings) throws IOException, InterruptedException {
		return new LoadRun(settings).run();
	}

	private Result run() throws IOException, InterruptedException {
		LoadRequests requests = LoadRequests.start(this.settings);
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
							LoadRequests.Written letter = requests.write(i);
							written.put(letter.id(), letter.signers());
						}
						else {
							requests.read(random);
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
			JsonNode found = requests.letter(letter.getKey());
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
}
