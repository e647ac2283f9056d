package org.lettergraph.source;

import java.util.List;

/** Anything in the graph that carries the ids of the sources that support it. */
public interface HasSources {

	List<String> sourceIds();
}
