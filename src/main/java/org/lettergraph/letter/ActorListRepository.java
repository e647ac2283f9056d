package org.lettergraph.letter;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.lettergraph.actor.Actor;
import org.lettergraph.graph.Composer;
import org.lettergraph.graph.Fragment;
import org.lettergraph.graph.Projections;
import org.lettergraph.graph.Rows;

import org.springframework.stereotype.Repository;

/** The analysts' list of actors: one statement for a page, one for the total. */
@Repository
class ActorListRepository {

	private final Rows rows;

	ActorListRepository(Rows rows) {
		this.rows = rows;
	}

	/**
	 * One page. Ordered by PageRank or betweenness, the same statement first projects the window's co-signature
	 * network into Graph Data Science and scores it (actors/page-scored).
	 */
	List<Actor> page(ActorWhere where, List<ActorOrder> orderBy, int skip, int limit) {
		Set<NetworkMeasures.Measure> measures = (orderBy == null) ? Set.of()
				: orderBy.stream()
					.map(key -> key.field().measure())
					.filter(Objects::nonNull)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(NetworkMeasures.Measure.class)));
		if (!measures.isEmpty()) {
			return Projections.run(this.rows, "PageRank and betweenness (orderBy PAGE_RANK or BETWEENNESS)", Projections.newName(),
					graph -> actors(pageScored(where, orderBy, measures, graph, skip, limit)));
		}
		Composer composer = this.rows.composer();
		Fragment filter = ActorConditions.of(where, composer);
		Fragment order = ActorConditions.order(orderBy, where, composer);
		return actors(this.rows.list("actors/page", Map.of("WHERE", filter, "ORDER", order),
				Map.of("skip", skip, "limit", limit)));
	}

	private List<Map<String, Object>> pageScored(ActorWhere where, List<ActorOrder> orderBy,
			Set<NetworkMeasures.Measure> measures, String graph, int skip, int limit) {
		Composer composer = this.rows.composer();
		Map<String, Fragment> slots = Map.of("PROJECT",
				NetworkMeasures.project(ActorConditions.window(where), graph, composer), "MEASURES",
				NetworkMeasures.measures(measures, graph, composer), "WHERE", ActorConditions.of(where, composer),
				"ORDER", ActorConditions.order(orderBy, where, composer));
		return this.rows.list("actors/page-scored", slots, Map.of("skip", skip, "limit", limit, "graph", graph));
	}

	private static List<Actor> actors(List<Map<String, Object>> rows) {
		return rows.stream().map(row -> Actor.from(row.get("actor"))).toList();
	}

	int count(ActorWhere where) {
		Fragment filter = ActorConditions.of(where, this.rows.composer());
		return Rows.integer(this.rows.one("actors/count", Map.of("WHERE", filter), Map.of()), "total");
	}
}
