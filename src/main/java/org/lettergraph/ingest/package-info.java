/**
 * Documents in, graph out: parsers turn documents into letter records (the {@code record} named interface), and one
 * write path orchestrates the features' writers to put records into the graph; the bundled dataset, the upload
 * endpoint, the GraphQL mutation and the {@code ingest} command all go this way.
 */
@ApplicationModule(displayName = "Ingest",
		allowedDependencies = { "graph", "security", "names", "actor", "program", "source", "letter", "resolve" })
package org.lettergraph.ingest;

import org.springframework.modulith.ApplicationModule;
