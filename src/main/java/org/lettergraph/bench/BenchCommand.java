package org.lettergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar lettergraph.jar bench [--letters 1000,10000] [--orgs M] [--seed S] [--warmup W] [--settle SECONDS] [--reps R]
 * [--batch B] [--dir /tmp/lettergraph-bench] [--no-raw] [--only ingest|reads|document|fixed-cost] [--out FILE.md]}: runs
 * {@link BenchSuite} and prints a markdown report (also written to {@code --out}). Each size starts its own service
 * on a fresh data folder under {@code --dir}; nothing else is touched. {@code --only ingest} stops each size after
 * the ingest measurements (raw, write path, review proposals); {@code --only reads} times the reads only: no raw
 * ingest, no restart, and the size's data folder is kept and reused when an earlier run loaded the same corpus.
 * {@code --only document} runs the document case alone ({@link DocumentBench}: a 40-page PDF with 1,000 signers in
 * three columns, read, parsed and written); it exits 1 when the signers do not all come out, in order.
 * {@code --only fixed-cost} times what a request costs beyond its Cypher ({@link FixedCostBench}) on each size's store
 * (loaded once, then reused like {@code --only reads}); it exits 1 when the two sides find different paths.
 */
public final class BenchCommand {

	public static final String USAGE = "usage: java -jar lettergraph.jar bench [--letters 1000,10000] [--orgs M] [--seed S]"
			+ " [--warmup W] [--settle SECONDS] [--reps R] [--batch B] [--dir DIR] [--no-raw] [--only ingest|reads|document|fixed-cost] [--out FILE.md]";

	private BenchCommand() {
	}

	/**
	 * A command line as understood: the suite's options, where the report goes (null: printed only), and whether
	 * only the document case or only the fixed cost of a request runs.
	 */
	record Parsed(BenchSuite.Options options, Path out, boolean document, boolean fixedCost) {

		Parsed(BenchSuite.Options options, Path out) {
			this(options, out, false, false);
		}
	}

	public static int run(String[] args) {
		Parsed parsed;
		try {
			parsed = parse(args);
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
			System.err.println(ex.getMessage());
			System.err.println(USAGE);
			return 2;
		}
		BenchSuite.Options options = parsed.options();
		Path out = parsed.out();
		if (parsed.document()) {
			DocumentBench.Result result = DocumentBench.run(options.dir(), System.out);
			String report = String.format(Locale.ROOT, "Run %s: `java -jar target/lettergraph.jar %s`; %d cores, max heap"
					+ " %d MB, Java %s.%n%n", LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), String.join(" ", args),
					Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
					System.getProperty("java.version")) + DocumentBench.report(result);
			System.out.println(report);
			if (out != null && !write(out, report)) {
				return 1;
			}
			return result.ok() ? 0 : 1;
		}
		if (parsed.fixedCost()) {
			String loadBefore = loadAverage();
			LocalDateTime started = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
			List<FixedCostBench.Result> results = new FixedCostBench(options.warmup(), options.settle(), options.reps(), System.out)
				.run(options);
			String report = String.format(Locale.ROOT, "Run %s: `java -jar target/lettergraph.jar %s`; %d cores, max"
					+ " heap %d MB, Java %s; load average before %s, after %s. %s (a round runs every request once);"
					+ " %d measured runs of each request, interleaved.%n%n", started, String.join(" ", args),
					Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
					System.getProperty("java.version"), loadBefore, loadAverage(),
					Warmup.describe(options.warmup(), options.settle(), "rounds"), options.reps())
					+ FixedCostBench.report(results);
			System.out.println(report);
			if (out != null && !write(out, report)) {
				return 1;
			}
			return results.stream().allMatch(FixedCostBench.Result::same) ? 0 : 1;
		}
		String loadBefore = loadAverage();
		LocalDateTime started = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
		List<BenchSuite.SizeResult> results = new BenchSuite(options, System.out).run();
		String report = report(options, results, started, loadBefore, loadAverage(), String.join(" ", args));
		System.out.println(report);
		if (out != null && !write(out, report)) {
			return 1;
		}
		boolean allSame = options.ingestOnly() || results.stream().flatMap(r -> r.reads().stream()).allMatch(BenchSuite.ReadResult::same);
		return allSame ? 0 : 1;
	}

	private static boolean write(Path out, String report) {
		try {
			Files.writeString(out, report);
			return true;
		}
		catch (IOException ex) {
			System.err.println("could not write " + out + ": " + ex.getMessage());
			return false;
		}
	}

	/**
	 * Reads the command line (the command's name first, or not at all).
	 * @throws IllegalArgumentException or ArrayIndexOutOfBoundsException on a usage error
	 */
	static Parsed parse(String[] args) {
		List<Integer> sizes = List.of(1000, 10_000);
		int orgs = 0;
		long seed = 7;
		int warmup = 5;
		int reps = 30;
		int settle = Warmup.DEFAULT_SETTLE_SECONDS;
		int batch = 50;
		boolean raw = true;
		boolean ingestOnly = false;
		boolean readsOnly = false;
		boolean document = false;
		boolean fixedCost = false;
		Path dir = Path.of("/tmp/lettergraph-bench");
		Path out = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "bench" -> {
				}
				case "--letters" -> sizes = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).sorted().toList();
				case "--orgs" -> orgs = Integer.parseInt(args[++i]);
				case "--seed" -> seed = Long.parseLong(args[++i]);
				case "--warmup" -> warmup = Integer.parseInt(args[++i]);
				case "--reps" -> reps = Integer.parseInt(args[++i]);
				case "--settle" -> settle = Integer.parseInt(args[++i]);
				case "--batch" -> batch = Integer.parseInt(args[++i]);
				case "--dir" -> dir = Path.of(args[++i]);
				case "--no-raw" -> raw = false;
				case "--only" -> {
					switch (args[++i]) {
						case "ingest" -> ingestOnly = true;
						case "reads" -> {
							readsOnly = true;
							raw = false;
						}
						case "document" -> document = true;
						case "fixed-cost" -> fixedCost = true;
						default -> throw new IllegalArgumentException(
								"--only takes 'ingest' or 'reads', 'document' for the document case or 'fixed-cost' for"
										+ " the cost of a request beyond its Cypher; got '" + args[i] + "'");
					}
				}
				case "--out" -> out = Path.of(args[++i]);
				default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
			}
		}
		return new Parsed(new BenchSuite.Options(sizes, orgs, seed, warmup, reps, batch, dir, raw, ingestOnly,
				readsOnly, settle), out, document, fixedCost);
	}

	static String report(BenchSuite.Options o, List<BenchSuite.SizeResult> results, LocalDateTime started,
			String loadBefore, String loadAfter, String args) {
		StringBuilder md = new StringBuilder();
		md.append(String.format(Locale.ROOT,
				"Run %s: `java -jar target/lettergraph.jar %s`; %d cores, max heap %d MB, Java %s; load average "
						+ "before %s, after %s. %s; %d measured runs per read, GraphQL over one kept HTTP/1.1 "
						+ "connection; write path %d letters per transaction; raw ingest %d rows per transaction.%n%n",
				started, args, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				System.getProperty("java.version"), loadBefore, loadAfter, Warmup.describe(o.warmup(), o.settle(), "runs"), o.reps(),
				o.batch(), RawIngest.BATCH));
		md.append("| letters | orgs | signatures | write path sig/s | raw UNWIND sig/s | ratio | write-path statements"
				+ " per letter |\n|---:|---:|---:|---:|---:|---:|---:|\n");
		for (BenchSuite.SizeResult r : results) {
			md.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %,.0f | %,.0f | %.2f | %.1f |%n", r.letters(),
					r.orgs(), r.signatures(), r.writePathRate(), r.rawRate(), r.writePathRate() / r.rawRate(),
					r.writeStatements()));
		}
		md.append("\n| letters | review: letters in one batch | new actors | proposals | batch ms | statements |"
				+ " near-names statement alone ms |\n|---:|---:|---:|---:|---:|---:|---:|\n");
		for (BenchSuite.SizeResult r : results) {
			BenchSuite.ReviewCost c = r.review();
			if (c == null) {
				continue; // --only reads
			}
			md.append(String.format(Locale.ROOT, "| %,d | %d | %d | %d | %.0f | %d | %.0f |%n", r.letters(), c.letters(),
					c.newActors(), c.proposals(), c.writeMillis(), c.statements(), c.nearNamesMillis()));
		}
		if (o.ingestOnly()) {
			return md.toString();
		}
		md.append("\n| letters | co-signature index: rebuild s | arrays KB | hub via the service's Cypher (no index):"
				+ " median ms | p99 ms | db hits |\n|---:|---:|---:|---:|---:|---:|\n");
		for (BenchSuite.SizeResult r : results) {
			md.append(String.format(Locale.ROOT, "| %,d | %.2f | %,d | %.1f | %.1f | %,d |%n", r.letters(),
					r.indexSeconds(), r.indexBytes() >> 10, r.hub().timings().median(), r.hub().timings().p99(),
					r.hub().dbHits()));
		}
		md.append("\n| letters | read | GraphQL median ms | GraphQL p99 ms | raw median ms | raw p99 ms | GraphQL/raw"
				+ " | CPU ms per run, GraphQL / raw | statements | rows | raw db hits | same answer |\n"
				+ "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
		for (BenchSuite.SizeResult r : results) {
			for (BenchSuite.ReadResult read : r.reads()) {
				md.append(String.format(Locale.ROOT,
						"| %,d | %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.1f / %.1f | %d | %d | %,d | %s |%n",
						r.letters(), read.name(), read.graphQl().median(), read.graphQl().p99(), read.raw().median(),
						read.raw().p99(), read.graphQl().median() / read.raw().median(), read.graphQlCpu(),
						read.rawCpu(), read.statements(), read.answerSize(), read.rawDbHits(),
						read.same() ? "yes" : "**NO**"));
			}
		}
		BenchSuite.SizeResult largest = results.get(results.size() - 1);
		md.append(String.format(Locale.ROOT,
				"%nStart-up, %,d letters: first start on an empty folder %.1f s; restart on the loaded store %.1f s "
						+ "(context ready, embedded database included); heap in use after GC, co-signature index built, %d MB; store on disk %d MB.%n",
				largest.letters(), largest.firstStartSeconds(), largest.restartSeconds(), largest.heapAfterGc() >> 20,
				largest.storeBytes() >> 20));
		return md.toString();
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip().split(" ", 4)[0];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}
}
