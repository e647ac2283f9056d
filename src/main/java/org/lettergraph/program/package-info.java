/**
 * Programs letters are about (287(g), Secure Communities, ICE detainers, detention contracts), who runs them, and
 * the Cypher that writes them.
 */
@ApplicationModule(displayName = "Programs", allowedDependencies = { "graph", "actor", "source" })
package org.lettergraph.program;

import org.springframework.modulith.ApplicationModule;
