package org.lettergraph.program;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.lettergraph.actor.Actor;
import org.lettergraph.graph.Rows;
import org.lettergraph.letter.Letter;
import org.lettergraph.source.Source;

import org.springframework.stereotype.Repository;

@Repository
class ProgramRepository {

	private final Rows rows;

	ProgramRepository(Rows rows) {
		this.rows = rows;
	}

	List<Program> all() {
		return this.rows.list("programs/all", Map.of()).stream().map(row -> Program.from(row.get("program"))).toList();
	}

	Map<String, Program> byIds(Collection<String> ids) {
		return this.rows.byId("programs/by-ids", ids, Program::id, row -> Program.from(row.get("program")));
	}

	Map<String, ProgramController.Concerns> concernsOf(Collection<String> letterIds) {
		Map<String, List<Concern>> byLetter = this.rows.grouped("programs/of-letters", letterIds, "letterId",
				row -> new Concern(Program.from(row.get("program")), Rows.string(row, "ask"),
						Rows.each(row, "sources", Source::from)));
		Map<String, ProgramController.Concerns> result = new java.util.HashMap<>();
		byLetter.forEach((id, list) -> result.put(id, new ProgramController.Concerns(list)));
		return result;
	}

	Map<String, List<Actor>> runBy(Collection<String> programIds) {
		return this.rows.grouped("programs/run-by", programIds, "programId", row -> Actor.from(row.get("actor")));
	}

	Map<String, List<Letter>> letters(Collection<String> programIds) {
		return this.rows.grouped("programs/letters", programIds, "programId", row -> Letter.from(row.get("letter")));
	}
}
