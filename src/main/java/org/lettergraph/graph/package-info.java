/**
 * What every feature shares about the graph: the one way to read ({@link org.lettergraph.graph.Rows}: read-only
 * transactions the request timeout stops) and the one way to write ({@link org.lettergraph.graph.GraphWrites}: who,
 * turns, retries), the schema migrations, the analyst's Cypher files, the allow-listed labels and relationship types,
 * Relay connections, and how failures reach a GraphQL client.
 */
@ApplicationModule(displayName = "Graph (shared)", allowedDependencies = { "security", "embedded" })
package org.lettergraph.graph;

import org.springframework.modulith.ApplicationModule;
