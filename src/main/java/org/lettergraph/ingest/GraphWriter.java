package org.lettergraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lettergraph.graph.CypherQueries;
import org.lettergraph.graph.GraphSchema;
import org.lettergraph.graph.Rows;
import org.lettergraph.security.Authorship.Stamp;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The statements every write is made of, each batched with {@code UNWIND}. Labels and relationship types are
 * taken from {@link GraphSchema}'s allow-list; values always travel as parameters. An edge whose end does not exist
 * fails the write (and so rolls back its transaction) instead of being dropped silently.
 */
@Component
class GraphWriter {

	private final Neo4jClient client;

	private final CypherQueries queries;

	GraphWriter(Neo4jClient client, CypherQueries queries) {
		this.client = client;
		this.queries = queries;
	}

	/** One edge to write: its ends by id, its properties (nulls dropped) and its sources. */
	record Edge(String from, String to, Map<String, Object> properties, List<String> sources) {

		Edge {
			Map<String, Object> set = new LinkedHashMap<>();
			properties.forEach((k, v) -> {
				if (v != null) {
					set.put(k, v);
				}
			});
			properties = set;
			sources = List.copyOf(sources);
		}

		Map<String, Object> parameters() {
			return Map.of("from", this.from, "to", this.to, "properties", this.properties, "sources", this.sources);
		}
	}

	void link(String fromLabel, String type, String toLabel, Collection<Edge> edges, Stamp stamp) {
		if (edges.isEmpty()) {
			return;
		}
		String cypher = this.queries.get("ingest/link")
			.replace("__FROM__", GraphSchema.label(fromLabel))
			.replace("__TYPE__", GraphSchema.relationshipType(type))
			.replace("__TO__", GraphSchema.label(toLabel));
		List<Map<String, Object>> rows = edges.stream().map(Edge::parameters).toList();
		long written = count(cypher, with(stamp, Map.of("rows", rows)));
		if (written != edges.size()) {
			List<String> missing = new ArrayList<>();
			Map<String, String> labels = existing(edges.stream().flatMap(e -> List.of(e.from(), e.to()).stream())
				.distinct()
				.toList());
			edges.forEach(e -> {
				if (!labels.containsKey(e.from())) {
					missing.add(e.from());
				}
				if (!labels.containsKey(e.to())) {
					missing.add(e.to());
				}
			});
			throw new IngestException(type + " edges name ids that are not in the graph: "
					+ String.join(", ", missing.stream().distinct().toList()));
		}
	}

	void actors(String label, List<Map<String, Object>> rows, boolean authoritative, Stamp stamp) {
		if (!rows.isEmpty()) {
			String cypher = this.queries.get("ingest/actors").replace("__LABEL__", GraphSchema.label(label));
			count(cypher, with(stamp, Map.of("rows", rows, "authoritative", authoritative)));
		}
	}

	void nodes(String query, List<Map<String, Object>> rows, Stamp stamp) {
		if (!rows.isEmpty()) {
			count(this.queries.get(query), with(stamp, Map.of("rows", rows)));
		}
	}

	/** The letters of one write, in order: {@code [{id, properties, sources}]}. */
	void letters(List<Map<String, Object>> letters, Stamp stamp) {
		if (!letters.isEmpty()) {
			count(this.queries.get("ingest/letters"), with(stamp, Map.of("letters", letters)));
		}
	}

	private static Map<String, Object> with(Stamp stamp, Map<String, Object> parameters) {
		Map<String, Object> all = new HashMap<>(parameters);
		all.putAll(stamp.parameters());
		return all;
	}

	/** The label of each of these ids that already names a node. */
	Map<String, String> existing(Collection<String> ids) {
		Map<String, String> result = new HashMap<>();
		if (ids.isEmpty()) {
			return result;
		}
		this.client.query(this.queries.get("ingest/existing"))
			.bind(List.copyOf(ids))
			.to("ids")
			.fetch()
			.all()
			.forEach(row -> result.put(Rows.string(row, "id"), Rows.string(row, "label")));
		return result;
	}

	/**
	 * In one statement: the label of each of these ids that already names a node, and of every actor whose id
	 * starts with one of the prefixes (the ids a new actor's id might collide with).
	 */
	Map<String, String> existing(Collection<String> ids, Collection<String> prefixes) {
		Map<String, String> result = new HashMap<>();
		if (ids.isEmpty() && prefixes.isEmpty()) {
			return result;
		}
		this.client.query(this.queries.get("ingest/existing-or-prefixed"))
			.bindAll(Map.of("ids", List.copyOf(ids), "prefixes", List.copyOf(prefixes)))
			.fetch()
			.all()
			.forEach(row -> result.put(Rows.string(row, "id"), Rows.string(row, "label")));
		return result;
	}

	private long count(String cypher, Map<String, Object> parameters) {
		return this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Long.class)
			.mappedBy((types, record) -> record.get("written").asLong())
			.one()
			.orElse(0L);
	}
}
