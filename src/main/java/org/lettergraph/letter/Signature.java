package org.lettergraph.letter;

import org.lettergraph.actor.Actor;
import org.lettergraph.graph.Connection;

/**
 * An edge of a letter's signer list: who signed, as LEAD or SIGNER, at which place, and as the letter writes it: an
 * individual's title and organization, and where the signer signed from.
 */
public record Signature(String cursor, Actor node, String role, int position, String title, String organization,
		String location) implements Connection.Cursored {
}
