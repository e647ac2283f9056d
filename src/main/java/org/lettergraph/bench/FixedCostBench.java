package org.lettergraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lettergraph.generate.Corpus;
import org.lettergraph.generate.CorpusGenerator;
import org.lettergraph.generate.CorpusLoader;
import org.lettergraph.generate.CorpusSpec;
import org.lettergraph.graph.CypherQueries;
import org.lettergraph.graph.Fragment;
import org.lettergraph.graph.Rows;
import org.lettergraph.network.CoSignatureIndex;
import org.lettergraph.network.NetworkProperties;
import org.lettergraph.security.Authorship;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench --only fixed-cost}: what a GraphQL request costs beyond its Cypher, on one loaded store. Four requests
 * are timed, interleaved (one of each in a shuffled order each round, so a busy moment of the machine falls on all
 * alike), the two over HTTP each with two clients: {@link PlainHttp}, which does no more than HTTP/1.1 needs (as the
 * kept Bolt session does no more than Bolt needs), and the JDK's {@code HttpClient}:
 * <ul>
 * <li>{@code RETURN 1} over Bolt: one auto-commit statement in a driver session opened once and kept (no session to
 * open, the connection warm): one Bolt round trip, the smallest thing a client of the database can ask;</li>
 * <li>{@code { __typename }} through {@code POST /graphql}: one HTTP round trip on a kept-alive connection through the
 * whole service (servlet filters, security, GraphQL parsing, validation, limits, JSON both ways); no Cypher;</li>
 * <li>the service's own shortest-path statement ({@code network/shortest-path}, the same text and parameters the
 * service sends) as an auto-commit statement in the kept session, its rows read into Java values;</li>
 * <li>{@code shortestPath} through {@code POST /graphql}, between the same two actors.</li>
 * </ul>
 * The same statement is also timed in a read transaction of the kept session ({@code executeRead}), as the service
 * ran its reads before they became auto-commit statements, to show what the transaction alone adds. Client, service
 * and database share this JVM, so the process CPU per request (measured after the timings, each request run alone in a
 * block) counts the client's and the database's work too; it is less moved than latency by other processes sharing
 * the cores. Those blocks are timed as well: each request back to back, as the read bench runs its reads.
 * <p>
 * The warm-up goes on until the JIT has settled ({@link Warmup}); the report says how many rounds that took and how
 * long the JIT still compiled while the rounds were measured. Two cores compile this service for minutes: a run that
 * starts measuring while they do times the compiler as much as the requests.
 */
final class FixedCostBench {

	/** How many consecutive blocks the measured runs are cut into, to show how the ratios move within a run. */
	static final int BLOCKS = 5;

	static final String EMPTY = "{ __typename }";

	static final String PATH = "query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { length steps { id kind } } }";

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * One size's figures.
	 *
	 * @param return1         {@code RETURN 1}, auto-commit in a kept Bolt session
	 * @param empty           {@code { __typename }} over HTTP with the plain client ({@link PlainHttp})
	 * @param emptyJdk        the same with the JDK's {@code HttpClient}
	 * @param path            the shortest-path statement, auto-commit in the kept session
	 * @param pathRead        the same statement in a read transaction of the kept session
	 * @param pathGraphQl     {@code shortestPath} over HTTP with the plain client
	 * @param pathJdk         the same with the JDK's {@code HttpClient}
	 * @param pathRows        the same statement through the service's own read path ({@code Rows}: a read session
	 *                        per statement from the service's bookmarks, closed after), no HTTP and no GraphQL
	 * @param emptyStatements Cypher statements the service sent for one {@code { __typename }}
	 * @param pathStatements  the same for one {@code shortestPath}
	 * @param same            whether every side found a path of the same length between the same two actors, and
	 *                        the service's is a chain of signatures in the graph
	 * @param pathLength      relationships on the path
	 * @param emptyRatios     the empty request's ratio of medians (plain client) in each block of runs
	 * @param pathRatios      the shortest path's ratio of medians (plain client) in each block of runs
	 * @param cpu             process CPU milliseconds per run of each request, in the order above
	 * @param backToBack      each request's runs one after the other, in the order above (measured with the CPU:
	 *                        half as many runs as interleaved, each request alone, as the read bench runs them)
	 * @param warmupRounds    rounds of every request before the measured ones ({@link Warmup})
	 * @param compiledMillis  the JIT's compiling during the measured runs, all compiler threads summed
	 */
	record Result(int letters, Timings return1, Timings empty, Timings emptyJdk, Timings path, Timings pathRead,
			Timings pathGraphQl, Timings pathJdk, Timings pathRows, int emptyStatements, int pathStatements, boolean same,
			int pathLength, double[] emptyRatios, double[] pathRatios, double[] cpu, Timings[] backToBack,
			int warmupRounds, long compiledMillis) {
	}

	private final int warmup;

	private final int settle;

	private final int reps;

	private final PrintStream log;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	FixedCostBench(int warmup, int settle, int reps, PrintStream log) {
		this.warmup = warmup;
		this.settle = settle;
		this.reps = reps;
		this.log = log;
	}

	/** Each size of {@code --letters}: its corpus loaded (or the folder of an earlier run reused), then measured. */
	List<Result> run(BenchSuite.Options options) {
		List<Result> results = new ArrayList<>();
		for (int letters : options.sizes()) {
			int orgs = (options.orgs() > 0) ? options.orgs() : CorpusSpec.defaultOrgs(letters);
			Corpus corpus = CorpusGenerator.generate(new CorpusSpec(letters, orgs, options.seed()));
			BenchFolder folder = BenchFolder.prepare(options.dir(), letters, orgs, options.seed(), true);
			StatementCounter counter = new StatementCounter();
			ConfigurableApplicationContext context = BenchService.start(folder.service(), counter);
			try {
				if (!folder.reuse()) {
					CorpusLoader loader = context.getBean(CorpusLoader.class);
					Authorship.as(BenchSuite.EDITOR, () -> loader.load(corpus, options.batch()));
					folder.markLoaded();
				}
				// The co-signature index builds in the background after start-up: not while measuring.
				BenchService.awaitIndex(context.getBean(CoSignatureIndex.class));
				String[] distant = ReadCase.distantActors(corpus);
				results.add(measure(context, counter, letters, distant[0], distant[1]));
			}
			finally {
				context.close();
			}
		}
		return results;
	}

	Result measure(ConfigurableApplicationContext context, StatementCounter counter, int letters, String from,
			String to) {
		Driver driver = context.getBean(Driver.class);
		Rows rows = context.getBean(Rows.class);
		URI graphql = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port")
				+ "/graphql");
		String cypher = context.getBean(CypherQueries.class)
			.get("network/shortest-path")
			.replace("__TYPES__", "SIGNED|ENDORSED")
			.replace("__ROLES__", Fragment.TRUE.text());
		Map<String, Object> params = Map.of("from", from, "to", to, "maxHops", NetworkProperties.DEFAULT_HOPS);
		Map<String, Object> variables = Map.of("a", from, "b", to);
		try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
				PlainHttp plain = new PlainHttp(graphql.getHost(), graphql.getPort())) {
			Supplier<Object> return1 = () -> session.run("RETURN 1 AS one").single().get("one").asInt();
			Supplier<Object> empty = () -> plain(plain, graphql, EMPTY, Map.of()).path("__typename").asText();
			Supplier<Object> emptyJdk = () -> graphQl(graphql, EMPTY, Map.of()).path("__typename").asText();
			Supplier<Object> path = () -> pathIds(session.run(cypher, params).list());
			Supplier<Object> pathRead = () -> pathIds(session.executeRead(tx -> tx.run(cypher, params).list()));
			Map<String, Fragment> slots = Map.of("TYPES", Fragment.types(List.of("SIGNED", "ENDORSED")), "ROLES",
					Fragment.TRUE);
			Supplier<Object> pathRows = () -> nodeIds(rows.one("network/shortest-path", slots, params));
			Supplier<Object> pathGraphQl = () -> stepIds(plain(plain, graphql, PATH, variables));
			Supplier<Object> pathJdk = () -> stepIds(graphQl(graphql, PATH, variables));

			counter.takeCount();
			Object emptyAnswer = empty.get();
			int emptyStatements = counter.takeCount();
			Object graphQlPath = pathGraphQl.get();
			int pathStatements = counter.takeCount();
			Object rawPath = path.get();
			// Two shortest paths of the same length are both right (the service finds its path in the co-signature
			// index, which may pick another of them than Neo4j's search): the sides must agree on length and ends,
			// and the service's path must be a chain of real signatures.
			List<String> ends = ends(rawPath);
			boolean same = ends.equals(ends(graphQlPath)) && ends.equals(ends(pathJdk.get()))
					&& ends.equals(ends(pathRows.get())) && !((List<?>) rawPath).isEmpty()
					&& isChainOfSignatures(session, (List<?>) graphQlPath) && "Query".equals(emptyAnswer)
					&& "Query".equals(emptyJdk.get());
			if (!same) {
				this.log.printf("ANSWERS DIFFER: graphql %s / %s, raw %s%n", emptyAnswer, graphQlPath, rawPath);
			}

			List<Supplier<Object>> requests = List.of(return1, empty, emptyJdk, path, pathRead, pathGraphQl, pathJdk,
					pathRows);
			double[][] millis = new double[requests.size()][this.reps];
			int warmupRounds = Warmup.settle(() -> requests.forEach(Supplier::get), this.warmup, this.settle);
			long compiledBefore = Warmup.compiledMillis();
			// Each round runs the requests in a new order (shuffled, with a fixed seed so runs compare), so no request
			// always follows the same other: what one leaves running behind it (the JDK client's own threads after an
			// exchange, say) falls on every request alike. Turning the list by one each round would not do that: each
			// request would still always follow the one before it in the list.
			List<Integer> order = new ArrayList<>();
			for (int k = 0; k < requests.size(); k++) {
				order.add(k);
			}
			java.util.Random shuffle = new java.util.Random(7);
			for (int i = 0; i < this.reps; i++) {
				java.util.Collections.shuffle(order, shuffle);
				for (int which : order) {
					long start = System.nanoTime();
					requests.get(which).get();
					millis[which][i] = (System.nanoTime() - start) / 1e6;
				}
			}
			double[] cpu = new double[requests.size()];
			Timings[] backToBack = new Timings[requests.size()];
			int cpuRuns = Math.max(1, this.reps / 2);
			for (int k = 0; k < requests.size(); k++) {
				double[] alone = new double[cpuRuns];
				long cpuStart = processCpuNanos();
				for (int i = 0; i < cpuRuns; i++) {
					long start = System.nanoTime();
					requests.get(k).get();
					alone[i] = (System.nanoTime() - start) / 1e6;
				}
				cpu[k] = (processCpuNanos() - cpuStart) / 1e6 / cpuRuns;
				backToBack[k] = new Timings(alone);
			}
			long compiled = Warmup.compiledMillis() - compiledBefore;
			Result result = new Result(letters, new Timings(millis[0]), new Timings(millis[1]), new Timings(millis[2]),
					new Timings(millis[3]), new Timings(millis[4]), new Timings(millis[5]), new Timings(millis[6]),
					new Timings(millis[7]),
					emptyStatements, pathStatements, same, ((List<?>) rawPath).size() - 1,
					blockRatios(millis[1], millis[0]), blockRatios(millis[5], millis[3]), cpu, backToBack, warmupRounds,
					compiled);
			this.log.print(report(List.of(result)));
			return result;
		}
	}

	private static long processCpuNanos() {
		return (java.lang.management.ManagementFactory
			.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) ? os.getProcessCpuTime()
					: -1;
	}

	/** The ratio of the medians of {@code top} and {@code bottom} in each of {@link #BLOCKS} consecutive blocks. */
	static double[] blockRatios(double[] top, double[] bottom) {
		int blocks = Math.min(BLOCKS, top.length);
		double[] ratios = new double[blocks];
		for (int b = 0; b < blocks; b++) {
			int from = b * top.length / blocks;
			int to = (b + 1) * top.length / blocks;
			ratios[b] = new Timings(Arrays.copyOfRange(top, from, to)).median()
					/ new Timings(Arrays.copyOfRange(bottom, from, to)).median();
		}
		return ratios;
	}

	/** The markdown table of the fixed cost at each size. */
	static String report(List<Result> results) {
		StringBuilder md = new StringBuilder();
		md.append("| letters | RETURN 1, Bolt: median / p95 ms | { __typename }, HTTP, plain client: median / p95 ms"
				+ " | ratio (blocks min–max) | same, JDK HttpClient: median / p95 ms (ratio) | shortest path statement,"
				+ " Bolt auto-commit: median / p95 ms | same, Bolt read transaction | shortestPath, HTTP, plain client:"
				+ " median / p95 ms | ratio to auto-commit (blocks min–max) | same, JDK HttpClient (ratio) | the statement"
				+ " through the service's read path, no HTTP: median / p95 ms (ratio) | statements:"
				+ " empty / path | same path | process CPU per run ms: RETURN 1 / { __typename } plain / JDK / path"
				+ " auto-commit / path read transaction / shortestPath plain / JDK / read path |\n"
				+ "|---:|---:|---:|---|---:|---:|---:|---:|---|---:|---:|---|---|---|\n");
		for (Result r : results) {
			md.append(String.format(Locale.ROOT,
					"| %,d | %.2f / %.2f | %.2f / %.2f | **%.2f** (%s) | %.2f / %.2f (%.2f) | %.2f / %.2f | %.2f / %.2f |"
							+ " %.2f / %.2f | **%.2f** (%s) | %.2f / %.2f (%.2f) | %.2f / %.2f (%.2f) | %d / %d |"
							+ " %s (%d hops) | %.2f / %.2f / %.2f / %.2f / %.2f / %.2f / %.2f / %.2f |%n",
					r.letters(), r.return1().median(), r.return1().p95(), r.empty().median(), r.empty().p95(),
					r.empty().median() / r.return1().median(), range(r.emptyRatios()), r.emptyJdk().median(),
					r.emptyJdk().p95(), r.emptyJdk().median() / r.return1().median(), r.path().median(),
					r.path().p95(), r.pathRead().median(), r.pathRead().p95(), r.pathGraphQl().median(),
					r.pathGraphQl().p95(), r.pathGraphQl().median() / r.path().median(), range(r.pathRatios()),
					r.pathJdk().median(), r.pathJdk().p95(), r.pathJdk().median() / r.path().median(),
					r.pathRows().median(), r.pathRows().p95(), r.pathRows().median() / r.path().median(),
					r.emptyStatements(), r.pathStatements(), r.same() ? "yes" : "**NO**", r.pathLength(), r.cpu()[0],
					r.cpu()[1], r.cpu()[2], r.cpu()[3], r.cpu()[4], r.cpu()[5], r.cpu()[6], r.cpu()[7]));
		}
		md.append("\n| letters | warm-up rounds | JIT compiling while measured, ms | each request alone, back to back:"
				+ " RETURN 1 / { __typename } plain (ratio) | shortest path statement, auto-commit / shortestPath plain"
				+ " (ratio) / read path, no HTTP (ratio) |\n|---:|---:|---:|---|---|\n");
		for (Result r : results) {
			Timings[] b = r.backToBack();
			md.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %.2f / %.2f (**%.2f**) | %.2f / %.2f (**%.2f**) /"
					+ " %.2f (%.2f) |%n", r.letters(), r.warmupRounds(), r.compiledMillis(), b[0].median(),
					b[1].median(), b[1].median() / b[0].median(), b[3].median(), b[5].median(),
					b[5].median() / b[3].median(), b[7].median(), b[7].median() / b[3].median()));
		}
		return md.toString();
	}

	private static String range(double[] values) {
		double min = Arrays.stream(values).min().orElse(Double.NaN);
		double max = Arrays.stream(values).max().orElse(Double.NaN);
		return String.format(Locale.ROOT, "%.2f–%.2f", min, max);
	}

	/** The ids along a path, from the row the service's read path hands back (empty when there is none). */
	private static List<String> nodeIds(Map<String, Object> row) {
		Object nodes = row.get("nodes");
		return (nodes == null) ? List.of() : ((List<?>) nodes).stream()
			.map(n -> (String) ((Map<?, ?>) n).get("id"))
			.toList();
	}

	/** A path's ids as the read bench compares two paths ({@link ReadCase#pathEnds}). */
	@SuppressWarnings("unchecked")
	private static List<String> ends(Object path) {
		List<String> ids = (List<String>) path;
		return ReadCase.pathEnds(ids.size() - 1, ids);
	}

	/**
	 * Whether each two neighbours of {@code ids} (actor, letter, actor, ...) are an actor that signed or endorsed a
	 * letter.
	 */
	private static boolean isChainOfSignatures(Session session, List<?> ids) {
		return session.run("""
				RETURN all(i IN range(0, size($ids) - 2) WHERE EXISTS {
				  MATCH (a:Actor)-[:SIGNED|ENDORSED]->(l:Letter)
				  WHERE a.id = $ids[i + i % 2] AND l.id = $ids[i + 1 - i % 2] }) AS chain""", Map.of("ids", ids))
			.single()
			.get("chain")
			.asBoolean();
	}

	/** The ids along a path, from the statement's one row (empty when there is none). */
	private static List<String> pathIds(List<Record> rows) {
		Value nodes = rows.get(0).get("nodes");
		return nodes.isNull() ? List.of() : nodes.asList(n -> n.get("id").asString());
	}

	private static List<String> stepIds(JsonNode data) {
		List<String> ids = new ArrayList<>();
		data.path("shortestPath").path("steps").forEach(step -> ids.add(step.path("id").asText()));
		return ids;
	}

	/** The request through the plain client: the same JSON, the same checks of the answer. */
	private static JsonNode plain(PlainHttp client, URI uri, String query, Map<String, Object> variables) {
		try {
			PlainHttp.Response response = client.post(uri.getPath(),
					JSON.writeValueAsString(Map.of("query", query, "variables", variables)));
			JsonNode json = JSON.readTree(response.body());
			if (response.status() != 200 || json.has("errors")) {
				throw new IllegalStateException(query + ": HTTP " + response.status() + " " + response.body());
			}
			return json.get("data");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private JsonNode graphQl(URI uri, String query, Map<String, Object> variables) {
		try {
			String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = JSON.readTree(response.body());
			if (json.has("errors")) {
				throw new IllegalStateException(query + ": " + json.get("errors"));
			}
			return json.get("data");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
