package org.lettergraph.graph;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.neo4j.driver.exceptions.RetryableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.TransientDataAccessException;

/**
 * Runs a whole write transaction again when the database says trying again may succeed: two letters signed by the
 * same groups, written at the same moment, can deadlock, and Neo4j then rolls one of them back. Each attempt starts
 * from scratch (names are resolved anew, so a group the other letter just created is found), and nothing of a failed
 * attempt stays behind.
 */
public final class TransientRetry {

	private static final Logger log = LoggerFactory.getLogger(TransientRetry.class);

	/** Attempts in all, the first included. */
	static final int ATTEMPTS = 8;

	private TransientRetry() {
	}

	/** The result of {@code transaction}, tried up to {@value #ATTEMPTS} times while it fails transiently. */
	public static <T> T run(Supplier<T> transaction) {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.get();
			}
			catch (RuntimeException ex) {
				if (!isTransient(ex) || attempt == ATTEMPTS) {
					throw ex;
				}
				log.debug("Transient failure, attempt {} of {}: {}", attempt, ATTEMPTS, ex.getMessage());
				pause(attempt);
			}
		}
	}

	/** Whether the database said the transaction may succeed if run again (a deadlock, a leader switch, …). */
	public static boolean isTransient(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof TransientDataAccessException || t instanceof RetryableException) {
				return true;
			}
		}
		return false;
	}

	/** Backs off exponentially from 20 ms with jitter, so the letters that collided do not collide again. */
	private static void pause(int attempt) {
		long ceiling = 20L << Math.min(attempt, 6);
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to retry a write", ex);
		}
	}
}
