package org.lettergraph.letter;

/**
 * How many letters an actor signed (as LEAD or SIGNER), as the batched {@code letterCount} loader holds it. Public
 * so a query that already read the counts (a letter's signers) can prime that loader instead of costing a second
 * statement.
 *
 * @param signed the number of SIGNED relationships of the actor
 */
public record LetterCount(int signed) {
}
