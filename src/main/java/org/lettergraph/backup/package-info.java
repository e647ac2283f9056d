/**
 * Backup and restore: {@code lettergraph.jar export FILE} writes the whole graph to a JSON Lines file, and
 * {@code lettergraph.jar import FILE} restores it, in one transaction, into a database that holds no lettergraph
 * data yet.
 */
@ApplicationModule(displayName = "Backup (command)", allowedDependencies = { "graph", "security" })
package org.lettergraph.backup;

import org.springframework.modulith.ApplicationModule;
