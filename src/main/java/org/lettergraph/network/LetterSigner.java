package org.lettergraph.network;

import java.util.List;

import org.lettergraph.actor.Actor;

/** One line of a letter's signer list: who, as LEAD, SIGNER or ENDORSER, at which place, on whose word. */
public record LetterSigner(Actor actor, String role, Integer position, List<String> sourceIds) {

	public LetterSigner {
		sourceIds = List.copyOf(sourceIds);
	}
}
