/**
 * The benchmark suite ({@code java -jar lettergraph.jar bench}): ingest and reads through the service against the
 * same work done with raw Cypher over the driver, on generated corpora of growing size.
 */
package org.lettergraph.bench;
