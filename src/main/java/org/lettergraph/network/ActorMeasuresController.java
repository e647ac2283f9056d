package org.lettergraph.network;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.lettergraph.actor.Actor;
import org.lettergraph.letter.LetterWhere;
import org.lettergraph.letter.NetworkMeasures.Measure;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Who leads and who connects: {@code Actor.degree}, {@code Actor.pageRank} and {@code Actor.betweenness} within a
 * window of letters, loaded for every actor of a response level together (one statement per window and kind).
 */
@Controller
class ActorMeasuresController {

	ActorMeasuresController(ActorMeasures measures, BatchLoaderRegistry registry) {
		registry.forTypePair(ActorMeasures.DegreeKey.class, Integer.class)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> measures.degrees(keys)));
		registry.forTypePair(ActorMeasures.ScoreKey.class, Double.class)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> measures.scores(keys)));
	}

	@SchemaMapping(typeName = "Actor")
	CompletableFuture<Integer> degree(Actor actor, @Argument LetterWhere where,
			DataLoader<ActorMeasures.DegreeKey, Integer> loader) {
		return loader.load(new ActorMeasures.DegreeKey(actor.id(), window(where)))
			.thenApply(value -> (value != null) ? value : 0);
	}

	@SchemaMapping(typeName = "Actor")
	CompletableFuture<Double> pageRank(Actor actor, @Argument LetterWhere where,
			DataLoader<ActorMeasures.ScoreKey, Double> loader) {
		return score(actor, where, Measure.PAGE_RANK, loader);
	}

	@SchemaMapping(typeName = "Actor")
	CompletableFuture<Double> betweenness(Actor actor, @Argument LetterWhere where,
			DataLoader<ActorMeasures.ScoreKey, Double> loader) {
		return score(actor, where, Measure.BETWEENNESS, loader);
	}

	private static CompletableFuture<Double> score(Actor actor, LetterWhere where, Measure measure,
			DataLoader<ActorMeasures.ScoreKey, Double> loader) {
		return loader.load(new ActorMeasures.ScoreKey(actor.id(), window(where), measure));
	}

	/** The window checked; every letter ({@link LetterWhere#NONE}) when none is given. */
	private static LetterWhere window(LetterWhere where) {
		return (where != null) ? where.validated("where", 1) : LetterWhere.NONE;
	}
}
