/**
 * Backup and restore: {@code lettergraph.jar export FILE} writes the whole graph to a JSON Lines file, and
 * {@code lettergraph.jar import FILE} restores it, in one transaction, into a database that holds no lettergraph
 * data yet.
 */
package org.lettergraph.backup;
