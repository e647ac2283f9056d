package org.lettergraph.network;

import java.time.LocalDate;
import java.util.List;

import org.lettergraph.actor.Actor;

/** What one actor's record adds up to: letters in all roles and per role, their dates and programs. */
public record ActorSummary(Actor actor, int letters, List<RoleCount> byRole, LocalDate firstLetter,
		LocalDate lastLetter, List<ProgramCount> programs, int coSigners) {

	public ActorSummary {
		byRole = List.copyOf(byRole);
		programs = List.copyOf(programs);
	}

	public record RoleCount(String role, int letters) {
	}

	/** A program by id (the GraphQL field loads it) and how many of the actor's letters concern it. */
	public record ProgramCount(String programId, int letters) {
	}
}
