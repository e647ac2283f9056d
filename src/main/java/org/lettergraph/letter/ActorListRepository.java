package org.lettergraph.letter;

import java.util.List;
import java.util.Map;

import org.lettergraph.actor.Actor;
import org.lettergraph.graph.Composer;
import org.lettergraph.graph.Fragment;
import org.lettergraph.graph.Rows;

import org.springframework.stereotype.Repository;

/** The analysts' list of actors: one statement for a page, one for the total. */
@Repository
class ActorListRepository {

	private final Rows rows;

	ActorListRepository(Rows rows) {
		this.rows = rows;
	}

	List<Actor> page(ActorWhere where, List<ActorOrder> orderBy, int skip, int limit) {
		Composer composer = this.rows.composer();
		Fragment filter = ActorConditions.of(where, composer);
		Fragment order = ActorConditions.order(orderBy, where, composer);
		return this.rows.list("actors/page", Map.of("WHERE", filter, "ORDER", order),
				Map.of("skip", skip, "limit", limit))
			.stream()
			.map(row -> Actor.from(row.get("actor")))
			.toList();
	}

	int count(ActorWhere where) {
		Fragment filter = ActorConditions.of(where, this.rows.composer());
		return Rows.integer(this.rows.one("actors/count", Map.of("WHERE", filter), Map.of()), "total");
	}
}
