package org.lettergraph.letter;

import org.lettergraph.graph.Direction;

/**
 * One key of {@code letters(orderBy:)}. Keys apply in the order given; the letter's date and id break what ties
 * remain.
 */
public record LetterOrder(Field field, Direction direction) {

	/** What a list of letters can be ordered by, each with its fragment in {@code cypher/queries/letters/order/}. */
	public enum Field {

		DATE("date"), SIGNER_COUNT("signer-count"), TITLE("title");

		private final String fragment;

		Field(String fragment) {
			this.fragment = fragment;
		}

		String fragment() {
			return "letters/order/" + this.fragment;
		}
	}

	public LetterOrder {
		direction = (direction != null) ? direction : Direction.ASC;
	}

	/** Newest first: the order of a list given no orderBy, which pages through the sortKey index. */
	boolean isNewestFirst() {
		return this.field == Field.DATE && this.direction == Direction.DESC;
	}
}
