/**
 * The benchmark suite ({@code java -jar lettergraph.jar bench}): ingest and reads through the service against the
 * same work done with raw Cypher over the driver, on generated corpora of growing size.
 */
@ApplicationModule(displayName = "Benchmarks (command)",
		allowedDependencies = { "embedded", "generate", "graph", "ingest", "ingest::document", "ingest::record", "network", "resolve", "security" })
package org.lettergraph.bench;

import org.springframework.modulith.ApplicationModule;
