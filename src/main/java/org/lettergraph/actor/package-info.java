/**
 * Actors: organizations, lawmakers, officials and other people, found by id, name, alias or full-text search, with
 * their affiliations, offices and sources, and the Cypher that writes them. The letters they took part in belong to
 * the letter module.
 */
@ApplicationModule(displayName = "Actors", allowedDependencies = { "graph", "names", "source" })
package org.lettergraph.actor;

import org.springframework.modulith.ApplicationModule;
