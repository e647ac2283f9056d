package org.lettergraph.letter;

import java.util.List;

/** Everyone on one letter except plain signers, as one batched load returns them. */
record LetterParties(List<LetterParty> list) {
}
