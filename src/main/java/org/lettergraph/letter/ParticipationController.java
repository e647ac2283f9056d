package org.lettergraph.letter;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import graphql.schema.DataFetcher;
import org.dataloader.DataLoader;
import org.lettergraph.actor.Actor;
import org.lettergraph.actor.ActorKind;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
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

	/**
	 * {@code letterCount} on every kind of actor, through the one loader above. A plain data fetcher, not a schema
	 * mapping: the field is asked once per item of a list (a letter's 1,000 signers), and a schema mapping builds and
	 * invokes a handler method, its arguments resolved, at each; this only hands the actor's id to the loader, the
	 * same loader by id that every level uses. (A batch mapping on the interface was tried: it registered no loader
	 * under {@code Actor.letterCount} for a letter's signers to prime.)
	 */
	@Bean
	static RuntimeWiringConfigurer letterCountField() {
		DataFetcher<CompletableFuture<Integer>> fetcher = env -> {
			DataLoader<String, LetterCount> loader = env.getDataLoader(LetterCount.LOADER);
			return loader.load(env.<Actor>getSource().id()).thenApply(c -> (c != null) ? c.signed() : 0);
		};
		return wiring -> {
			for (ActorKind kind : ActorKind.values()) {
				wiring.type(kind.label(), type -> type.dataFetcher("letterCount", fetcher));
			}
		};
	}
}
