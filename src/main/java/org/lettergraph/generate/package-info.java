/**
 * Synthetic corpora of letter records for benchmarks and scale tests: generated deterministically from a seed, and
 * loaded through the project's one write path.
 */
package org.lettergraph.generate;
