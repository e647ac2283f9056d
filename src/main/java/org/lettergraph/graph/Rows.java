package org.lettergraph.graph;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.Neo4jPersistenceExceptionTranslator;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the named queries of {@link CypherQueries} and hands back plain rows, so repositories stay one line per
 * question. Batched lookups return their rows grouped by key in the order the query sorted them.
 * <p>
 * Outside a write, each statement runs on its own in a read session (routed to a reader on a cluster) as an
 * auto-commit transaction that the database stops after {@code lettergraph.limits.request-timeout}: a request the
 * service has given up on does not keep a query running. It starts from the bookmarks of the service's latest writes
 * (the {@link Neo4jBookmarkManager} that {@link ReadConsistency} shares with the transaction manager), so on a
 * cluster a read sees what the service wrote before it. One round trip, where a read transaction took three
 * ({@code BEGIN}, the statement, {@code COMMIT}) and Spring's transaction handling around them. Inside a write's
 * transaction, the statement joins it.
 */
@Component
public class Rows {

	private static final PersistenceExceptionTranslator EXCEPTIONS = new Neo4jPersistenceExceptionTranslator();

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final TransactionTemplate reads;

	private final Driver driver;

	private final Neo4jBookmarkManager bookmarks;

	private final TransactionConfig readConfig;

	public Rows(Neo4jClient client, CypherQueries queries, PlatformTransactionManager transactions,
			QueryLimits limits, Driver driver, Neo4jBookmarkManager bookmarks) {
		this.client = client;
		this.queries = queries;
		this.reads = readTransactions(transactions, limits);
		this.driver = driver;
		this.bookmarks = bookmarks;
		this.readConfig = TransactionConfig.builder().withTimeout(Duration.ofSeconds(timeoutSeconds(limits))).build();
	}

	/** The request timeout in whole seconds, at least 1 (what a transaction's timeout was rounded to before). */
	private static int timeoutSeconds(QueryLimits limits) {
		return (int) Math.max(1, (limits.requestTimeout().toMillis() + 999) / 1000);
	}

	/** Read-only transactions the database stops once the request timeout has passed: for reads inside a write. */
	private static TransactionTemplate readTransactions(PlatformTransactionManager transactions, QueryLimits limits) {
		TransactionTemplate reads = new TransactionTemplate(transactions);
		reads.setReadOnly(true);
		reads.setTimeout(timeoutSeconds(limits));
		return reads;
	}

	/**
	 * Runs one statement and hands its result to {@code rows} (which reads it to the end): inside a transaction of
	 * this thread (a write) the statement joins it; otherwise it runs alone in a read session, see the class comment.
	 */
	private <T> T read(String cypher, Map<String, Object> parameters, Function<Result, T> rows) {
		return read(cypher, parameters, this.readConfig, rows);
	}

	private <T> T read(String cypher, Map<String, Object> parameters, TransactionConfig transaction,
			Function<Result, T> rows) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return this.reads.execute(status -> this.client
				.delegateTo(runner -> Optional.ofNullable(rows.apply(runner.run(cypher, parameters))))
				.run()
				.orElse(null));
		}
		List<Bookmark> used = List.copyOf(this.bookmarks.getBookmarks());
		SessionConfig.Builder config = SessionConfig.builder()
			.withDefaultAccessMode(AccessMode.READ)
			.withBookmarks(used);
		DatabaseSelection database = (this.client.getDatabaseSelectionProvider() != null)
				? this.client.getDatabaseSelectionProvider().getDatabaseSelection() : DatabaseSelection.undecided();
		if (database.getValue() != null) {
			config.withDatabase(database.getValue());
		}
		try (Session session = this.driver.session(config.build())) {
			T answer = rows.apply(session.run(cypher, parameters, transaction));
			session.close();
			this.bookmarks.updateBookmarks(used, session.lastBookmarks());
			return answer;
		}
		catch (RuntimeException ex) {
			RuntimeException translated = EXCEPTIONS.translateExceptionIfPossible(ex);
			throw (translated != null) ? translated : ex;
		}
	}

	private static List<Map<String, Object>> all(Result result) {
		return List.copyOf(result.list(Record::asMap));
	}

	private static Map<String, Object> single(Result result) {
		if (!result.hasNext()) {
			throw new java.util.NoSuchElementException("No value present");
		}
		Map<String, Object> row = result.single().asMap();
		result.consume();
		return row;
	}

	public List<Map<String, Object>> list(String query, Map<String, Object> parameters) {
		return read(this.queries.get(query), parameters, Rows::all);
	}

	public Map<String, Object> one(String query, Map<String, Object> parameters) {
		return read(this.queries.get(query), parameters, Rows::single);
	}

	/** A composer for one statement put together from fragment files: see {@link Composer}. */
	public Composer composer() {
		return new Composer(this.queries);
	}

	/**
	 * Like {@link #list}, for a query with slots ({@code __WHERE__}, {@code __ORDER__}, ...) that {@code slots} fill
	 * with fragments; the fragments' parameters join {@code parameters}.
	 */
	public List<Map<String, Object>> list(String query, Map<String, Fragment> slots, Map<String, Object> parameters) {
		Map<String, Object> all = new LinkedHashMap<>(parameters);
		String cypher = Composer.fill(query, this.queries.get(query), slots, all);
		return read(cypher, all, Rows::all);
	}

	/** Like {@link #one}, for a query with slots: see {@link #list(String, Map, Map)}. */
	public Map<String, Object> one(String query, Map<String, Fragment> slots, Map<String, Object> parameters) {
		Map<String, Object> all = new LinkedHashMap<>(parameters);
		String cypher = Composer.fill(query, this.queries.get(query), slots, all);
		return read(cypher, all, Rows::single);
	}

	/**
	 * The plan the database would run the query with (EXPLAIN: nothing is read), one operator a line, indented by
	 * depth, with its details and estimated rows: what {@code cypher/queries/**}{@code /*.plan.txt} hold.
	 */
	public String explain(String query, Map<String, Fragment> slots, Map<String, Object> parameters) {
		Map<String, Object> all = new LinkedHashMap<>(parameters);
		String cypher = Composer.fill(query, this.queries.get(query), slots, all);
		org.neo4j.driver.summary.ResultSummary summary = read("EXPLAIN " + cypher, all, Result::consume);
		StringBuilder text = new StringBuilder();
		appendPlan(text, summary.plan(), 0);
		return text.toString();
	}

	private static void appendPlan(StringBuilder text, org.neo4j.driver.summary.Plan plan, int depth) {
		text.append("  ".repeat(depth)).append('+').append(plan.operatorType().replaceAll("@.*$", ""));
		org.neo4j.driver.Value details = plan.arguments().get("Details");
		if (details != null && !details.isNull()) {
			text.append("  ").append(details.asString());
		}
		org.neo4j.driver.Value rows = plan.arguments().get("EstimatedRows");
		if (rows != null && !rows.isNull()) {
			text.append("  (est. ").append(Math.round(rows.asDouble())).append(" rows)");
		}
		text.append('\n');
		for (org.neo4j.driver.summary.Plan child : plan.children()) {
			appendPlan(text, child, depth + 1);
		}
	}

	/**
	 * Like {@link #one}, for a query whose relationship types ({@code __TYPES__}) are filled in first, each checked
	 * against {@link GraphSchema}'s allow-list: types cannot be parameters, and naming only those needed keeps a
	 * traversal from loading relationships it would reject.
	 */
	public Map<String, Object> oneWithTypes(String query, Collection<String> types, Map<String, Object> parameters) {
		String joined = String.join("|", types.stream().map(GraphSchema::relationshipType).distinct().toList());
		return read(this.queries.get(query).replace("__TYPES__", joined), parameters, Rows::single);
	}

	/**
	 * Hands each row of the query to {@code each} as the driver streams it, for reads too large to hold as one list
	 * first (the co-signature index reads every signature of the graph). Such a read is the service's own work in
	 * the background, not a request, so the request timeout does not stop it (the database's own transaction
	 * timeout still does): on a busy machine reading a large graph takes longer than a request may.
	 */
	public void forEach(String query, Map<String, Object> parameters, Consumer<Map<String, Object>> each) {
		String cypher = this.queries.get(query);
		read(cypher, parameters, TransactionConfig.empty(), result -> {
			result.forEachRemaining(record -> each.accept(record.asMap()));
			return null;
		});
	}

	/** Rows of a batched query, grouped by the value of {@code keyColumn}, each mapped with {@code mapper}. */
	public <T> Map<String, List<T>> grouped(String query, Collection<String> ids, String keyColumn,
			Function<Map<String, Object>, T> mapper) {
		Map<String, List<T>> result = new LinkedHashMap<>();
		for (Map<String, Object> row : list(query, Map.of("ids", (Object) List.copyOf(ids)))) {
			result.computeIfAbsent((String) row.get(keyColumn), key -> new ArrayList<>()).add(mapper.apply(row));
		}
		return result;
	}

	/** Each id's entities from a batched lookup, keyed by the entity's own id. */
	public <T> Map<String, T> byId(String query, Collection<String> ids, Function<T, String> idOf,
			Function<Map<String, Object>, T> mapper) {
		Map<String, T> result = new LinkedHashMap<>();
		for (Map<String, Object> row : list(query, Map.of("ids", (Object) List.copyOf(ids)))) {
			T entity = mapper.apply(row);
			result.put(idOf.apply(entity), entity);
		}
		return result;
	}

	// Typed reads of the values the driver hands back.

	@SuppressWarnings("unchecked")
	public static Map<String, Object> map(Object value) {
		return (value == null) ? Map.of() : (Map<String, Object>) value;
	}

	public static String string(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return (value == null) ? null : value.toString();
	}

	public static Integer integer(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return (value instanceof Number number) ? number.intValue() : null;
	}

	public static LocalDate date(Map<String, Object> row, String key) {
		Object value = row.get(key);
		return (value instanceof LocalDate date) ? date : null;
	}

	public static boolean flag(Map<String, Object> row, String key) {
		return Boolean.TRUE.equals(row.get(key));
	}

	/** A list of maps (node or edge projections) under {@code key}, each mapped with {@code mapper}. */
	public static <T> List<T> each(Map<String, Object> row, String key, Function<Object, T> mapper) {
		Object value = row.get(key);
		if (value instanceof Collection<?> values) {
			return values.stream().map(mapper).toList();
		}
		return List.of();
	}

	public static List<String> strings(Map<String, Object> row, String key) {
		Object value = row.get(key);
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		return List.of();
	}
}
