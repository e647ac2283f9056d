package org.lettergraph.graph;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one GraphQL request may ask for. Each refusal is a GraphQL error that names the limit and its value.
 *
 * @param maxDepth        how deeply fields may nest
 * @param maxComplexity   the cost of a request: every field costs 1, and what is under a list costs as many times
 *                        as the list's {@code first} (its default page size when not given); a list without paging
 *                        counts as the most items it holds anywhere in the graph ({@link ListSizes})
 * @param unboundedListSize the least fan-out counted for a list field without {@code first}, and the fan-out of
 *                        those {@link ListSizes} has no figure for
 * @param maxAliases      how many aliased fields a request may hold
 * @param maxFields       how many field selections a request may hold in all
 * @param requestTimeout  how long a request may run; its Cypher statements are stopped at the same time
 */
@ConfigurationProperties("lettergraph.limits")
public record QueryLimits(@DefaultValue("12") int maxDepth, @DefaultValue("25000") int maxComplexity,
		@DefaultValue("10") int unboundedListSize, @DefaultValue("30") int maxAliases,
		@DefaultValue("500") int maxFields, @DefaultValue("15s") Duration requestTimeout) {
}
