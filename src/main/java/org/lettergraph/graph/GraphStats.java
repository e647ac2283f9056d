package org.lettergraph.graph;

import java.util.List;
import java.util.Map;

/** What {@code stats} answers: counts by label and by relationship type. */
public record GraphStats(int letters, int organizations, int lawmakers, int officials, int people, int programs,
		int sources, List<LabelCount> nodes, List<TypeCount> relationships) {

	public record LabelCount(String label, int count) {
	}

	public record TypeCount(String type, int count) {
	}

	public int signatures() {
		return this.relationships.stream().filter(t -> t.type().equals("SIGNED")).mapToInt(TypeCount::count).sum();
	}

	static GraphStats from(Map<String, Object> row) {
		List<LabelCount> nodes = ((List<?>) row.get("nodes")).stream()
			.map(Rows::map)
			.map(m -> new LabelCount(Rows.string(m, "label"), Rows.integer(m, "count")))
			.toList();
		List<TypeCount> relationships = ((List<?>) row.get("relationships")).stream()
			.map(Rows::map)
			.map(m -> new TypeCount(Rows.string(m, "type"), Rows.integer(m, "count")))
			.toList();
		return new GraphStats(Rows.integer(row, "letters"), Rows.integer(row, "organizations"),
				Rows.integer(row, "lawmakers"), Rows.integer(row, "officials"), Rows.integer(row, "people"),
				Rows.integer(row, "programs"), Rows.integer(row, "sources"), nodes, relationships);
	}
}
