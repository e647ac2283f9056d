package org.lettergraph.support;

import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;

/**
 * Every node and relationship of the graph with all its labels and properties, as sorted text: two dumps are equal
 * exactly when nothing in the graph changed. Migration bookkeeping nodes are left out.
 */
public final class GraphDump {

	private GraphDump() {
	}

	/** What differs between two dumps: lines only in the first ("- …") and only in the second ("+ …"). */
	public static List<String> difference(List<String> before, List<String> after) {
		java.util.Set<String> a = new java.util.HashSet<>(before);
		java.util.Set<String> b = new java.util.HashSet<>(after);
		return Stream.concat(before.stream().filter(x -> !b.contains(x)).map(x -> "- " + x),
				after.stream().filter(x -> !a.contains(x)).map(x -> "+ " + x))
			.toList();
	}

	/**
	 * The same dump read through Spring's client, so it sees the current transaction's own writes (a test can dump
	 * a graph it then rolls back). Properties named in {@code ignored} are left out, e.g. the times of a write.
	 */
	public static List<String> of(org.springframework.data.neo4j.core.Neo4jClient client, java.util.Set<String> ignored) {
		List<String> nodes = client.query("""
				MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__')
				RETURN labels(n) AS labels, properties(n) AS props""").fetch().all().stream()
			.map(r -> "node " + r.get("labels") + " " + without(r.get("props"), ignored))
			.toList();
		List<String> relationships = client.query("""
				MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) WHERE l STARTS WITH '__')
				RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props""").fetch().all().stream()
			.map(r -> "rel " + r.get("a") + " " + r.get("type") + " " + r.get("b") + " " + without(r.get("props"), ignored))
			.toList();
		return Stream.concat(nodes.stream(), relationships.stream()).sorted().toList();
	}

	private static TreeMap<String, Object> without(Object props, java.util.Set<String> ignored) {
		TreeMap<String, Object> result = new TreeMap<>();
		((java.util.Map<?, ?>) props).forEach((k, v) -> {
			if (!ignored.contains(String.valueOf(k))) {
				result.put(String.valueOf(k), v);
			}
		});
		return result;
	}

	public static List<String> of(Driver driver) {
		try (var session = driver.session()) {
			List<String> nodes = session.run("""
					MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__')
					RETURN labels(n) AS labels, properties(n) AS props""")
				.list(r -> "node " + r.get("labels").asList() + " " + new TreeMap<>(r.get("props").asMap()));
			List<String> relationships = session.run("""
					MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) WHERE l STARTS WITH '__')
					RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props""")
				.list(r -> "rel " + r.get("a").asString() + " " + r.get("type").asString() + " " + r.get("b").asString()
						+ " " + new TreeMap<>(r.get("props").asMap()));
			return Stream.concat(nodes.stream(), relationships.stream()).sorted().toList();
		}
	}
}
