package org.lettergraph.letter;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.dataloader.DataLoader;
import org.lettergraph.actor.Actor;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** The letters each actor took part in, and how many it signed: letter fields on every kind of actor. */
@Controller
class ParticipationController {

	ParticipationController(LetterRepository letters, BatchLoaderRegistry registry) {
		registry.forTypePair(String.class, Participations.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> letters.participations(ids)));
		registry.forTypePair(String.class, LetterCount.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> letters.letterCounts(ids)));
	}

	/** One loader for every kind of actor, so a level mixing kinds still costs one statement. */
	@SchemaMapping(typeName = "Actor")
	CompletableFuture<List<Participation>> letters(Actor actor, @Argument Role role,
			DataLoader<String, Participations> loader) {
		Predicate<Participation> wanted = (role == null) ? p -> true : p -> p.role().equals(role.name());
		return loader.load(actor.id())
			.thenApply(all -> (all == null) ? List.<Participation>of()
					: all.list().stream().filter(wanted).toList());
	}

	@SchemaMapping(typeName = "Actor")
	CompletableFuture<Integer> letterCount(Actor actor, DataLoader<String, LetterCount> loader) {
		return loader.load(actor.id()).thenApply(c -> (c != null) ? c.signed() : 0);
	}
}
