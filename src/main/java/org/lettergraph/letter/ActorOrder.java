package org.lettergraph.letter;

import org.lettergraph.graph.Direction;

/**
 * One key of {@code actors(orderBy:)}. Keys apply in the order given; the actor's id breaks what ties remain.
 * LETTER_COUNT and the letter dates count the letters of the filter's top-level {@code letters} (in its roles) when
 * it has one: "organizations ordered by letters signed in 2021 about 287(g)" is one query. Without one, they count
 * the letters the actor signed (LEAD or SIGNER), as {@code letterCount} does. DEGREE, PAGE_RANK and BETWEENNESS
 * measure the co-signature network of the letters that filter keeps (its letter filter; every letter without one),
 * whatever roles it names: the network is always of signing and endorsing together.
 */
public record ActorOrder(Field field, Direction direction) {

	public enum Field {

		NAME, LETTER_COUNT, FIRST_LETTER_DATE, LAST_LETTER_DATE, DEGREE, PAGE_RANK, BETWEENNESS;

		/** The Graph Data Science measure this key orders by, or null for a key plain Cypher answers. */
		NetworkMeasures.Measure measure() {
			return switch (this) {
				case PAGE_RANK -> NetworkMeasures.Measure.PAGE_RANK;
				case BETWEENNESS -> NetworkMeasures.Measure.BETWEENNESS;
				default -> null;
			};
		}
	}

	public ActorOrder {
		direction = (direction != null) ? direction : Direction.ASC;
	}
}
