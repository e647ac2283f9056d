package org.lettergraph.source;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.lettergraph.letter.Letter;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** Sources, and the sources that report each letter. */
@Controller
public class SourceController {

	private final SourceRepository sources;

	SourceController(SourceRepository sources, BatchLoaderRegistry registry) {
		this.sources = sources;
		registry.forTypePair(String.class, Source.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> sources.byIds(ids)));
		registry.forTypePair(String.class, Reports.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> sources.reportsOf(ids)));
	}

	/** The reports of one letter, as one batched load returns them for {@code sources} and {@code reports}. */
	record Reports(List<Report> list) {
	}

	@QueryMapping
	List<Source> sources() {
		return this.sources.all();
	}

	@QueryMapping
	CompletableFuture<Source> source(@Argument String id, DataLoader<String, Source> loader) {
		return loader.load(id);
	}

	@SchemaMapping(typeName = "Letter")
	CompletableFuture<List<Report>> reports(Letter letter, DataLoader<String, Reports> loader) {
		return loader.load(letter.id()).thenApply(r -> (r != null) ? r.list() : List.of());
	}

	@SchemaMapping(typeName = "Letter", field = "sources")
	CompletableFuture<List<Source>> letterSources(Letter letter, DataLoader<String, Reports> loader) {
		return reports(letter, loader).thenApply(list -> list.stream().map(Report::source).toList());
	}

	@BatchMapping(typeName = "Source", field = "letters")
	Map<Source, List<Letter>> letters(List<Source> sources) {
		Map<String, List<Letter>> byId = this.sources.lettersOf(sources.stream().map(Source::id).toList());
		return sources.stream()
			.distinct()
			.collect(java.util.stream.Collectors.toMap(s -> s, s -> byId.getOrDefault(s.id(), List.of())));
	}
}
