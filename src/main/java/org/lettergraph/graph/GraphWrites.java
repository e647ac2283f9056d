package org.lettergraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.lettergraph.security.Authorship.Stamp;
import org.lettergraph.security.Authorship;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way the service writes. {@link #transaction} opens a write transaction with the stamp of who writes and
 * when, in this process's turn, and runs it again from scratch when the database rolls it back as a transient
 * failure; the statement methods ({@link #update}, {@link #one}, {@link #link}) run inside it and refuse to run
 * anywhere else, so no write can skip attribution, turns or retries.
 * <p>
 * Letters share their signers, so two letters written at once lock the same nodes and can deadlock; Neo4j then
 * rolls one back. Taking turns inside the process removes that between this service's own writes (reads never
 * wait); {@link TransientRetry} covers collisions with other processes (a second instance, the {@code ingest}
 * command on a server database). Writes are the organizers' occasional letters, so turns cost little.
 */
@Component
public class GraphWrites {

	private final ReentrantLock turn = new ReentrantLock(true);

	/** The stamp of the write transaction this thread is in, so a nested call joins it with the same stamp. */
	private final ThreadLocal<Stamp> current = new ThreadLocal<>();

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final TransactionTemplate transactions;

	private final WriteSettings settings;

	public GraphWrites(Neo4jClient client, CypherQueries queries, PlatformTransactionManager transactions,
			WriteSettings settings) {
		this.client = client;
		this.queries = queries;
		this.transactions = new TransactionTemplate(transactions);
		this.settings = settings;
	}

	/** Runs {@code work} in one write transaction: all of it is written, or nothing. */
	public <T> T transaction(Function<Stamp, T> work) {
		return transaction(false, work);
	}

	/**
	 * Runs {@code work} in one write transaction; with {@code rollback} (a dry run) everything is done and then
	 * rolled back, so the answer is what a real write would give. Called inside another write, it joins that one,
	 * whose end (commit, rollback, retry) then decides for both.
	 */
	public <T> T transaction(boolean rollback, Function<Stamp, T> work) {
		Stamp joined = this.current.get();
		if (joined != null) {
			return work.apply(joined);
		}
		acquireTurn();
		try {
			return TransientRetry.run(() -> this.transactions.execute(status -> {
				Stamp stamp = Authorship.stamp();
				this.current.set(stamp);
				try {
					T result = work.apply(stamp);
					if (rollback) {
						status.setRollbackOnly();
					}
					return result;
				}
				finally {
					this.current.remove();
				}
			}));
		}
		finally {
			this.turn.unlock();
		}
	}

	/**
	 * Runs the named write statement with the stamp as $by and $at, and returns the count it reports as
	 * {@code written} (0 when it reports none).
	 */
	public long update(String query, Map<String, Object> parameters) {
		return updateCypher(this.queries.get(query), parameters);
	}

	/**
	 * Like {@link #update} for a statement whose label ({@code __LABEL__}) comes from {@link GraphSchema}'s
	 * allow-list: labels cannot be parameters.
	 */
	public long update(String query, String label, Map<String, Object> parameters) {
		return updateCypher(this.queries.get(query).replace("__LABEL__", GraphSchema.label(label)), parameters);
	}

	/**
	 * Like {@link #update} for a statement over one relationship type ({@code __TYPE__}, from the allow-list), such
	 * as moving every edge of that type from one node to another.
	 */
	public long updateEach(String query, String type, Map<String, Object> parameters) {
		return updateCypher(this.queries.get(query).replace("__TYPE__", GraphSchema.relationshipType(type)),
				parameters);
	}

	/**
	 * Like {@link #updateEach} for a statement over one relationship type ({@code __TYPE__}) and one label
	 * ({@code __LABEL__}), both from the allow-list.
	 */
	public long updateEach(String query, String type, String label, Map<String, Object> parameters) {
		return updateCypher(this.queries.get(query)
			.replace("__TYPE__", GraphSchema.relationshipType(type))
			.replace("__LABEL__", GraphSchema.label(label)), parameters);
	}

	/** Runs the named write statement and maps the one row it returns, if any. */
	public <T> Optional<T> one(String query, Map<String, Object> parameters, Function<Map<String, Object>, T> mapper) {
		Map<String, Object> all = stamped(parameters);
		return this.client.query(this.queries.get(query)).bindAll(all).fetch().one().map(mapper);
	}

	/**
	 * Writes edges of one type between existing nodes ({@code graph/link}): merged on their ends, properties set,
	 * sources added. An edge whose end does not exist fails the write (and so rolls back its transaction) instead of
	 * being dropped silently.
	 * @throws MissingNodesException naming the ids that are not in the graph
	 */
	public void link(String fromLabel, String type, String toLabel, Collection<Edge> edges) {
		if (edges.isEmpty()) {
			return;
		}
		String cypher = this.queries.get("graph/link")
			.replace("__FROM__", GraphSchema.label(fromLabel))
			.replace("__TYPE__", GraphSchema.relationshipType(type))
			.replace("__TO__", GraphSchema.label(toLabel));
		long written = updateCypher(cypher,
				Map.of("batch", Map.of("rows", edges.stream().map(Edge::parameters).toList())));
		if (written != edges.size()) {
			List<String> ids = edges.stream().flatMap(e -> List.of(e.from(), e.to()).stream()).distinct().toList();
			List<String> missing = new ArrayList<>(ids);
			this.client.query(this.queries.get("graph/existing"))
				.bind(ids)
				.to("ids")
				.fetch()
				.all()
				.forEach(row -> missing.remove(Rows.string(row, "id")));
			throw new MissingNodesException(type, missing);
		}
	}

	private long updateCypher(String cypher, Map<String, Object> parameters) {
		return this.client.query(cypher)
			.bindAll(stamped(parameters))
			.fetch()
			.one()
			.map(row -> row.get("written"))
			.map(written -> (written instanceof Number n) ? n.longValue() : 0L)
			.orElse(0L);
	}

	/** The parameters with $by and $at of the write this thread is in; refuses to run outside one. */
	private Map<String, Object> stamped(Map<String, Object> parameters) {
		Stamp stamp = this.current.get();
		if (stamp == null || !TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A write statement ran outside GraphWrites.transaction: it would have "
					+ "no author, no turn and no retry.");
		}
		Map<String, Object> all = new HashMap<>(parameters);
		all.putAll(stamp.parameters());
		return all;
	}

	private void acquireTurn() {
		boolean acquired;
		try {
			acquired = this.turn.tryLock(this.settings.maxWriteWait().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WriteBusyException("The service is stopping; nothing was written.");
		}
		if (!acquired) {
			throw new WriteBusyException(String.format(Locale.ROOT,
					"Other writes have kept the graph busy for %d s (lettergraph.ingest.max-write-wait); "
							+ "nothing was written. Try again in a moment.",
					this.settings.maxWriteWait().toSeconds()));
		}
	}

	/** A write that did not get its turn: nothing of it was written. */
	public static class WriteBusyException extends RuntimeException {

		WriteBusyException(String message) {
			super(message);
		}

	}

	/** Edges that name nodes the graph does not hold; the write they were part of is rolled back. */
	public static class MissingNodesException extends RuntimeException {

		MissingNodesException(String type, List<String> missing) {
			super(type + " edges name ids that are not in the graph: " + String.join(", ", missing));
		}

	}
}
