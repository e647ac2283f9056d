package org.lettergraph.graph;

/** Which way an {@code orderBy} key sorts. */
public enum Direction {

	ASC, DESC;

	public boolean descending() {
		return this == DESC;
	}
}
