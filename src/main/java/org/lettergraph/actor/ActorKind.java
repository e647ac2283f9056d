package org.lettergraph.actor;

import java.util.List;

/** The four kinds of actor, each with its node label and id prefix. */
public enum ActorKind {

	ORGANIZATION("Organization", "org"), LAWMAKER("Lawmaker", "lawmaker"), OFFICIAL("Official", "official"),
	PERSON("Person", "person");

	private final String label;

	private final String idPrefix;

	ActorKind(String label, String idPrefix) {
		this.label = label;
		this.idPrefix = idPrefix;
	}

	/** The node label: a constant of this enum, so safe to write into a Cypher statement. */
	public String label() {
		return this.label;
	}

	public String idPrefix() {
		return this.idPrefix;
	}

	static ActorKind fromLabels(List<String> labels) {
		for (ActorKind kind : values()) {
			if (labels.contains(kind.label)) {
				return kind;
			}
		}
		throw new IllegalStateException("An Actor node without a kind label: " + labels);
	}
}
