/**
 * Letters and every letter-adjacent edge and field: who signed, led, endorsed and received them, what they ask of
 * which programs, which sources report them, listed and paged for analysts; the letter fields of actors, programs
 * and sources ({@code Actor.letters}, {@code Program.letters}, {@code Source.letters}); and the Cypher that writes
 * letters and their edges.
 */
@ApplicationModule(displayName = "Letters", allowedDependencies = { "graph", "names", "actor", "program", "source" })
package org.lettergraph.letter;

import org.springframework.modulith.ApplicationModule;
