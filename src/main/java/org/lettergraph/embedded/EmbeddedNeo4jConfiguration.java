package org.lettergraph.embedded;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded database when no server is configured and points Spring Boot's driver at it. With
 * {@code spring.neo4j.uri} (or {@code NEO4J_URI}) set, none of this exists and Boot connects to that server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	/** Started early, on a thread of its own, when the context was refreshed from a SpringApplication. */
	@Bean(destroyMethod = "")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jEarlyStart.Pending early) {
		// Closed by Pending, which is destroyed after this bean and everything that uses it.
		return early.get();
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return neo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}
}
