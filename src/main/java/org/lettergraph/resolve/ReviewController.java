package org.lettergraph.resolve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.lettergraph.actor.Actor;
import org.lettergraph.graph.Connection;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.Paging;
import org.lettergraph.security.Roles;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

@Controller
class ReviewController {

	private static final String CURSOR = "review";

	private final Review review;

	private final Paging paging;

	ReviewController(Review review, Paging paging, BatchLoaderRegistry registry) {
		this.review = review;
		this.paging = paging;
		registry.forTypePair(String.class, Merges.class).registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> {
			Map<String, Merges> result = new LinkedHashMap<>();
			review.merges(ids).forEach((id, list) -> result.put(id, new Merges(list)));
			return result;
		}));
	}

	@QueryMapping
	Connection<Connection.Edge<ReviewCandidate>> reviewQueue(@Argument Integer first, @Argument String after) {
		int size = this.paging.pageSize(first);
		int skip = offset(Paging.decode(CURSOR, after));
		List<ReviewCandidate> rows = this.review.queue(skip, size + 1);
		int[] position = { skip };
		return Connection.of(rows, size, skip > 0,
				row -> new Connection.Edge<>(Paging.cursor(CURSOR, Integer.toString(++position[0])), row),
				this.review::openCount);
	}

	@MutationMapping
	@PreAuthorize(Roles.CAN_WRITE)
	Actor mergeActors(@Argument String keepId, @Argument List<String> mergeIds) {
		return this.review.merge(keepId, mergeIds);
	}

	@MutationMapping
	@PreAuthorize(Roles.CAN_WRITE)
	Review.Unmerge unmergeActor(@Argument String id) {
		return this.review.unmerge(id);
	}

	/** One statement for the merges of every actor on a level of the request, whatever their kinds. */
	@SchemaMapping(typeName = "Actor")
	CompletableFuture<List<MergeSummary>> merges(Actor actor, DataLoader<String, Merges> loader) {
		return loader.load(actor.id()).thenApply(m -> (m != null) ? m.list() : List.of());
	}

	/** The undoable merges into one actor (a type of its own, so the batch loader has a name of its own). */
	record Merges(List<MergeSummary> list) {
	}

	@MutationMapping
	@PreAuthorize(Roles.CAN_WRITE)
	Actor addAlias(@Argument String actorId, @Argument String alias) {
		return this.review.addAlias(actorId, alias);
	}

	@MutationMapping
	@PreAuthorize(Roles.CAN_WRITE)
	ReviewCandidate dismissCandidate(@Argument String actorId, @Argument String otherId) {
		return this.review.dismiss(actorId, otherId);
	}

	@MutationMapping
	@PreAuthorize(Roles.CAN_WRITE)
	Review.Judged judgeCandidate(@Argument String actorId, @Argument String otherId,
			@Argument Review.Decision decision, @Argument String keepId) {
		return this.review.judge(actorId, otherId, decision, keepId);
	}

	private static int offset(String key) {
		if (key == null) {
			return 0;
		}
		try {
			return Integer.parseInt(key);
		}
		catch (NumberFormatException ex) {
			throw new InvalidArgumentException("after", "'" + key + "' is not a review-queue cursor.");
		}
	}
}
