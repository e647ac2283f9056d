package org.lettergraph.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One edge for {@link GraphWrites#link}: its ends by id, its properties (nulls dropped), the ids of the sources
 * that support it, and properties the first source to state them sets: an edge that already has one keeps it.
 *
 * @param firstSaid properties a later document does not overwrite: a letter's ask of a program, read from a pasted
 *                  text as a verb ("halt"), must not replace the ask a person recorded in full; changing such a
 *                  fact is a correction, not an ingest
 */
public record Edge(String from, String to, Map<String, Object> properties, List<String> sources,
		Map<String, Object> firstSaid) {

	public Edge {
		properties = withoutNulls(properties);
		firstSaid = withoutNulls(firstSaid);
		sources = List.copyOf(sources);
	}

	/** An edge whose properties are all set by every write. */
	public Edge(String from, String to, Map<String, Object> properties, List<String> sources) {
		this(from, to, properties, sources, Map.of());
	}

	private static Map<String, Object> withoutNulls(Map<String, Object> properties) {
		Map<String, Object> set = new LinkedHashMap<>();
		if (properties != null) {
			properties.forEach((k, v) -> {
				if (v != null) {
					set.put(k, v);
				}
			});
		}
		return set;
	}

	Map<String, Object> parameters() {
		return Map.of("from", this.from, "to", this.to, "properties", this.properties, "sources", this.sources,
				"firstSaid", this.firstSaid);
	}
}
