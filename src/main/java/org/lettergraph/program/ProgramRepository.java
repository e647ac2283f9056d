package org.lettergraph.program;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.lettergraph.actor.Actor;
import org.lettergraph.graph.Rows;

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

	Map<String, List<Actor>> runBy(Collection<String> programIds) {
		return this.rows.grouped("programs/run-by", programIds, "programId", row -> Actor.from(row.get("actor")));
	}
}
