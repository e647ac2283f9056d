package org.lettergraph.graph;

import java.util.OptionalLong;

import org.lettergraph.embedded.EmbeddedNeo4j;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether the graph has changed since a given moment, when that can be known without asking the database: with the
 * embedded database, from the id of its newest transaction every reader sees, which every committed write raises.
 * With a Neo4j server (or cluster) other clients write too, and only a statement can tell; then this knows nothing.
 */
@Component
public class GraphChanges {

	private final EmbeddedNeo4j embedded;

	GraphChanges(ObjectProvider<EmbeddedNeo4j> embedded) {
		this.embedded = embedded.getIfAvailable();
	}

	/**
	 * The id of the newest transaction every reader sees; empty with a server. Read it before reading the graph:
	 * finding the same id afterwards means no write has landed since.
	 */
	public OptionalLong lastTransaction() {
		return (this.embedded != null) ? OptionalLong.of(this.embedded.lastClosedTransactionId()) : OptionalLong.empty();
	}
}
