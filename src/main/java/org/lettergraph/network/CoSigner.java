package org.lettergraph.network;

import java.util.List;

import org.lettergraph.actor.Actor;

/** An actor that signed or endorsed letters together with another one: how many, and which (newest first). */
public record CoSigner(Actor actor, int count, List<String> letterIds) {

	public CoSigner {
		letterIds = List.copyOf(letterIds);
	}
}
