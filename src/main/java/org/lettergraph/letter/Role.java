package org.lettergraph.letter;

/** How an actor takes part in a letter. */
public enum Role {

	LEAD, SIGNER, ENDORSER, ADDRESSEE, CC
}
