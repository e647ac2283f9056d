package org.lettergraph.network;

import java.util.List;

/** A chain of letters and actors between two actors; {@code length} counts relationships. */
public record ActorPath(int length, List<PathStep> steps) {

	public ActorPath {
		steps = List.copyOf(steps);
	}

	/**
	 * One node of a path and how it was reached from the step before.
	 *
	 * @param kind         LETTER, or the actor's kind
	 * @param relationship SIGNED, ENDORSED, ADDRESSED_TO or CC; null on the first step
	 * @param role         the actor's role on the letter of that relationship; null on the first step
	 */
	public record PathStep(String id, String name, String kind, String relationship, String role) {

		public boolean isLetter() {
			return "LETTER".equals(this.kind);
		}
	}
}
