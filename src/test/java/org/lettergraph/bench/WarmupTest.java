package org.lettergraph.bench;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up runs its given runs, then settled rounds, and stops at its limit. */
class WarmupTest {

	@Test
	void withoutTimeToSettleItRunsExactlyTheGivenRuns() {
		AtomicInteger runs = new AtomicInteger();
		assertThat(Warmup.settle(runs::incrementAndGet, 7, 0)).isEqualTo(7);
		assertThat(runs).hasValue(7);
	}

	@Test
	void aRequestThatCompilesNothingNewSettlesAfterThreeHalfSecondRounds() {
		AtomicInteger runs = new AtomicInteger();
		Runnable sleep = () -> {
			runs.incrementAndGet();
			sleepMillis(20);
		};
		long start = System.nanoTime();
		int made = Warmup.settle(sleep, 2, 60);
		double seconds = (System.nanoTime() - start) / 1e9;

		assertThat(made).isEqualTo(runs.get());
		// Two given runs, then rounds of at least half a second (a sleep of 20 ms: about 25 runs each) until three
		// in a row had next to no compiling; a JIT still busy with earlier tests may cost some rounds more, not the
		// minute of the limit.
		assertThat(made).isGreaterThanOrEqualTo(2 + 3 * 3);
		assertThat(seconds).isGreaterThanOrEqualTo(1.5).isLessThan(55);
	}

	@Test
	void itStopsAtItsLimitWhenTheJitNeverSettles() {
		AtomicInteger runs = new AtomicInteger();
		// Three settled rounds take at least 1.5 s, past a limit of 1 s: the warm-up ends at the limit, or within
		// the round that runs across it.
		long start = System.nanoTime();
		int made = Warmup.settle(() -> {
			runs.incrementAndGet();
			sleepMillis(5);
		}, 0, 1);
		assertThat((System.nanoTime() - start) / 1e9).isGreaterThanOrEqualTo(1.0).isLessThan(3.0);
		assertThat(made).isEqualTo(runs.get()).isGreaterThanOrEqualTo(2 * 3);
	}

	@Test
	void theReportSaysHowTheWarmUpWent() {
		assertThat(Warmup.describe(300, 60, "rounds"))
			.isEqualTo("Warm-up 300 rounds, then on until the JIT compilers take under 5 % of a round 3 rounds in a"
					+ " row (at most 60 s)");
	}

	private static void sleepMillis(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
