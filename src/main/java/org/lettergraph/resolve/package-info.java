/**
 * From names as documents spell them to actors: the known actors a name stands for, near names put to a person
 * as review candidates, and what that person decides (merge, alias, dismiss).
 */
@ApplicationModule(displayName = "Review (names to actors)",
		allowedDependencies = { "graph", "security", "names", "actor", "source", "history" })
package org.lettergraph.resolve;

import org.springframework.modulith.ApplicationModule;
