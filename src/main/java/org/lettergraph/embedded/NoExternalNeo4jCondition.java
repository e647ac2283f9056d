package org.lettergraph.embedded;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no Neo4j server is configured, so the service runs its own database. */
class NoExternalNeo4jCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !serverConfigured(context.getEnvironment());
	}

	/** Whether {@code spring.neo4j.uri} (or {@code NEO4J_URI}) names a server, which then replaces the embedded one. */
	static boolean serverConfigured(Environment environment) {
		return StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
	}
}
