package org.lettergraph.graph;

import java.util.List;

/**
 * The only labels and relationship types the service ever writes into a Cypher statement. Anything else reaches
 * the database as a parameter value, never as part of the query text.
 */
public final class GraphSchema {

	/** Node labels that carry facts, in the order statistics list them. */
	public static final List<String> LABELS = List.of("Letter", "Organization", "Lawmaker", "Official", "Person",
			"Program", "Source");

	/**
	 * Labels of the graph's own bookkeeping: a correction's {@code Change} (history) and a {@code Merge}'s record of
	 * what it moved. They carry no facts and no relationships; statistics leave them out, backups keep them.
	 */
	public static final List<String> BOOKKEEPING_LABELS = List.of("Change", "Merge");

	/** Relationship types, in the order statistics list them. */
	public static final List<String> RELATIONSHIP_TYPES = List.of("SIGNED", "ENDORSED", "ADDRESSED_TO", "CC",
			"CONCERNS", "REPORTED_IN", "AFFILIATED_WITH", "HOLDS_OFFICE", "RUN_BY", "STATEMENT_IN", "MENTIONED_IN",
			"AUTHORED", "POSSIBLY_SAME_AS");

	private GraphSchema() {
	}

	public static String label(String candidate) {
		if (!LABELS.contains(candidate) && !"Actor".equals(candidate) && !BOOKKEEPING_LABELS.contains(candidate)) {
			throw new IllegalArgumentException("Not a label of this graph: " + candidate);
		}
		return candidate;
	}

	public static String relationshipType(String candidate) {
		if (!RELATIONSHIP_TYPES.contains(candidate)) {
			throw new IllegalArgumentException("Not a relationship type of this graph: " + candidate);
		}
		return candidate;
	}
}
