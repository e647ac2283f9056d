package org.lettergraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lettergraph.LettergraphApplication;
import org.lettergraph.generate.Corpus;
import org.lettergraph.generate.CorpusGenerator;
import org.lettergraph.generate.CorpusLoader;
import org.lettergraph.generate.CorpusSpec;
import org.lettergraph.graph.CypherQueries;
import org.lettergraph.ingest.LetterWriter;
import org.lettergraph.ingest.WriteResult;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.ingest.record.ReferenceRecords;
import org.lettergraph.network.CoSignatureIndex;
import org.lettergraph.resolve.ReviewCandidates;
import org.lettergraph.security.Authorship;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Runs the suite for each corpus size: raw ingest into its own database, ingest through the write path into the
 * service's database, the four reads through {@code /graphql} and as raw Cypher (answers compared), and for the
 * largest size a restart to measure start-up time and heap. Data lives under {@code Options.dir}, wiped first.
 */
public final class BenchSuite {

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * @param sizes  letter counts, smallest first; the last is "the largest corpus"
	 * @param orgs   organizations, or 0 for {@link CorpusSpec#defaultOrgs}
	 * @param warmup runs before measuring each read
	 * @param reps   measured runs of each read
	 * @param batch  letters per transaction when loading through the write path
	 * @param raw    whether to run the raw-ingest comparison
	 * @param readsOnly only the reads: no raw ingest, no restart, and the data folder is reused when it already
	 *                  holds this corpus ({@link #LOADED} names it)
	 */
	public record Options(List<Integer> sizes, int orgs, long seed, int warmup, int reps, int batch, Path dir,
			boolean raw, boolean ingestOnly, boolean readsOnly) {

		public Options(List<Integer> sizes, int orgs, long seed, int warmup, int reps, int batch, Path dir,
				boolean raw) {
			this(sizes, orgs, seed, warmup, reps, batch, dir, raw, false, false);
		}
	}

	/** Who the benchmark writes as: loading goes through the write path, which only an editor may use. */
	public static final String EDITOR = "lettergraph-bench";

	/**
	 * What review proposals cost: one batch of letters whose signers include new names, some a letter off from
	 * existing organizations, written through the write path after the corpus.
	 */
	public record ReviewCost(int letters, int newActors, int proposals, double writeMillis, double nearNamesMillis,
			int statements) {
	}

	/** Written next to a size's service folder once the corpus is loaded: "letters orgs seed". */
	static final String LOADED = "loaded.txt";

	/**
	 * One read at one size: both latencies, statements per GraphQL request, and whether the answers agree.
	 *
	 * @param graphQlCpu CPU milliseconds per measured GraphQL run, of the whole process (client, service and
	 *                   embedded database all run in this JVM): less sensitive than latency to other processes
	 *                   sharing the cores
	 * @param rawCpu     the same for the raw statement
	 */
	public record ReadResult(String name, Timings graphQl, Timings raw, int statements, boolean same,
			int answerSize, long rawDbHits, double graphQlCpu, double rawCpu) {
	}

	/** The service's own co-signers Cypher (what answers when the index is not current), for the hub. */
	public record HubWithoutIndex(Timings timings, long dbHits) {
	}

	/** Everything measured at one corpus size; start-up and heap only for the largest. */
	public record SizeResult(int letters, int orgs, long signatures, double writePathRate, double rawRate,
			double firstStartSeconds, double restartSeconds, long heapAfterGc, long storeBytes, double indexSeconds,
			long indexBytes, double writeStatements, HubWithoutIndex hub, List<ReadResult> reads, ReviewCost review) {
	}

	private final Options options;

	private final PrintStream log;

	private final HttpClient http = HttpClient.newHttpClient();

	public BenchSuite(Options options, PrintStream log) {
		this.options = options;
		this.log = log;
	}

	public List<SizeResult> run() {
		List<SizeResult> results = new ArrayList<>();
		for (int i = 0; i < this.options.sizes().size(); i++) {
			results.add(size(this.options.sizes().get(i), i == this.options.sizes().size() - 1));
		}
		return results;
	}

	private SizeResult size(int letters, boolean largest) {
		int orgs = (this.options.orgs() > 0) ? this.options.orgs() : CorpusSpec.defaultOrgs(letters);
		Corpus corpus = CorpusGenerator.generate(new CorpusSpec(letters, orgs, this.options.seed()));
		long signatures = corpus.signatures();
		this.log.printf("== %d letters, %d organizations, %d signatures%n", letters, orgs, signatures);
		Path root = this.options.dir().resolve("letters-" + letters);
		String loadedMark = letters + " " + orgs + " " + this.options.seed();
		boolean reuse = this.options.readsOnly() && loadedMark.equals(readQuietly(root.resolve(LOADED)));
		if (!reuse) {
			wipe(root);
		}

		double rawRate = Double.NaN;
		if (this.options.raw()) {
			RawIngest.Result raw = RawIngest.run(corpus, root.resolve("raw"));
			rawRate = raw.signaturesPerSecond();
			this.log.printf("raw ingest: %.1f s, %.0f signatures/s%n", raw.nanos() / 1e9, rawRate);
			wipe(root.resolve("raw"));
		}

		Path data = root.resolve("service");
		StatementCounter counter = new StatementCounter();
		long startedAt = System.nanoTime();
		ConfigurableApplicationContext context = start(data, counter);
		double firstStart = (System.nanoTime() - startedAt) / 1e9;
		List<ReadResult> reads;
		double writeRate;
		double indexSeconds;
		long indexBytes;
		double writeStatements;
		HubWithoutIndex hub;
		ReviewCost review;
		try {
			if (reuse) {
				writeStatements = Double.NaN;
				writeRate = Double.NaN;
				this.log.printf("reusing the corpus loaded in %s%n", data);
			}
			else {
				counter.takeCount();
				Corpus toLoad = corpus;
				CorpusLoader loader = context.getBean(CorpusLoader.class);
				CorpusLoader.LoadResult load = Authorship.as(EDITOR, () -> loader.load(toLoad, this.options.batch()));
				writeStatements = counter.takeCount() / (double) letters;
				writeRate = load.signaturesPerSecond();
				this.log.printf("write path: %.1f s, %.0f signatures/s (%d letters per transaction, %.2f statements per"
						+ " letter)%n", load.letterNanos() / 1e9, writeRate, this.options.batch(), writeStatements);
				writeQuietly(root.resolve(LOADED), loadedMark);
				if (this.options.ingestOnly()) {
					review = reviewCost(context, counter, corpus);
					return new SizeResult(letters, orgs, signatures, writeRate, rawRate, firstStart, Double.NaN, -1, -1,
							Double.NaN, 0, writeStatements, null, List.of(), review);
				}
			}
			long indexStart = System.nanoTime();
			indexBytes = context.getBean(CoSignatureIndex.class).rebuild();
			indexSeconds = (System.nanoTime() - indexStart) / 1e9;
			this.log.printf("co-signature index: rebuilt in %.2f s, %d KB of arrays%n", indexSeconds, indexBytes >> 10);
			reads = reads(context, counter, cases(corpus));
			hub = this.options.readsOnly() ? new HubWithoutIndex(new Timings(new double[] { Double.NaN }), -1)
					: hubWithoutIndex(context, corpus.hub());
			review = this.options.readsOnly() ? null : reviewCost(context, counter, corpus);
		}
		finally {
			context.close();
		}

		double restart = Double.NaN;
		long heap = -1;
		long store = bytes(data);
		if (largest && !this.options.readsOnly()) {
			corpus = null;
			gc();
			long before = System.nanoTime();
			context = start(data, new StatementCounter());
			restart = (System.nanoTime() - before) / 1e9;
			awaitIndex(context.getBean(CoSignatureIndex.class));
			gc();
			Runtime runtime = Runtime.getRuntime();
			heap = runtime.totalMemory() - runtime.freeMemory();
			this.log.printf("restart on the loaded store: %.1f s; heap after GC %d MB; store %d MB%n", restart,
					heap >> 20, store >> 20);
			context.close();
		}
		return new SizeResult(letters, orgs, signatures, writeRate, rawRate, firstStart, restart, heap, store,
				indexSeconds, indexBytes, writeStatements, hub, reads, review);
	}

	/** Letters of the review measurement, and new names on each (half of them near an existing organization). */
	static final int REVIEW_LETTERS = 100;

	static final int REVIEW_NAMES = 10;

	/**
	 * One batch of {@link #REVIEW_LETTERS} letters, each signed by {@link #REVIEW_NAMES} new names: half are an
	 * existing organization's name with one letter doubled (near names, so proposals are made), half are names
	 * nobody has. Timed as a whole, and the near-names statement alone (run again afterwards, read only).
	 */
	private ReviewCost reviewCost(ConfigurableApplicationContext context, StatementCounter counter, Corpus corpus) {
		List<ReferenceRecords.ActorRecord> orgs = corpus.reference().actors().stream()
			.filter(a -> a.kind().equals("ORGANIZATION"))
			.toList();
		String source = corpus.reference().sources().get(0).id();
		List<LetterRecord> letters = new ArrayList<>();
		List<Map<String, Object>> names = new ArrayList<>();
		for (int i = 0; i < REVIEW_LETTERS; i++) {
			List<Participant> signers = new ArrayList<>();
			for (int j = 0; j < REVIEW_NAMES; j++) {
				int n = i * REVIEW_NAMES + j;
				String name;
				if (j % 2 == 0) {
					String near = orgs.get((n * 7919) % orgs.size()).name();
					int at = near.length() / 2;
					name = near.substring(0, at) + near.charAt(at) + near.substring(at);
				}
				else {
					name = "Benchmark Newcomers Group " + Integer.toString(n, 36) + " " + Integer.toString(n * 31 + 7, 36);
				}
				signers.add(new Participant(null, name, null, null, null, null, null));
				names.add(Map.of("id", "bench:" + n, "label", "Organization", "query", ReviewCandidates.fuzzyQuery(name)));
			}
			letters.add(new LetterRecord(null, "Benchmark letter with new names " + (i + 1), true,
					LocalDate.of(2030, 1, 1).plusDays(i), List.of(), null, null, List.of(source), List.of(), List.of(),
					List.of(), List.of(), signers, List.of(), List.of(), List.of()));
		}
		LetterWriter writer = context.getBean(LetterWriter.class);
		counter.takeCount();
		long start = System.nanoTime();
		List<WriteResult> results = Authorship.as(EDITOR, () -> writer.writeAll(letters));
		double writeMillis = (System.nanoTime() - start) / 1e6;
		int statements = counter.takeCount();
		Driver driver = context.getBean(Driver.class);
		String nearNames = context.getBean(CypherQueries.class).get("review/near-names");
		long nearStart = System.nanoTime();
		driver.executableQuery(nearNames).withParameters(Map.of("names", names)).execute();
		double nearMillis = (System.nanoTime() - nearStart) / 1e6;
		int created = results.stream().mapToInt(r -> r.created().size()).sum();
		int proposals = results.stream().mapToInt(r -> r.review().size()).sum();
		this.log.printf("review: %d letters, %d new actors, %d proposals in one batch: %.0f ms, %d statements;"
				+ " near-names statement alone %.0f ms%n", letters.size(), created, proposals, writeMillis, statements,
				nearMillis);
		return new ReviewCost(letters.size(), created, proposals, writeMillis, nearMillis, statements);
	}

	private List<ReadCase> cases(Corpus corpus) {
		String[] distant = distantActors(corpus);
		List<ReadCase> all = List.of(ReadCase.floor(), ReadCase.bigLetter(corpus.bigLetter()),
				ReadCase.coSigners(corpus.hub()),
				ReadCase.lettersPage(corpus.program(), LocalDate.of(2014, 1, 1), LocalDate.of(2019, 12, 31)),
				ReadCase.shortestPath(distant[0], distant[1]));
		// -Dlettergraph.bench.cases=0,a,d runs only those reads (e.g. to profile one of them with many --reps).
		String only = System.getProperty("lettergraph.bench.cases");
		if (only == null || only.isBlank()) {
			return all;
		}
		List<String> wanted = List.of(only.split(","));
		return all.stream().filter(c -> wanted.stream().anyMatch(w -> c.name().startsWith("(" + w.strip() + ")")))
			.toList();
	}

	private List<ReadResult> reads(ConfigurableApplicationContext context, StatementCounter counter,
			List<ReadCase> cases) {
		Driver driver = context.getBean(Driver.class);
		URI graphql = URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port")
				+ "/graphql");
		List<ReadResult> results = new ArrayList<>();
		for (ReadCase c : cases) {
			List<String> rawAnswer = c.fromRows().apply(raw(driver, c));
			counter.takeCount();
			List<String> gqlAnswer = c.fromJson().apply(graphQl(graphql, c));
			int statements = counter.takeCount();
			boolean same = rawAnswer.equals(gqlAnswer);
			if (!same) {
				this.log.printf("ANSWERS DIFFER for %s:%n  graphql %s%n  raw     %s%n", c.name(),
						head(gqlAnswer), head(rawAnswer));
			}
			Timings raw = time(() -> raw(driver, c));
			double rawCpu = this.lastCpuPerRun;
			Timings gql = time(() -> graphQl(graphql, c));
			double gqlCpu = this.lastCpuPerRun;
			this.log.printf("%-45s graphql median %8.1f ms p99 %8.1f | raw median %8.1f ms p99 %8.1f | %d statements"
					+ " | process CPU per run: graphql %.2f ms, raw %.2f ms%n", c.name(), gql.median(), gql.p99(),
					raw.median(), raw.p99(), statements, gqlCpu, rawCpu);
			long dbHits = dbHits(driver, c.cypher(), c.params());
			results.add(new ReadResult(c.name(), gql, raw, statements, same, rawAnswer.size(), dbHits, gqlCpu, rawCpu));
		}
		return results;
	}

	private HubWithoutIndex hubWithoutIndex(ConfigurableApplicationContext context, String hub) {
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

	private double lastCpuPerRun = Double.NaN;

	private static long processCpuNanos() {
		return (java.lang.management.ManagementFactory
			.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) ? os.getProcessCpuTime()
					: -1;
	}

	private Timings time(Runnable request) {
		for (int i = 0; i < this.options.warmup(); i++) {
			request.run();
		}
		double[] millis = new double[this.options.reps()];
		long cpuStart = processCpuNanos();
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			request.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		this.lastCpuPerRun = (processCpuNanos() - cpuStart) / 1e6 / millis.length;
		return new Timings(millis);
	}

	private static List<Record> raw(Driver driver, ReadCase c) {
		return driver.executableQuery(c.cypher()).withParameters(c.params()).execute().records();
	}

	private JsonNode graphQl(URI uri, ReadCase c) {
		try {
			String body = JSON.writeValueAsString(Map.of("query", c.graphQl(), "variables", c.variables()));
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = JSON.readTree(response.body());
			if (json.has("errors")) {
				throw new IllegalStateException(c.name() + ": " + json.get("errors"));
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

	/**
	 * Two organizations from the tail of the popularity curve that never signed the same letter: the least
	 * popular one that signed anything, and the next least popular one with no letter in common with it.
	 */
	static String[] distantActors(Corpus corpus) {
		Map<String, Set<String>> lettersOf = new HashMap<>();
		for (LetterRecord letter : corpus.letters()) {
			Stream.concat(letter.leads().stream(), letter.signers().stream())
				.map(Participant::id)
				.filter(id -> id.startsWith("org:"))
				.forEach(id -> lettersOf.computeIfAbsent(id, k -> new HashSet<>()).add(letter.id()));
		}
		List<String> ranked = corpus.reference().actors().stream()
			.filter(a -> a.kind().equals("ORGANIZATION") && lettersOf.containsKey(a.id()))
			.map(a -> a.id())
			.toList();
		String from = ranked.get(ranked.size() - 1);
		for (int i = ranked.size() - 2; i >= 0; i--) {
			Set<String> shared = new HashSet<>(lettersOf.get(ranked.get(i)));
			shared.retainAll(lettersOf.get(from));
			if (shared.isEmpty()) {
				return new String[] { from, ranked.get(i) };
			}
		}
		return new String[] { from, ranked.get(0) };
	}

	static ConfigurableApplicationContext start(Path dataDir, StatementCounter counter) {
		SpringApplication application = new SpringApplication(LettergraphApplication.class);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		application.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(counter));
		return application.run("--lettergraph.embedded.data-dir=" + dataDir, "--lettergraph.embedded.bolt-port=0",
				"--server.port=0", "--lettergraph.bundled-data=false",
				// The 1,000-signer letter is read in one page; the cost limit scales with first, so it is raised too.
				"--lettergraph.paging.max-page-size=1000", "--lettergraph.limits.max-complexity=1000000",
				"--lettergraph.limits.request-timeout=120s", "--spring.graphql.graphiql.enabled=false",
				"--logging.level.root=WARN");
	}

	/** The index builds in the background after start-up; the heap is measured with it in place. */
	private static void awaitIndex(CoSignatureIndex index) {
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (!index.isCurrent() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static List<String> head(List<String> answer) {
		return answer.subList(0, Math.min(5, answer.size()));
	}

	private static void gc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
	}

	private static long bytes(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static String readQuietly(Path file) {
		try {
			return Files.isRegularFile(file) ? Files.readString(file).strip() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static void writeQuietly(Path file, String text) {
		try {
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			// only a missed chance to reuse the folder next time
		}
	}

	private static void wipe(Path dir) {
		try {
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
