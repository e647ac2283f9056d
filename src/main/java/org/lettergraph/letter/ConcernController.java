package org.lettergraph.letter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.lettergraph.program.Program;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** Which programs a letter is about and what it asks of each, and the letters about each program. */
@Controller
class ConcernController {

	private final LetterRepository letters;

	ConcernController(LetterRepository letters, BatchLoaderRegistry registry) {
		this.letters = letters;
		registry.forTypePair(String.class, Concerns.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> letters.concerns(ids)));
	}

	@SchemaMapping(typeName = "Letter")
	CompletableFuture<List<Concern>> concerns(Letter letter, DataLoader<String, Concerns> loader) {
		return loader.load(letter.id()).thenApply(c -> (c != null) ? c.list() : List.of());
	}

	@SchemaMapping(typeName = "Letter", field = "programs")
	CompletableFuture<List<Program>> programs(Letter letter, DataLoader<String, Concerns> loader) {
		return concerns(letter, loader).thenApply(list -> list.stream().map(Concern::program).toList());
	}

	@BatchMapping(typeName = "Program", field = "letters")
	Map<Program, List<Letter>> letters(List<Program> programs) {
		Map<String, List<Letter>> byId = this.letters.ofPrograms(programs.stream().map(Program::id).toList());
		Map<Program, List<Letter>> result = new LinkedHashMap<>();
		programs.forEach(p -> result.put(p, byId.getOrDefault(p.id(), List.of())));
		return result;
	}
}
