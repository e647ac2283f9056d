package org.lettergraph.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Like {@link GraphDump}, but every property value is written with its Neo4j type ({@code DATE 2024-11-15},
 * {@code INTEGER 3}, {@code LIST OF ANY? [STRING "a"]}), so a string that looks like a date, or a float that
 * looks like an integer, counts as a difference. Includes the {@code __LettergraphDataset} bookkeeping node (its
 * checksum and load time), leaves out the schema migrations' own nodes.
 */
public final class TypedGraphDump {

	private TypedGraphDump() {
	}

	public static List<String> of(Driver driver) {
		try (var session = driver.session()) {
			List<String> nodes = session.run("""
					MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')
					RETURN labels(n) AS labels, properties(n) AS props""")
				.list(r -> "node " + r.get("labels").asList() + " " + typed(r.get("props")));
			List<String> relationships = session.run("""
					MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) + labels(b) WHERE l STARTS WITH '__Neo4jMigration')
					RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props""")
				.list(r -> "rel " + r.get("a").asString() + " " + r.get("type").asString() + " "
						+ r.get("b").asString() + " " + typed(r.get("props")));
			return Stream.concat(nodes.stream(), relationships.stream()).sorted().toList();
		}
	}

	private static String typed(Value properties) {
		Map<String, String> result = new TreeMap<>();
		properties.keys().forEach(key -> result.put(key, typedValue(properties.get(key))));
		return result.toString();
	}

	private static String typedValue(Value value) {
		String type = value.type().name();
		if (type.equals("LIST")) {
			return "LIST " + value.asList(TypedGraphDump::typedValue);
		}
		return type + " " + value;
	}
}
