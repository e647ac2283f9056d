/**
 * The documents facts come from (news stories, press releases, the letters themselves, datasets), cited by title,
 * publisher and date, and the Cypher that writes them.
 */
@ApplicationModule(displayName = "Sources", allowedDependencies = { "graph" })
package org.lettergraph.source;

import org.springframework.modulith.ApplicationModule;
