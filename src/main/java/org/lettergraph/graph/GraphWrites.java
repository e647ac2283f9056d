package org.lettergraph.graph;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How every write transaction of the service runs: one at a time in this process, in the order they arrived, and
 * again from scratch when the database rolls one back as a transient failure.
 * <p>
 * Letters share their signers, so two letters written at once lock the same nodes and can deadlock; Neo4j then
 * rolls one back. Taking turns inside the process removes that between this service's own writes (reads never
 * wait); {@link TransientRetry} covers collisions with other processes (a second instance, the {@code ingest}
 * command on a server database). Writes are the organizers' occasional letters, so turns cost little.
 */
@Component
public class GraphWrites {

	private final ReentrantLock turn = new ReentrantLock(true);

	private final Duration maxWait;

	public GraphWrites(@Value("${lettergraph.ingest.max-write-wait:60s}") Duration maxWait) {
		this.maxWait = maxWait;
	}

	/** Runs {@code transaction} (which opens and commits its own transaction) in its turn, retrying transients. */
	public <T> T run(Supplier<T> transaction) {
		boolean acquired;
		try {
			acquired = this.turn.tryLock(this.maxWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WriteBusyException("The service is stopping; nothing was written.");
		}
		if (!acquired) {
			throw new WriteBusyException(String.format(java.util.Locale.ROOT,
					"Other writes have kept the graph busy for %d s (lettergraph.ingest.max-write-wait); "
							+ "nothing was written. Try again in a moment.",
					this.maxWait.toSeconds()));
		}
		try {
			return TransientRetry.run(transaction);
		}
		finally {
			this.turn.unlock();
		}
	}

	/** A write that did not get its turn: nothing of it was written. */
	public static class WriteBusyException extends RuntimeException {

		WriteBusyException(String message) {
			super(message);
		}

	}
}
