package org.lettergraph.source;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** Sources by id, and every source. */
@Controller
class SourceController {

	private final SourceRepository sources;

	SourceController(SourceRepository sources, BatchLoaderRegistry registry) {
		this.sources = sources;
		registry.forTypePair(String.class, Source.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> sources.byIds(ids)));
	}

	@QueryMapping
	List<Source> sources() {
		return this.sources.all();
	}

	@QueryMapping
	CompletableFuture<Source> source(@Argument String id, DataLoader<String, Source> loader) {
		return loader.load(id);
	}
}
