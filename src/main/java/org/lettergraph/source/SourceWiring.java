package org.lettergraph.source;

import java.util.List;

import org.dataloader.DataLoader;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code sources} field of every GraphQL type whose Java value carries source ids ({@link HasSources}): all of
 * them resolve through the one batched loader of sources by id.
 */
@Configuration(proxyBeanMethods = false)
class SourceWiring {

	static final List<String> TYPES_WITH_SOURCE_IDS = List.of("Participation", "LetterParty", "Affiliation",
			"Concern", "Program");

	@Bean
	RuntimeWiringConfigurer sourcesFields() {
		return wiring -> TYPES_WITH_SOURCE_IDS.forEach(type -> wiring.type(type, builder -> builder.dataFetcher(
				"sources", env -> {
					DataLoader<String, Source> loader = env.getDataLoader(Source.class.getName());
					return SourceController.load(loader, ((HasSources) env.getSource()).sourceIds());
				})));
	}
}
