package org.lettergraph.actor;

import java.util.List;
import java.util.Map;

import org.lettergraph.graph.Edge;
import org.lettergraph.graph.GraphWrites;

import org.springframework.stereotype.Component;

/**
 * Writes actor nodes and the edges an actor owns (its affiliations, offices and appearances in sources), inside a
 * write of {@link GraphWrites}.
 */
@Component
public class ActorWrites {

	private final GraphWrites writes;

	ActorWrites(GraphWrites writes) {
		this.writes = writes;
	}

	/**
	 * One actor to create or add to.
	 *
	 * @param name    set on creation (or always, when the write is authoritative)
	 * @param facts   non-null properties of its kind (party, state, title, ...)
	 * @param keys    the normalised keys of its name and aliases, which resolution matches names against
	 * @param sources ids of the sources of what is known about it
	 */
	public record ActorFacts(String id, String name, Map<String, Object> facts, List<String> aliases,
			List<String> keys, List<String> sources) {
	}

	/** How an actor appears in a source. */
	public enum Appearance {

		/** Quoted or speaking in it. */
		STATEMENT_IN,
		/** Named in it. */
		MENTIONED_IN,
		/** Its author. */
		AUTHORED
	}

	/**
	 * Creates or updates actors of one kind in one statement. With {@code authoritative} (reference records) their
	 * names are set; otherwise a name is set only on creation. Aliases, keys and sources only ever grow.
	 */
	public void write(ActorKind kind, List<ActorFacts> actors, boolean authoritative) {
		if (actors.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = actors.stream()
			.map(a -> Map.<String, Object>of("id", a.id(), "name", a.name(), "facts", a.facts(), "aliases",
					a.aliases(), "keys", a.keys(), "sources", a.sources()))
			.toList();
		this.writes.update("actors/write", kind.label(), Map.of("batch", Map.of("rows", rows), "authoritative",
				authoritative));
	}

	/** AFFILIATED_WITH: a person working for an organization, with a title. */
	public void affiliations(List<Edge> edges) {
		this.writes.link("Actor", "AFFILIATED_WITH", "Organization", edges);
	}

	/** HOLDS_OFFICE: an official in an agency, with a title. */
	public void offices(List<Edge> edges) {
		this.writes.link("Actor", "HOLDS_OFFICE", "Organization", edges);
	}

	public void appearances(Appearance appearance, List<Edge> edges) {
		this.writes.link("Actor", appearance.name(), "Source", edges);
	}
}
