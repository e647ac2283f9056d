package org.lettergraph.network;

import java.util.Map;
import java.util.Optional;

import org.lettergraph.letter.LetterWhere;
import org.lettergraph.letter.WindowDegrees;

import org.springframework.stereotype.Component;

/**
 * Degrees for ordering actors by DEGREE, counted in the in-memory co-signature index: one statement finds the
 * window's letters and checks the index against the graph, then every actor of the window is counted in memory.
 */
@Component
class IndexedWindowDegrees implements WindowDegrees {

	private final CoSignatureQueries queries;

	IndexedWindowDegrees(CoSignatureQueries queries) {
		this.queries = queries;
	}

	@Override
	public Optional<Map<String, Integer>> degrees(LetterWhere window) {
		return this.queries.degreesByIndex(window, null);
	}
}
