package org.lettergraph.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.lettergraph.letter.Letter;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Sources, and the {@code sources} field of everything that carries source ids: every lookup of a source by id in
 * one request goes through one batched, cached loader.
 */
@Controller
public class SourceController {

	private final SourceRepository sources;

	SourceController(SourceRepository sources, BatchLoaderRegistry registry) {
		this.sources = sources;
		registry.forTypePair(String.class, Source.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> sources.byIds(ids)));
	}

	/** The sources with these ids, in the order given, skipping ids with no source. */
	public static CompletableFuture<List<Source>> load(DataLoader<String, Source> loader, Collection<String> ids) {
		if (ids == null || ids.isEmpty()) {
			return CompletableFuture.completedFuture(List.of());
		}
		return loader.loadMany(List.copyOf(ids)).thenApply(list -> list.stream().filter(Objects::nonNull).toList());
	}

	@QueryMapping
	List<Source> sources() {
		return this.sources.all();
	}

	@QueryMapping
	CompletableFuture<Source> source(@Argument String id, DataLoader<String, Source> loader) {
		return loader.load(id);
	}

	@BatchMapping(typeName = "Letter", field = "reports")
	Map<Letter, List<Report>> reports(List<Letter> letters) {
		Map<String, List<Report>> byLetter = this.sources.reportsOf(letters.stream().map(Letter::id).toList());
		return Letter.byLetter(letters, byLetter);
	}

	@BatchMapping(typeName = "Letter", field = "sources")
	Map<Letter, List<Source>> letterSources(List<Letter> letters) {
		Map<String, List<Report>> byLetter = this.sources.reportsOf(letters.stream().map(Letter::id).toList());
		return Letter.byLetter(letters, byLetter, Report::source);
	}

	@BatchMapping(typeName = "Source", field = "letters")
	Map<Source, List<Letter>> letters(List<Source> sources) {
		Map<String, List<Letter>> byId = this.sources.lettersOf(sources.stream().map(Source::id).toList());
		return sources.stream()
			.distinct()
			.collect(java.util.stream.Collectors.toMap(s -> s, s -> byId.getOrDefault(s.id(), List.of())));
	}
}
