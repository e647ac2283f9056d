package org.lettergraph.letter;

/**
 * How many letters an actor signed (as LEAD or SIGNER), as the batched {@code letterCount} loader holds it. Public
 * so a query that already read the counts (a letter's signers) can prime that loader instead of costing a second
 * statement.
 *
 * @param signed the number of SIGNED relationships of the actor
 */
public record LetterCount(int signed) {

	/** The loader's name, for a query that read the counts already (a letter's signers) to prime it. */
	static final String LOADER = LetterCount.class.getName();
}
