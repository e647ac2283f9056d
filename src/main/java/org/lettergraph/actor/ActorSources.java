package org.lettergraph.actor;

import java.util.List;

import org.lettergraph.source.Source;

/** The sources behind one actor, as one batched load returns them. */
record ActorSources(List<Source> list) {
}
