package org.lettergraph.bench;

import java.util.Arrays;

/**
 * Latencies of repeated runs of one request, in milliseconds.
 *
 * @param millis each measured run (warm-up runs excluded), in the order run
 */
public record Timings(double[] millis) {

	public double median() {
		return percentile(50);
	}

	/** Nearest-rank percentile: with fewer than 20 runs, p95 is the slowest run. */
	public double p95() {
		return percentile(95);
	}

	/** Nearest-rank percentile: with fewer than 100 runs, p99 is the slowest run. */
	public double p99() {
		return percentile(99);
	}

	private double percentile(int p) {
		double[] sorted = this.millis.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}
}
