package org.lettergraph.network;

import java.util.List;

import org.lettergraph.actor.Actor;

/** A community of the co-signature network, numbered from 1 for the largest; members by name. */
public record Bloc(int id, List<Actor> members) {

	public Bloc {
		members = List.copyOf(members);
	}

	public int size() {
		return this.members.size();
	}
}
