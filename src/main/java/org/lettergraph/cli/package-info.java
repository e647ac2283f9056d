/**
 * The jar's command line, on top of every module: which word runs which command, every help text and exit code,
 * and how a command that needs the database starts it and tells its start-up failures in two lines.
 */
@ApplicationModule(displayName = "Command line",
		allowedDependencies = { "backup", "bench", "embedded", "generate", "graph", "ingest", "security" })
package org.lettergraph.cli;

import org.springframework.modulith.ApplicationModule;
