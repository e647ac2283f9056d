package org.lettergraph.actor;

/** How an actor takes part in a letter. */
public enum Role {

	LEAD, SIGNER, ENDORSER, ADDRESSEE, CC
}
