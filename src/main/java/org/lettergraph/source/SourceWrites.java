package org.lettergraph.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lettergraph.graph.GraphWrites;

import org.springframework.stereotype.Component;

/** Writes source nodes, inside a write of {@link GraphWrites}. A source's text is never stored: only its citation. */
@Component
public class SourceWrites {

	private final GraphWrites writes;

	SourceWrites(GraphWrites writes) {
		this.writes = writes;
	}

	/** Sources as reference records state them: authoritative, so their facts are set. */
	public void write(List<Source> sources) {
		if (!sources.isEmpty()) {
			this.writes.update("sources/write", Map.of("rows", sources.stream().map(SourceWrites::row).toList()));
		}
	}

	/** Creates these sources unless they exist; an existing source is never changed by a letter that cites it. */
	public void createIfAbsent(List<Source> sources) {
		if (!sources.isEmpty()) {
			this.writes.update("sources/create-if-absent",
					Map.of("batch", Map.of("rows", sources.stream().map(SourceWrites::row).toList())));
		}
	}

	private static Map<String, Object> row(Source s) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("title", s.title());
		properties.put("kind", s.kind());
		putIfPresent(properties, "publisher", s.publisher());
		putIfPresent(properties, "date", s.date());
		putIfPresent(properties, "dateNote", s.dateNote());
		putIfPresent(properties, "author", s.author());
		putIfPresent(properties, "location", s.location());
		return Map.of("id", s.id(), "properties", properties);
	}

	private static void putIfPresent(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}
}
