/**
 * Synthetic corpora of letter records for benchmarks and scale tests: generated deterministically from a seed, and
 * loaded through the project's one write path.
 */
@ApplicationModule(displayName = "Corpus generator (command)",
		allowedDependencies = { "ingest", "ingest::record", "names", "security" })
package org.lettergraph.generate;

import org.springframework.modulith.ApplicationModule;
