package org.lettergraph.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The warm-up before a timed request: a given number of runs at least, then rounds of runs until the JIT compilers
 * spent less than {@value #SETTLED_SHARE} of a round's wall time compiling, {@value #SETTLED_ROUNDS} rounds in a row,
 * or a given number of seconds has passed. A service just started goes on compiling for minutes on two cores, on the
 * same cores the requests run on: after a fixed five runs, an empty GraphQL request took 10–17 ms and a Bolt
 * {@code RETURN 1} 8 ms; settled, both take about 1 ms.
 */
final class Warmup {

	/** A round is settled when compiling took less than this share of its wall time. */
	static final double SETTLED_SHARE = 0.05;

	/** Settled rounds in a row that end the warm-up. */
	static final int SETTLED_ROUNDS = 3;

	/** The default longest a warm-up goes on for beyond its first runs, in seconds ({@code --settle}). */
	static final int DEFAULT_SETTLE_SECONDS = 60;

	private static final long ROUND_NANOS = 500_000_000L;

	private static final int ROUND_RUNS = 3;

	private Warmup() {
	}

	/**
	 * Runs {@code request} {@code atLeast} times, then in rounds of at least three runs and half a second until
	 * {@link #SETTLED_ROUNDS} rounds in a row are settled or {@code seconds} have passed.
	 * @return the warm-up runs made
	 */
	static int settle(Runnable request, int atLeast, int seconds) {
		int runs = 0;
		for (; runs < atLeast; runs++) {
			request.run();
		}
		if (compiledMillis() < 0) {
			return runs;
		}
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		int settled = 0;
		while (settled < SETTLED_ROUNDS && System.nanoTime() < deadline) {
			long compiledBefore = compiledMillis();
			long start = System.nanoTime();
			int round = 0;
			while (round < ROUND_RUNS || System.nanoTime() - start < ROUND_NANOS) {
				request.run();
				round++;
			}
			runs += round;
			double wallMillis = (System.nanoTime() - start) / 1e6;
			settled = (compiledMillis() - compiledBefore < SETTLED_SHARE * wallMillis) ? settled + 1 : 0;
		}
		return runs;
	}

	/** The JIT compilers' time so far, all threads summed, in milliseconds; -1 where the JVM does not say. */
	static long compiledMillis() {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		return (jit != null && jit.isCompilationTimeMonitoringSupported()) ? jit.getTotalCompilationTime() : -1;
	}

	/** How the warm-up goes, for a report. */
	static String describe(int atLeast, int seconds, String runs) {
		return String.format(Locale.ROOT,
				"Warm-up %d %s, then on until the JIT compilers take under %.0f %% of a round %d rounds in a row (at"
						+ " most %d s)",
				atLeast, runs, SETTLED_SHARE * 100, SETTLED_ROUNDS, seconds);
	}
}
