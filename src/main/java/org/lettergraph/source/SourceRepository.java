package org.lettergraph.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.lettergraph.graph.Rows;
import org.lettergraph.letter.Letter;

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

	Map<String, SourceController.Reports> reportsOf(Collection<String> letterIds) {
		Map<String, List<Report>> byLetter = this.rows.grouped("sources/of-letters", letterIds, "letterId",
				row -> new Report(Source.from(row.get("source")), Rows.integer(row, "signerCount"),
						Rows.string(row, "signerCountQualifier")));
		Map<String, SourceController.Reports> result = new java.util.HashMap<>();
		byLetter.forEach((id, list) -> result.put(id, new SourceController.Reports(list)));
		return result;
	}

	Map<String, List<Letter>> lettersOf(Collection<String> sourceIds) {
		return this.rows.grouped("sources/letters", sourceIds, "sourceId", row -> Letter.from(row.get("letter")));
	}
}
