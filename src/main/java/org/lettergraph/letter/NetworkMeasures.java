package org.lettergraph.letter;

import java.util.Collection;
import java.util.Map;

import org.lettergraph.graph.Composer;
import org.lettergraph.graph.Fragment;

/**
 * The measures of an actor's place in the co-signature network of a window of letters (the letters a
 * {@link LetterWhere} keeps): degree in plain Cypher, PageRank and betweenness from Graph Data Science. Shared by
 * the actor fields ({@code Actor.pageRank(where)}) and the ordering of {@code actors}, so both give the same scores.
 */
public final class NetworkMeasures {

	/** The measures Graph Data Science computes. */
	public enum Measure {

		PAGE_RANK("network/measures/page-rank"), BETWEENNESS("network/measures/betweenness");

		private final String fragment;

		Measure(String fragment) {
			this.fragment = fragment;
		}
	}

	private NetworkMeasures() {
	}

	/** The letter condition of a window ({@code l} is the letter); every letter when {@code window} is null. */
	public static Fragment window(LetterWhere window, Composer composer) {
		return LetterConditions.of(window, composer);
	}

	/**
	 * The letters of a window as the head of a statement (ends with {@code WITH l}): from the window's program when
	 * it names one and no dates, else from every letter with the dates seeking the letter_date index.
	 */
	public static Fragment windowLetters(LetterWhere window, Composer composer) {
		return Aggregates.letters((window != null) ? window : LetterWhere.NONE, composer);
	}

	/** The subquery that projects the window's co-signature network under {@code graph}. */
	public static Fragment project(LetterWhere window, String graph, Composer composer) {
		return composer.of("network/measures/project", Map.of("graph", graph),
				Map.of("LETTER", window(window, composer)));
	}

	/** The branches that stream the measures asked for from the projection {@code graph}. */
	public static Fragment measures(Collection<Measure> measures, String graph, Composer composer) {
		return Fragment.unionAll(measures.stream()
			.distinct()
			.sorted()
			.map(m -> composer.of(m.fragment, Map.of("graph", graph)))
			.toList());
	}
}
