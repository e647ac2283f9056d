package org.lettergraph.letter;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.lettergraph.actor.Actor;
import org.lettergraph.graph.Connection;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.Paging;
import org.lettergraph.letter.LetterPages.ActorLetterRows;
import org.lettergraph.letter.LetterPages.ActorLetters;
import org.lettergraph.letter.LetterPages.OwnedLetterRows;
import org.lettergraph.letter.LetterPages.OwnedLetters;
import org.lettergraph.program.Program;
import org.lettergraph.source.Source;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The paged letters of actors, programs and sources ({@code letterConnection}), newest first. The list fields
 * ({@code letters}) stay for compatibility; these page, filter and count. Each is one statement per response level.
 */
@Controller
class LetterConnectionController {

	private final Paging paging;

	LetterConnectionController(LetterPages pages, Paging paging, BatchLoaderRegistry registry) {
		this.paging = paging;
		registry.forTypePair(ActorLetters.class, ActorLetterRows.class)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> pages.ofActors(keys)));
		registry.forTypePair(OwnedLetters.class, OwnedLetterRows.class)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> pages.ofOwners(keys)));
	}

	@SchemaMapping(typeName = "Actor")
	CompletableFuture<Connection<ParticipationEdge>> letterConnection(Actor actor, @Argument Role role,
			@Argument List<Role> roles, @Argument LetterWhere where, @Argument Integer first, @Argument String after,
			DataLoader<ActorLetters, ActorLetterRows> loader) {
		if (where != null) {
			where.validated("where", 1);
		}
		if (roles != null && roles.isEmpty()) {
			throw new InvalidArgumentException("roles", "is empty; give at least one role or leave it out.");
		}
		ActorWhere.Participating filter = new ActorWhere.Participating(where, role, roles, null);
		int size = this.paging.pageSize(first);
		String kind = "actor-letters";
		String arguments = actor.id() + "|" + filter;
		int skip = Paging.decodeOffset(kind, after, arguments);
		return loader.load(new ActorLetters(actor.id(), filter, skip, size)).thenApply(page -> {
			ActorLetterRows rows = (page != null) ? page : new ActorLetterRows(List.of(), 0);
			int[] index = { skip };
			return Connection.of(rows.rows(), size, skip > 0,
					p -> ParticipationEdge.of(Paging.offsetCursor(kind, ++index[0], arguments), p), rows::total);
		});
	}

	@SchemaMapping(typeName = "Program")
	CompletableFuture<Connection<Connection.Edge<Letter>>> letterConnection(Program program, @Argument Integer first,
			@Argument String after, DataLoader<OwnedLetters, OwnedLetterRows> loader) {
		return owned("program", program.id(), first, after, loader);
	}

	@SchemaMapping(typeName = "Source")
	CompletableFuture<Connection<Connection.Edge<Letter>>> letterConnection(Source source, @Argument Integer first,
			@Argument String after, DataLoader<OwnedLetters, OwnedLetterRows> loader) {
		return owned("source", source.id(), first, after, loader);
	}

	private CompletableFuture<Connection<Connection.Edge<Letter>>> owned(String ownerKind, String id, Integer first,
			String after, DataLoader<OwnedLetters, OwnedLetterRows> loader) {
		int size = this.paging.pageSize(first);
		String kind = ownerKind + "-letters";
		int skip = Paging.decodeOffset(kind, after, id);
		return loader.load(new OwnedLetters(ownerKind, id, skip, size)).thenApply(page -> {
			OwnedLetterRows rows = (page != null) ? page : new OwnedLetterRows(List.of(), 0);
			int[] index = { skip };
			return Connection.of(rows.rows(), size, skip > 0,
					letter -> new Connection.Edge<>(Paging.offsetCursor(kind, ++index[0], id), letter), rows::total);
		});
	}
}
