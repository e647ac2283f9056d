package org.lettergraph.letter;

import java.util.Map;
import java.util.Optional;

/**
 * Every actor's degree in the co-signature network of a window of letters, counted outside Cypher (the network
 * module's in-memory co-signature index), for ordering a list of actors by DEGREE without counting each candidate's
 * co-signers in the page's statement. Empty when the count cannot be trusted right now (the index is being rebuilt
 * after a write): the order is then counted in Cypher, with the same result.
 */
public interface WindowDegrees {

	/** Degree by actor id, for the actors of the window's letters; an actor absent has none (0). */
	Optional<Map<String, Integer>> degrees(LetterWhere window);
}
