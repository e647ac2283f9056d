package org.lettergraph.history;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.dataloader.DataLoader;
import org.lettergraph.graph.Connection;
import org.lettergraph.graph.Identified;
import org.lettergraph.graph.NotFoundException;
import org.lettergraph.graph.Paging;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * {@code history(id)}, and the createdBy/createdAt/updatedBy/updatedAt of letters and actors: one statement per level
 * of a request for all four fields of every letter and actor on it.
 */
@Controller
class HistoryController {

	private static final String CURSOR = "history";

	private final History history;

	private final Paging paging;

	HistoryController(History history, Paging paging, BatchLoaderRegistry registry) {
		this.history = history;
		this.paging = paging;
		registry.forTypePair(String.class, Audit.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> history.audits(ids)));
	}

	@QueryMapping
	Connection<Connection.Edge<Change>> history(@Argument String id, @Argument Integer first,
			@Argument String after) {
		int size = this.paging.pageSize(first);
		int skip = Paging.decodeOffset(CURSOR, after, id);
		History.Count count = this.history.count(id);
		if (count.total() == 0 && !count.held()) {
			throw new NotFoundException("No letter or actor has the id '" + id + "', and no change was ever made to one "
					+ "with that id.");
		}
		List<Change> rows = (size == 0) ? List.of() : this.history.page(id, skip, size + 1);
		int[] position = { skip };
		return Connection.of(rows, size, skip > 0,
				row -> new Connection.Edge<>(Paging.offsetCursor(CURSOR, ++position[0], id), row), count::total);
	}

	@SchemaMapping(typeName = "Letter")
	CompletableFuture<String> createdBy(Identified letter, DataLoader<String, Audit> audits) {
		return field(letter, audits, Audit::createdBy);
	}

	@SchemaMapping(typeName = "Letter")
	CompletableFuture<ZonedDateTime> createdAt(Identified letter, DataLoader<String, Audit> audits) {
		return field(letter, audits, Audit::createdAt);
	}

	@SchemaMapping(typeName = "Letter")
	CompletableFuture<String> updatedBy(Identified letter, DataLoader<String, Audit> audits) {
		return field(letter, audits, Audit::updatedBy);
	}

	@SchemaMapping(typeName = "Letter")
	CompletableFuture<ZonedDateTime> updatedAt(Identified letter, DataLoader<String, Audit> audits) {
		return field(letter, audits, Audit::updatedAt);
	}

	@SchemaMapping(typeName = "Actor", field = "createdBy")
	CompletableFuture<String> actorCreatedBy(Identified actor, DataLoader<String, Audit> audits) {
		return field(actor, audits, Audit::createdBy);
	}

	@SchemaMapping(typeName = "Actor", field = "createdAt")
	CompletableFuture<ZonedDateTime> actorCreatedAt(Identified actor, DataLoader<String, Audit> audits) {
		return field(actor, audits, Audit::createdAt);
	}

	@SchemaMapping(typeName = "Actor", field = "updatedBy")
	CompletableFuture<String> actorUpdatedBy(Identified actor, DataLoader<String, Audit> audits) {
		return field(actor, audits, Audit::updatedBy);
	}

	@SchemaMapping(typeName = "Actor", field = "updatedAt")
	CompletableFuture<ZonedDateTime> actorUpdatedAt(Identified actor, DataLoader<String, Audit> audits) {
		return field(actor, audits, Audit::updatedAt);
	}

	private static <T> CompletableFuture<T> field(Identified node, DataLoader<String, Audit> audits,
			Function<Audit, T> value) {
		return audits.load(node.id()).thenApply(a -> (a != null) ? value.apply(a) : null);
	}
}
