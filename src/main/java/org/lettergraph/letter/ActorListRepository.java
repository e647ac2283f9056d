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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Repository;

/**
 * The analysts' list of actors: one statement for a page, one for the total; one for both when the list starts from
 * letters and both are asked for. Ordered by DEGREE, one more before them counts the window's degrees in the
 * co-signature index.
 */
@Repository
class ActorListRepository {

	private final Rows rows;

	private final ObjectProvider<WindowDegrees> degrees;

	ActorListRepository(Rows rows, ObjectProvider<WindowDegrees> degrees) {
		this.rows = rows;
		this.degrees = degrees;
	}

	/**
	 * Every actor's degree in the window of a DEGREE ordering, counted before the page's statement where that can be
	 * done (see {@link WindowDegrees}); null when the order has no DEGREE key or the count is not available, and
	 * the statement then counts it.
	 */
	private Map<String, Integer> degrees(ActorWhere where, List<ActorOrder> orderBy) {
		if (orderBy == null || orderBy.stream().noneMatch(key -> key.field() == ActorOrder.Field.DEGREE)) {
			return null;
		}
		WindowDegrees counted = this.degrees.getIfAvailable();
		LetterWhere window = ActorConditions.window(where);
		return (counted != null) ? counted.degrees((window != null) ? window : LetterWhere.NONE).orElse(null) : null;
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
		Fragment head = ActorConditions.actors(where, composer);
		Fragment order = ActorConditions.order(orderBy, where, composer, ActorConditions.startsFromLetters(where),
				degrees(where, orderBy));
		return actors(this.rows.list("actors/page", Map.of("ACTORS", head, "ORDER", order),
				Map.of("skip", skip, "limit", limit)));
	}

	/** A page and the total of the whole list, read together (see {@link #pageWithTotal}). */
	record PageAndTotal(List<Actor> page, int total) {
	}

	/**
	 * Whether {@link #pageWithTotal} answers this list: its head starts from the filter's letters (the work the page
	 * and the count would each do again) and no network measure orders it.
	 */
	static boolean countsWithPage(ActorWhere where, List<ActorOrder> orderBy) {
		return ActorConditions.startsFromLetters(where)
				&& (orderBy == null || orderBy.stream().allMatch(key -> key.field().measure() == null));
	}

	/** One page and the total in one statement (actors/page-counted), for a list {@link #countsWithPage} accepts. */
	PageAndTotal pageWithTotal(ActorWhere where, List<ActorOrder> orderBy, int skip, int limit) {
		Composer composer = this.rows.composer();
		Fragment head = ActorConditions.actors(where, composer);
		Fragment order = ActorConditions.order(orderBy, where, composer, ActorConditions.startsFromLetters(where),
				degrees(where, orderBy));
		Map<String, Object> row = this.rows.one("actors/page-counted", Map.of("ACTORS", head, "ORDER", order),
				Map.of("skip", skip, "limit", limit));
		return new PageAndTotal(Rows.each(row, "actors", Actor::from), Rows.integer(row, "total"));
	}

	private List<Map<String, Object>> pageScored(ActorWhere where, List<ActorOrder> orderBy,
			Set<NetworkMeasures.Measure> measures, String graph, int skip, int limit) {
		Composer composer = this.rows.composer();
		Map<String, Fragment> slots = Map.of("PROJECT",
				NetworkMeasures.project(ActorConditions.window(where), graph, composer), "MEASURES",
				NetworkMeasures.measures(measures, graph, composer), "ACTORS", ActorConditions.actors(where, composer),
				"ORDER", ActorConditions.order(orderBy, where, composer, false, degrees(where, orderBy)));
		return this.rows.list("actors/page-scored", slots, Map.of("skip", skip, "limit", limit, "graph", graph));
	}

	private static List<Actor> actors(List<Map<String, Object>> rows) {
		return rows.stream().map(row -> Actor.from(row.get("actor"))).toList();
	}

	int count(ActorWhere where) {
		Fragment head = ActorConditions.actors(where, this.rows.composer());
		return Rows.integer(this.rows.one("actors/count", Map.of("ACTORS", head), Map.of()), "total");
	}
}
