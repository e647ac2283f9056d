package org.lettergraph.graph;

import java.util.Map;

import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The {@code Date} and {@code DateTime} scalars and how an {@code Actor} finds its concrete GraphQL type. */
@Configuration(proxyBeanMethods = false)
public class GraphQlWiring {

	@Bean
	public RuntimeWiringConfigurer lettergraphWiring() {
		return wiring -> wiring.scalar(DateScalar.DATE).scalar(DateScalar.DATE_TIME).type("Actor", type -> type.typeResolver(actorType()));
	}

	/** Actors are one Java record; their {@code kind} picks Organization, Lawmaker, Official or Person. */
	private static TypeResolver actorType() {
		Map<String, String> typeByKind = Map.of("ORGANIZATION", "Organization", "LAWMAKER", "Lawmaker", "OFFICIAL",
				"Official", "PERSON", "Person");
		return env -> {
			Object actor = env.getObject();
			String kind = (actor instanceof HasKind k) ? k.kindName() : null;
			GraphQLObjectType type = (kind != null) ? env.getSchema().getObjectType(typeByKind.get(kind)) : null;
			if (type == null) {
				throw new IllegalStateException("No GraphQL type for actor " + actor);
			}
			return type;
		};
	}

	/** Implemented by whatever Java type stands for a GraphQL {@code Actor}. */
	public interface HasKind {

		String kindName();
	}
}
