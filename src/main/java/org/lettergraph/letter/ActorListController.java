package org.lettergraph.letter;

import java.util.List;
import java.util.function.IntSupplier;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.lettergraph.actor.Actor;
import org.lettergraph.graph.Connection;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code actors(where, orderBy, first, after)}: every actor an analyst can describe, in the order asked for. It lives
 * with the letters because most of what an analyst filters and orders actors by is the letters they took part in.
 */
@Controller
class ActorListController {

	private static final String CURSOR = "actors";

	private final ActorListRepository actors;

	private final Paging paging;

	ActorListController(ActorListRepository actors, Paging paging) {
		this.actors = actors;
		this.paging = paging;
	}

	@QueryMapping
	DataFetcherResult<Connection<Connection.Edge<Actor>>> actors(@Argument ActorWhere where,
			@Argument List<ActorOrder> orderBy, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		ActorWhere filter = (where != null) ? where.validated("where", 1) : ActorWhere.NONE;
		if (orderBy != null && orderBy.isEmpty()) {
			throw new InvalidArgumentException("orderBy", "is empty; give at least one key or leave it out.");
		}
		int size = this.paging.pageSize(first);
		String arguments = filter + "|" + orderBy;
		int skip = Paging.decodeOffset(CURSOR, after, arguments);
		// A request for the counts alone (totalCount, aggregate, groupBy) reads no page.
		boolean paged = selection.contains("edges") || selection.contains("pageInfo");
		List<Actor> rows;
		IntSupplier total;
		if (paged && selection.contains("totalCount") && ActorListRepository.countsWithPage(filter, orderBy)) {
			// Both from one statement: the head, which starts from the letters, runs once.
			ActorListRepository.PageAndTotal both = this.actors.pageWithTotal(filter, orderBy, skip, size + 1);
			rows = both.page();
			total = both::total;
		}
		else {
			rows = paged ? this.actors.page(filter, orderBy, skip, size + 1) : List.of();
			total = () -> this.actors.count(filter);
		}
		int[] index = { skip };
		Connection<Connection.Edge<Actor>> page = Connection.of(rows, size, skip > 0,
				actor -> new Connection.Edge<>(Paging.offsetCursor(CURSOR, ++index[0], arguments), actor), total);
		// The filter goes with the page, for aggregate and groupBy.
		return DataFetcherResult.<Connection<Connection.Edge<Actor>>>newResult()
			.data(page)
			.localContext(new FilteredList(page, filter))
			.build();
	}
}
