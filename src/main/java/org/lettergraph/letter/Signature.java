package org.lettergraph.letter;

import org.lettergraph.actor.Actor;
import org.lettergraph.graph.Connection;

/** An edge of a letter's signer list: who signed, as LEAD or SIGNER, at which place. */
public record Signature(String cursor, Actor node, String role, int position) implements Connection.Cursored {
}
