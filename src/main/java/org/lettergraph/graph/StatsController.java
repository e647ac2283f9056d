package org.lettergraph.graph;

import java.util.Map;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class StatsController {

	private final Rows rows;

	StatsController(Rows rows) {
		this.rows = rows;
	}

	@QueryMapping
	GraphStats stats() {
		return GraphStats.from(this.rows.one("stats", Map.of()));
	}
}
