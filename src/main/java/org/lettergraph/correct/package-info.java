/**
 * Corrections a person makes after a letter is written: a letter's facts, who took part in it and how, retracting a
 * letter (and removing the actors it leaves with nothing, when asked), renaming an actor. Each correction is one
 * write, refused in plain words when it cannot be made, and kept in the history.
 */
@ApplicationModule(displayName = "Corrections",
		allowedDependencies = { "graph", "security", "names", "actor", "letter", "history" })
package org.lettergraph.correct;

import org.springframework.modulith.ApplicationModule;
