package org.lettergraph.actor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;

import org.dataloader.DataLoader;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.Paging;
import org.lettergraph.names.NameKey;
import org.lettergraph.source.Source;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** Actors by id, name and full text, and the fields every kind of actor shares. */
@Controller
class ActorController {

	private final ActorRepository actors;

	private final Paging paging;

	ActorController(ActorRepository actors, Paging paging, BatchLoaderRegistry registry) {
		this.actors = actors;
		this.paging = paging;
		registry.forTypePair(String.class, Actor.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> actors.byIds(ids)));
		registry.forTypePair(String.class, ActorSources.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> actors.sources(ids)));
	}

	@QueryMapping
	CompletableFuture<Actor> actor(@Argument String id, DataLoader<String, Actor> loader) {
		return loader.load(id);
	}

	@QueryMapping
	Actor actorByName(@Argument String name) {
		return this.actors.byName(name).stream().findFirst().orElse(null);
	}

	@QueryMapping
	List<Actor> search(@Argument String text, @Argument Integer first) {
		int limit = this.paging.pageSize(first);
		String query = NameKey.searchQuery(text);
		if (query.isEmpty()) {
			throw new InvalidArgumentException("text", "give at least one letter or digit to search for.");
		}
		return (limit == 0) ? List.of() : this.actors.search(query, limit);
	}

	/** One loader for every kind of actor, so a level mixing kinds still costs one statement. */
	@SchemaMapping(typeName = "Actor")
	CompletableFuture<List<Source>> sources(Actor actor, DataLoader<String, ActorSources> loader) {
		return loader.load(actor.id()).thenApply(s -> (s != null) ? s.list() : List.of());
	}

	@BatchMapping(typeName = "Organization")
	Map<Actor, List<Affiliation>> affiliates(List<Actor> organizations) {
		return affiliations(organizations, a -> aff -> aff.organization().id().equals(a.id()));
	}

	@BatchMapping(typeName = "Official")
	Map<Actor, List<Affiliation>> offices(List<Actor> officials) {
		return affiliations(officials, a -> aff -> aff.member().id().equals(a.id()));
	}

	@BatchMapping(typeName = "Person")
	Map<Actor, List<Affiliation>> affiliations(List<Actor> people) {
		return affiliations(people, a -> aff -> aff.member().id().equals(a.id()));
	}

	@BatchMapping(typeName = "Person")
	Map<Actor, List<Source>> statements(List<Actor> people) {
		Map<String, List<Source>> byId = this.actors.statements(ids(people));
		return byActor(people, a -> byId.getOrDefault(a.id(), List.of()));
	}

	private Map<Actor, List<Affiliation>> affiliations(List<Actor> actors,
			Function<Actor, Predicate<Affiliation>> side) {
		Map<String, List<Affiliation>> byId = this.actors.affiliations(ids(actors));
		return byActor(actors,
				a -> byId.getOrDefault(a.id(), List.of()).stream().filter(side.apply(a)).toList());
	}

	private static List<String> ids(List<Actor> actors) {
		return actors.stream().map(Actor::id).distinct().toList();
	}

	private static <T> Map<Actor, List<T>> byActor(List<Actor> actors, Function<Actor, List<T>> values) {
		Map<Actor, List<T>> result = new LinkedHashMap<>();
		actors.forEach(a -> result.put(a, values.apply(a)));
		return result;
	}
}
