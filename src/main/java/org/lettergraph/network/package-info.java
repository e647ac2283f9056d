/**
 * Coalition analytics: who signs with whom, who is missing from a letter, paths, the co-signature network, blocs
 * and similar actors (Graph Data Science), aggregations, and exports for Gephi, Cytoscape and spreadsheets.
 */
@ApplicationModule(displayName = "Network analytics", allowedDependencies = { "graph", "actor", "letter", "program" })
package org.lettergraph.network;

import org.springframework.modulith.ApplicationModule;
