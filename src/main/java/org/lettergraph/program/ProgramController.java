package org.lettergraph.program;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.lettergraph.actor.Actor;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class ProgramController {

	private final ProgramRepository programs;

	ProgramController(ProgramRepository programs, BatchLoaderRegistry registry) {
		this.programs = programs;
		registry.forTypePair(String.class, Program.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> programs.byIds(ids)));
	}

	@QueryMapping
	List<Program> programs() {
		return this.programs.all();
	}

	@QueryMapping
	CompletableFuture<Program> program(@Argument String id, DataLoader<String, Program> loader) {
		return loader.load(id);
	}

	@BatchMapping
	Map<Program, List<Actor>> runBy(List<Program> programs) {
		Map<String, List<Actor>> byId = this.programs.runBy(programs.stream().map(Program::id).toList());
		return byProgram(programs, byId);
	}

	private static <T> Map<Program, List<T>> byProgram(List<Program> programs, Map<String, List<T>> byId) {
		Map<Program, List<T>> result = new LinkedHashMap<>();
		programs.forEach(p -> result.put(p, byId.getOrDefault(p.id(), List.of())));
		return result;
	}
}
