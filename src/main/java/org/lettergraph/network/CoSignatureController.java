package org.lettergraph.network;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.lettergraph.graph.GdsNotInstalledException;
import org.lettergraph.actor.Actor;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.Paging;
import org.lettergraph.letter.Letter;
import org.lettergraph.letter.LetterWhere;
import org.lettergraph.letter.Role;
import org.lettergraph.network.ActorPath.PathStep;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Who signs with whom: co-signers, the signers two letters share or do not, paths between actors and the
 * co-signature network. Each question is one statement; letters and actors hanging off the answers are loaded
 * through the shared batch loaders, one statement per level of the response.
 */
@Controller
class CoSignatureController {

	/** A path is a chain of co-signatures unless the client asks to go through addressees too. */
	static final List<Role> CO_SIGNATURE_ROLES = List.of(Role.LEAD, Role.SIGNER, Role.ENDORSER);

	private final CoSignatureQueries queries;

	private final Communities communities;

	private final Paging paging;

	private final NetworkProperties network;

	CoSignatureController(CoSignatureQueries queries, Communities communities, Paging paging,
			NetworkProperties network) {
		this.queries = queries;
		this.communities = communities;
		this.paging = paging;
		this.network = network;
	}

	@QueryMapping
	List<CoSigner> coSigners(@Argument String actorId, @Argument Integer minShared, @Argument Integer first) {
		int limit = this.paging.pageSize(first);
		return this.queries.coSigners(actorId, NetworkProperties.minShared(minShared), limit);
	}

	@SchemaMapping(typeName = "CoSigner")
	CompletableFuture<List<Letter>> sharedLetters(CoSigner coSigner, DataLoader<String, Letter> letters) {
		return letters.loadMany(coSigner.letterIds());
	}

	@QueryMapping
	List<Actor> commonSigners(@Argument List<String> letterIds) {
		Set<String> ids = new LinkedHashSet<>(letterIds);
		if (ids.isEmpty() || ids.size() > this.paging.maxPageSize()) {
			throw new InvalidArgumentException("letterIds",
					"give between 1 and " + this.paging.maxPageSize() + " letter ids, got " + ids.size() + ".");
		}
		return this.queries.commonSigners(ids);
	}

	@QueryMapping
	List<Actor> signedButNot(@Argument String signed, @Argument String notSigned) {
		return this.queries.signedButNot(signed, notSigned);
	}

	@QueryMapping
	ActorPath shortestPath(@Argument String from, @Argument String to, @Argument Integer maxHops,
			@Argument List<Role> via) {
		int hops = NetworkProperties.maxHops(maxHops);
		if (from.equals(to)) {
			throw new InvalidArgumentException("to", "is the same actor as 'from'; a path joins two different actors.");
		}
		if (via != null && via.isEmpty()) {
			throw new InvalidArgumentException("via", "give at least one role, or leave it out for "
					+ CO_SIGNATURE_ROLES + ".");
		}
		return this.queries.shortestPath(from, to, hops, (via != null) ? Set.copyOf(via) : CO_SIGNATURE_ROLES);
	}

	@SchemaMapping(typeName = "PathStep")
	CompletableFuture<Actor> actor(PathStep step, DataLoader<String, Actor> actors) {
		return step.isLetter() ? CompletableFuture.completedFuture(null) : actors.load(step.id());
	}

	@SchemaMapping(typeName = "PathStep")
	CompletableFuture<Letter> letter(PathStep step, DataLoader<String, Letter> letters) {
		return step.isLetter() ? letters.load(step.id()) : CompletableFuture.completedFuture(null);
	}

	@QueryMapping
	Network coSignatureNetwork(@Argument LetterWhere where, @Argument Integer minShared, @Argument Integer first) {
		LetterWhere filter = (where != null) ? where.checked() : LetterWhere.NONE;
		return this.queries.network(filter, NetworkProperties.minShared(minShared), this.network.edges(first));
	}

	/**
	 * A network's nodes. Blocs cost a Graph Data Science run over the whole filtered network, so they are computed
	 * only when a client selects {@code bloc}; without GDS the nodes still come back, their blocs null, with one
	 * error saying why.
	 */
	@SchemaMapping(typeName = "Network")
	DataFetcherResult<List<Network.Node>> nodes(Network network, DataFetchingEnvironment env) {
		var answer = DataFetcherResult.<List<Network.Node>>newResult();
		if (!env.getSelectionSet().contains("bloc") || network.nodes().isEmpty()) {
			return answer.data(network.nodes()).build();
		}
		try {
			return answer.data(network.nodesWithBlocs(this.communities.blocByActor(network.where(), network.minShared())))
				.build();
		}
		catch (GdsNotInstalledException ex) {
			return answer.data(network.nodes()).error(NetworkErrors.error(env, ex)).build();
		}
	}
}
