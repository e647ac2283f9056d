package org.lettergraph.network;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

import org.lettergraph.actor.Actor;
import org.lettergraph.graph.Connection;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.ListSizes;
import org.lettergraph.graph.Paging;
import org.lettergraph.letter.LetterWhere;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The network's lists a page at a time ({@code coSignerConnection}, {@code commonSignerConnection},
 * {@code signedButNotConnection}, {@code similarActorConnection}: Relay connections with {@code totalCount}, next to
 * the list fields API.md fixes) and the co-signature network one year at a time. Each page is one statement; the
 * total of co-signers is a second one, run only when a client selects {@code totalCount}.
 */
@Controller
class NetworkPagesController {

	private final CoSignatureQueries queries;

	private final Communities communities;

	private final Paging paging;

	private final NetworkProperties network;

	NetworkPagesController(CoSignatureQueries queries, Communities communities, Paging paging,
			NetworkProperties network) {
		this.queries = queries;
		this.communities = communities;
		this.paging = paging;
		this.network = network;
	}

	@QueryMapping
	Connection<Connection.Edge<CoSigner>> coSignerConnection(@Argument String actorId, @Argument Integer minShared,
			@Argument Integer first, @Argument String after) {
		int shared = NetworkProperties.minShared(minShared);
		int size = this.paging.pageSize(first);
		String kind = "co-signers";
		String arguments = actorId + "|" + shared;
		int skip = Paging.decodeOffset(kind, after, arguments);
		List<CoSigner> rows = this.queries.coSigners(actorId, shared, skip + size + 1);
		return page(kind, arguments, rows.subList(Math.min(skip, rows.size()), rows.size()), skip, size,
				() -> this.queries.coSignerCount(actorId, shared));
	}

	@QueryMapping
	Connection<Connection.Edge<Actor>> commonSignerConnection(@Argument List<String> letterIds,
			@Argument Integer first, @Argument String after) {
		Set<String> ids = new LinkedHashSet<>(letterIds);
		if (ids.isEmpty() || ids.size() > this.paging.maxPageSize()) {
			throw new InvalidArgumentException("letterIds",
					"give between 1 and " + this.paging.maxPageSize() + " letter ids, got " + ids.size() + ".");
		}
		int size = this.paging.pageSize(first);
		String kind = "common-signers";
		String arguments = String.join(",", ids);
		int skip = Paging.decodeOffset(kind, after, arguments);
		CoSignatureQueries.ActorPage page = this.queries.commonSigners(ids, skip, size + 1);
		return page(kind, arguments, page.actors(), skip, size, page::total);
	}

	@QueryMapping
	Connection<Connection.Edge<Actor>> signedButNotConnection(@Argument String signed, @Argument String notSigned,
			@Argument Integer first, @Argument String after) {
		int size = this.paging.pageSize(first);
		String kind = "signed-but-not";
		String arguments = signed + "|" + notSigned;
		int skip = Paging.decodeOffset(kind, after, arguments);
		CoSignatureQueries.ActorPage page = this.queries.signedButNot(signed, notSigned, skip, size + 1);
		return page(kind, arguments, page.actors(), skip, size, page::total);
	}

	@QueryMapping
	Connection<Connection.Edge<SimilarActor>> similarActorConnection(@Argument String actorId,
			@Argument Integer first, @Argument String after) {
		int size = this.paging.pageSize(first);
		String kind = "similar-actors";
		int skip = Paging.decodeOffset(kind, after, actorId);
		Communities.SimilarPage page = this.communities.similarActors(actorId, skip, size + 1);
		return page(kind, actorId, page.similar(), skip, size, page::total);
	}

	@QueryMapping
	List<YearNetwork> coSignatureNetworkByYear(@Argument LetterWhere where, @Argument int from, @Argument int to,
			@Argument Integer minShared, @Argument Integer edgesPerYear) {
		LetterWhere filter = (where != null) ? where.checked() : LetterWhere.NONE;
		if (from < 1 || from > 9999) {
			throw new InvalidArgumentException("from", "must be a year between 1 and 9999, got " + from + ".");
		}
		if (to < from) {
			throw new InvalidArgumentException("to", "(" + to + ") is before 'from' (" + from + ").");
		}
		if (to - from + 1 > ListSizes.MAX_NETWORK_YEARS) {
			throw new InvalidArgumentException("to", "spans " + (to - from + 1) + " years; ask for at most "
					+ ListSizes.MAX_NETWORK_YEARS + " years at a time.");
		}
		int limit;
		try {
			limit = this.network.edges(edgesPerYear);
		}
		catch (InvalidArgumentException ex) {
			throw new InvalidArgumentException("edgesPerYear", "must be between 0 and " + this.network.maxEdges()
					+ " edges (lettergraph.network.max-edges), got " + edgesPerYear + ".");
		}
		return this.queries.networkByYear(filter, from, to, NetworkProperties.minShared(minShared), limit);
	}

	private static <T> Connection<Connection.Edge<T>> page(String kind, String arguments, List<T> rows, int skip,
			int size, IntSupplier total) {
		int[] index = { skip };
		return Connection.of(rows, size, skip > 0,
				row -> new Connection.Edge<>(Paging.offsetCursor(kind, ++index[0], arguments), row), total);
	}
}
