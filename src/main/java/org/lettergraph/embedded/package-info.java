/**
 * The in-process Neo4j that serves the graph when no {@code spring.neo4j.uri} is configured.
 */
@ApplicationModule(displayName = "Embedded Neo4j", allowedDependencies = {})
package org.lettergraph.embedded;

import org.springframework.modulith.ApplicationModule;
