package org.lettergraph.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.lettergraph.graph.Rows;

import org.springframework.stereotype.Repository;

@Repository
class SourceRepository {

	private final Rows rows;

	SourceRepository(Rows rows) {
		this.rows = rows;
	}

	Map<String, Source> byIds(Collection<String> ids) {
		return this.rows.byId("sources/by-ids", ids, Source::id, row -> Source.from(row.get("source")));
	}

	List<Source> all() {
		return this.rows.list("sources/all", Map.of()).stream().map(row -> Source.from(row.get("source"))).toList();
	}
}
