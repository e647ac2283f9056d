/**
 * Actors: organizations, lawmakers, officials and other people, found by id, name, alias or full-text search,
 * with every letter they took part in.
 */
package org.lettergraph.actor;
