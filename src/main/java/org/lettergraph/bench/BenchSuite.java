package org.lettergraph.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lettergraph.generate.Corpus;
import org.lettergraph.generate.CorpusGenerator;
import org.lettergraph.generate.CorpusLoader;
import org.lettergraph.generate.CorpusSpec;
import org.lettergraph.network.CoSignatureIndex;
import org.lettergraph.security.Authorship;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the suite for each corpus size: raw ingest into its own database ({@link RawIngest}), ingest through the
 * write path into the service's database, the four reads through {@code /graphql} and as raw Cypher, answers
 * compared ({@link ReadBench}), the cost of review proposals ({@link ReviewBench}), and for the largest size a
 * restart to measure start-up time and heap ({@link BenchService}). Data lives under {@code Options.dir}
 * ({@link BenchFolder}), wiped first. The report is printed by {@link BenchCommand}.
 */
public final class BenchSuite {

	/**
	 * @param sizes  letter counts, smallest first; the last is "the largest corpus"
	 * @param orgs   organizations, or 0 for {@link CorpusSpec#defaultOrgs}
	 * @param warmup runs before measuring each read, at least ({@link Warmup})
	 * @param reps   measured runs of each read
	 * @param batch  letters per transaction when loading through the write path
	 * @param raw    whether to run the raw-ingest comparison
	 * @param readsOnly only the reads: no raw ingest, no restart, and the data folder is reused when it already
	 *                  holds this corpus ({@link BenchFolder#LOADED} names it)
	 * @param settle the longest each warm-up goes on, beyond its {@code warmup} runs, for the JIT to settle, in
	 *               seconds; 0 for none
	 */
	public record Options(List<Integer> sizes, int orgs, long seed, int warmup, int reps, int batch, Path dir,
			boolean raw, boolean ingestOnly, boolean readsOnly, int settle) {

		public Options(List<Integer> sizes, int orgs, long seed, int warmup, int reps, int batch, Path dir,
				boolean raw, int settle) {
			this(sizes, orgs, seed, warmup, reps, batch, dir, raw, false, false, settle);
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

	private final ReadBench readBench;

	public BenchSuite(Options options, PrintStream log) {
		this.options = options;
		this.log = log;
		this.readBench = new ReadBench(options.warmup(), options.settle(), options.reps(), log);
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
		BenchFolder folder = BenchFolder.prepare(this.options.dir(), letters, orgs, this.options.seed(),
				this.options.readsOnly());
		boolean reuse = folder.reuse();

		double rawRate = Double.NaN;
		if (this.options.raw()) {
			RawIngest.Result raw = RawIngest.run(corpus, folder.raw());
			rawRate = raw.signaturesPerSecond();
			this.log.printf("raw ingest: %.1f s, %.0f signatures/s%n", raw.nanos() / 1e9, rawRate);
			folder.wipeRaw();
		}

		Path data = folder.service();
		StatementCounter counter = new StatementCounter();
		long startedAt = System.nanoTime();
		ConfigurableApplicationContext context = BenchService.start(data, counter);
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
				folder.markLoaded();
				if (this.options.ingestOnly()) {
					review = ReviewBench.run(context, counter, corpus, this.log);
					return new SizeResult(letters, orgs, signatures, writeRate, rawRate, firstStart, Double.NaN, -1, -1,
							Double.NaN, 0, writeStatements, null, List.of(), review);
				}
			}
			// Timed alone: after the build the service starts with, which would otherwise run beside it.
			BenchService.awaitIndex(context.getBean(CoSignatureIndex.class));
			long indexStart = System.nanoTime();
			indexBytes = context.getBean(CoSignatureIndex.class).rebuild();
			indexSeconds = (System.nanoTime() - indexStart) / 1e9;
			this.log.printf("co-signature index: rebuilt in %.2f s, %d KB of arrays%n", indexSeconds, indexBytes >> 10);
			reads = this.readBench.reads(context, counter, ReadCase.of(corpus));
			hub = this.options.readsOnly() ? new HubWithoutIndex(new Timings(new double[] { Double.NaN }), -1)
					: this.readBench.hubWithoutIndex(context, corpus.hub());
			review = this.options.readsOnly() ? null : ReviewBench.run(context, counter, corpus, this.log);
		}
		finally {
			context.close();
		}

		double restart = Double.NaN;
		long heap = -1;
		long store = folder.serviceBytes();
		if (largest && !this.options.readsOnly()) {
			corpus = null;
			BenchService.gc();
			long before = System.nanoTime();
			context = BenchService.start(data, new StatementCounter());
			restart = (System.nanoTime() - before) / 1e9;
			BenchService.awaitIndex(context.getBean(CoSignatureIndex.class));
			heap = BenchService.heapAfterGc();
			this.log.printf("restart on the loaded store: %.1f s; heap after GC %d MB; store %d MB%n", restart,
					heap >> 20, store >> 20);
			context.close();
		}
		return new SizeResult(letters, orgs, signatures, writeRate, rawRate, firstStart, restart, heap, store,
				indexSeconds, indexBytes, writeStatements, hub, reads, review);
	}
}
