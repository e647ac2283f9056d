package org.lettergraph.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One edge for {@link GraphWrites#link}: its ends by id, its properties (nulls dropped) and the ids of the sources
 * that support it.
 */
public record Edge(String from, String to, Map<String, Object> properties, List<String> sources) {

	public Edge {
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
