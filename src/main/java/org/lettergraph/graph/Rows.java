package org.lettergraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the named queries of {@link CypherQueries} and hands back plain rows, so repositories stay one line per
 * question. Batched lookups return their rows grouped by key in the order the query sorted them.
 * <p>
 * Outside a write, each statement runs in a read-only transaction (routed to a reader on a cluster) that the database
 * stops after {@code lettergraph.limits.request-timeout}: a request the service has given up on does not keep a
 * query running. Inside a write's transaction, the statement joins it.
 */
@Component
public class Rows {

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final TransactionTemplate reads;

	public Rows(Neo4jClient client, CypherQueries queries, PlatformTransactionManager transactions,
			QueryLimits limits) {
		this.client = client;
		this.queries = queries;
		this.reads = readTransactions(transactions, limits);
	}

	/** Read-only transactions the database stops once the request timeout has passed (whole seconds, at least 1). */
	private static TransactionTemplate readTransactions(PlatformTransactionManager transactions, QueryLimits limits) {
		TransactionTemplate reads = new TransactionTemplate(transactions);
		reads.setReadOnly(true);
		reads.setTimeout((int) Math.max(1, (limits.requestTimeout().toMillis() + 999) / 1000));
		return reads;
	}

	private <T> T read(Supplier<T> work) {
		return this.reads.execute(status -> work.get());
	}

	public List<Map<String, Object>> list(String query, Map<String, Object> parameters) {
		return read(() -> List.copyOf(this.client.query(this.queries.get(query)).bindAll(parameters).fetch().all()));
	}

	public Map<String, Object> one(String query, Map<String, Object> parameters) {
		return read(() -> this.client.query(this.queries.get(query)).bindAll(parameters).fetch().one().orElseThrow());
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
		return read(() -> List.copyOf(this.client.query(cypher).bindAll(all).fetch().all()));
	}

	/** Like {@link #one}, for a query with slots: see {@link #list(String, Map, Map)}. */
	public Map<String, Object> one(String query, Map<String, Fragment> slots, Map<String, Object> parameters) {
		Map<String, Object> all = new LinkedHashMap<>(parameters);
		String cypher = Composer.fill(query, this.queries.get(query), slots, all);
		return read(() -> this.client.query(cypher).bindAll(all).fetch().one().orElseThrow());
	}

	/**
	 * The plan the database would run the query with (EXPLAIN: nothing is read), one operator a line, indented by
	 * depth, with its details and estimated rows: what {@code cypher/queries/**}{@code /*.plan.txt} hold.
	 */
	public String explain(String query, Map<String, Fragment> slots, Map<String, Object> parameters) {
		Map<String, Object> all = new LinkedHashMap<>(parameters);
		String cypher = Composer.fill(query, this.queries.get(query), slots, all);
		org.neo4j.driver.summary.ResultSummary summary = read(
				() -> this.client.query("EXPLAIN " + cypher).bindAll(all).run());
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
		return read(() -> this.client.query(this.queries.get(query).replace("__TYPES__", joined))
			.bindAll(parameters)
			.fetch()
			.one()
			.orElseThrow());
	}

	/**
	 * Hands each row of the query to {@code each} as the driver streams it, for reads too large to hold as one list
	 * first (the co-signature index reads every signature of the graph).
	 */
	public void forEach(String query, Map<String, Object> parameters, Consumer<Map<String, Object>> each) {
		String cypher = this.queries.get(query);
		read(() -> this.client.delegateTo(runner -> {
			runner.run(cypher, parameters).forEachRemaining(record -> each.accept(record.asMap()));
			return Optional.empty();
		}).run());
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
