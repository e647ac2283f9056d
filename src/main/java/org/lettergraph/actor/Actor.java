package org.lettergraph.actor;

import java.util.List;
import java.util.Map;

import org.lettergraph.graph.GraphQlWiring.HasKind;
import org.lettergraph.graph.Identified;
import org.lettergraph.graph.Rows;

/**
 * Anyone who signs, leads, endorses or receives a letter. One record serves the four GraphQL types; {@code kind}
 * picks the type, and the fields of the other kinds stay null.
 */
public record Actor(String id, ActorKind kind, String name, List<String> aliases, String category,
		String description, String bioguideId, String party, String state, String chamber, Integer district,
		String title) implements HasKind, Identified {

	@Override
	public String kindName() {
		return this.kind.name();
	}

	/** From a node map that carries the node's labels under {@code labels}. */
	public static Actor from(Object value) {
		Map<String, Object> m = Rows.map(value);
		return new Actor(Rows.string(m, "id"), ActorKind.fromLabels(Rows.strings(m, "labels")),
				Rows.string(m, "name"), Rows.strings(m, "aliases"), Rows.string(m, "category"),
				Rows.string(m, "description"), Rows.string(m, "bioguideId"), Rows.string(m, "party"),
				Rows.string(m, "state"), Rows.string(m, "chamber"), Rows.integer(m, "district"),
				Rows.string(m, "title"));
	}
}
