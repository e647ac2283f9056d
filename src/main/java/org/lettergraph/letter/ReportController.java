package org.lettergraph.letter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.lettergraph.source.Source;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** The sources that report each letter (with the signer count each states), and the letters each source reports. */
@Controller
class ReportController {

	private final LetterRepository letters;

	ReportController(LetterRepository letters, BatchLoaderRegistry registry) {
		this.letters = letters;
		registry.forTypePair(String.class, Reports.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> letters.reports(ids)));
	}

	@SchemaMapping(typeName = "Letter")
	CompletableFuture<List<Report>> reports(Letter letter, DataLoader<String, Reports> loader) {
		return loader.load(letter.id()).thenApply(r -> (r != null) ? r.list() : List.of());
	}

	@SchemaMapping(typeName = "Letter", field = "sources")
	CompletableFuture<List<Source>> sources(Letter letter, DataLoader<String, Reports> loader) {
		return reports(letter, loader).thenApply(list -> list.stream().map(Report::source).toList());
	}

	@BatchMapping(typeName = "Source", field = "letters")
	Map<Source, List<Letter>> letters(List<Source> sources) {
		Map<String, List<Letter>> byId = this.letters.ofSources(sources.stream().map(Source::id).toList());
		Map<Source, List<Letter>> result = new LinkedHashMap<>();
		sources.stream().distinct().forEach(s -> result.put(s, byId.getOrDefault(s.id(), List.of())));
		return result;
	}
}
