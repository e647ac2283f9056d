package org.lettergraph.graph;

/**
 * An inclusive range of whole numbers a filter asks for ({@code {gte: 2, lte: 10}}); either end may be left open.
 *
 * @param gte the smallest value kept, or null
 * @param lte the largest value kept, or null
 */
public record IntRange(Integer gte, Integer lte) {

	/** Refuses a range that keeps nothing or says nothing, naming {@code argument} (e.g. where.signerCount). */
	public IntRange checked(String argument) {
		if (this.gte == null && this.lte == null) {
			throw new InvalidArgumentException(argument, "give gte, lte or both, or leave the range out.");
		}
		if (this.gte != null && this.lte != null && this.gte > this.lte) {
			throw new InvalidArgumentException(argument,
					"gte (" + this.gte + ") is greater than lte (" + this.lte + "), so nothing could match.");
		}
		if ((this.gte != null && this.gte < 0) || (this.lte != null && this.lte < 0)) {
			throw new InvalidArgumentException(argument, "a count is never below 0.");
		}
		return this;
	}
}
