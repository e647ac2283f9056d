/**
 * The in-process Neo4j that serves the graph when no {@code spring.neo4j.uri} is configured.
 */
package org.lettergraph.embedded;
