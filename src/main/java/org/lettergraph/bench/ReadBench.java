package org.lettergraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lettergraph.bench.BenchSuite.HubWithoutIndex;
import org.lettergraph.bench.BenchSuite.ReadResult;
import org.lettergraph.graph.CypherQueries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times reads against a running service: each {@link ReadCase} through {@code POST /graphql} and as its raw
 * statement over the driver (answers compared first, statements per request counted), then a warm-up and
 * {@code reps} sequential runs of each side, with the process CPU per run and the raw statement's db hits.
 * <p>
 * The GraphQL side goes through {@link PlainHttp}, one kept connection, as the raw side goes through the driver's
 * pooled Bolt connection; the JDK {@code HttpClient} hands each exchange between its own threads, which the fixed
 * cost bench measured at 1.2–1.5 times the plain client's time for an empty request.
 * <p>
 * Each side is warmed up by {@link Warmup}: {@code warmup} runs at least, then on until the JIT has settled (at most
 * {@code settle} seconds); the log line of each read says how many runs that took and how long the JIT still
 * compiled while the runs were measured.
 */
final class ReadBench {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final int warmup;

	private final int settle;

	private final int reps;

	private final PrintStream log;

	private double lastCpuPerRun = Double.NaN;

	private int lastWarmupRuns;

	private long lastCompiledMillis;

	ReadBench(int warmup, int settle, int reps, PrintStream log) {
		this.warmup = warmup;
		this.settle = settle;
		this.reps = reps;
		this.log = log;
	}

	List<ReadResult> reads(ConfigurableApplicationContext context, StatementCounter counter, List<ReadCase> cases) {
		Driver driver = context.getBean(Driver.class);
		URI graphql = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port")
				+ "/graphql");
		List<ReadResult> results = new ArrayList<>();
		try (PlainHttp http = new PlainHttp(graphql.getHost(), graphql.getPort())) {
			for (ReadCase c : cases) {
				results.add(read(driver, counter, http, graphql, c));
			}
		}
		return results;
	}

	private ReadResult read(Driver driver, StatementCounter counter, PlainHttp http, URI graphql, ReadCase c) {
		List<String> rawAnswer = c.fromRows().apply(raw(driver, c));
		counter.takeCount();
		List<String> gqlAnswer = c.fromJson().apply(graphQl(http, graphql, c));
		int statements = counter.takeCount();
		boolean same = rawAnswer.equals(gqlAnswer);
		if (!same) {
			this.log.printf("ANSWERS DIFFER for %s:%n  graphql %s%n  raw     %s%n", c.name(),
					head(gqlAnswer), head(rawAnswer));
		}
		Timings raw = time(() -> raw(driver, c));
		double rawCpu = this.lastCpuPerRun;
		int rawWarmup = this.lastWarmupRuns;
		long rawCompiled = this.lastCompiledMillis;
		Timings gql = time(() -> graphQl(http, graphql, c));
		double gqlCpu = this.lastCpuPerRun;
		this.log.printf("%-45s graphql median %8.1f ms p99 %8.1f | raw median %8.1f ms p99 %8.1f | %d statements"
				+ " | process CPU per run: graphql %.2f ms, raw %.2f ms | warm-up runs: graphql %d, raw %d | JIT"
				+ " compiling while measured: graphql %d ms, raw %d ms%n", c.name(), gql.median(), gql.p99(),
				raw.median(), raw.p99(), statements, gqlCpu, rawCpu, this.lastWarmupRuns, rawWarmup,
				this.lastCompiledMillis, rawCompiled);
		long dbHits = dbHits(driver, c.cypher(), c.params());
		return new ReadResult(c.name(), gql, raw, statements, same, rawAnswer.size(), dbHits, gqlCpu, rawCpu);
	}

	/** The hub's co-signers through the service's own Cypher, as answered when the index is not current. */
	HubWithoutIndex hubWithoutIndex(ConfigurableApplicationContext context, String hub) {
		Driver driver = context.getBean(Driver.class);
		String cypher = context.getBean(CypherQueries.class).get("network/co-signers");
		Map<String, Object> params = Map.of("actorId", hub, "minShared", 1, "limit", 50);
		Timings timings = time(() -> driver.executableQuery(cypher).withParameters(params).execute());
		long dbHits = dbHits(driver, cypher, params);
		this.log.printf("%-45s service Cypher median %8.1f ms p99 %8.1f | %d db hits%n", "(b) hub without the index",
				timings.median(), timings.p99(), dbHits);
		return new HubWithoutIndex(timings, dbHits);
	}

	/** The db hits of a statement's profiled plan, all operators summed. */
	static long dbHits(Driver driver, String cypher, Map<String, Object> params) {
		String profiled = cypher.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + "\n" + b);
		return sum(driver.executableQuery("PROFILE " + profiled.strip()).withParameters(params).execute().summary()
			.profile());
	}

	private static long sum(org.neo4j.driver.summary.ProfiledPlan plan) {
		long hits = plan.dbHits();
		for (org.neo4j.driver.summary.ProfiledPlan child : plan.children()) {
			hits += sum(child);
		}
		return hits;
	}

	private static long processCpuNanos() {
		return (java.lang.management.ManagementFactory
			.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) ? os.getProcessCpuTime()
					: -1;
	}

	private Timings time(Runnable request) {
		this.lastWarmupRuns = Warmup.settle(request, this.warmup, this.settle);
		long compiledBefore = Warmup.compiledMillis();
		double[] millis = new double[this.reps];
		long cpuStart = processCpuNanos();
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			request.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		this.lastCompiledMillis = Warmup.compiledMillis() - compiledBefore;
		this.lastCpuPerRun = (processCpuNanos() - cpuStart) / 1e6 / millis.length;
		return new Timings(millis);
	}

	private static List<Record> raw(Driver driver, ReadCase c) {
		return driver.executableQuery(c.cypher()).withParameters(c.params()).execute().records();
	}

	private static JsonNode graphQl(PlainHttp http, URI uri, ReadCase c) {
		try {
			PlainHttp.Response response = http.post(uri.getPath(),
					JSON.writeValueAsString(Map.of("query", c.graphQl(), "variables", c.variables())));
			JsonNode json = JSON.readTree(response.body());
			if (response.status() != 200 || json.has("errors")) {
				throw new IllegalStateException(c.name() + ": HTTP " + response.status() + " " + response.body());
			}
			return json.get("data");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> head(List<String> answer) {
		return answer.subList(0, Math.min(5, answer.size()));
	}
}
