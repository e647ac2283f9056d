package org.lettergraph.network;

import org.lettergraph.actor.Actor;

/** An actor whose letters overlap with another's: letters shared, and Jaccard similarity of the two sets. */
public record SimilarActor(Actor actor, int shared, double jaccard) {
}
