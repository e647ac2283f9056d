package org.lettergraph.correct;

import java.util.List;
import java.util.Map;

import org.lettergraph.actor.Actor;
import org.lettergraph.graph.GraphWrites;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.NotFoundException;
import org.lettergraph.graph.Rows;
import org.lettergraph.history.Change;
import org.lettergraph.history.History;
import org.lettergraph.names.NameKey;

import org.springframework.stereotype.Component;

/**
 * Renames an actor. The old name becomes an alias, so the actor is still found by it, and a letter that spells the
 * old name still resolves to it; the new name's key comes first among the keys it is matched by, and no key is kept
 * twice. The id stays (ids are links people share). A name that is already another actor's name or alias is refused:
 * two actors found by one name are a merge to make, not a rename.
 */
@Component
class ActorCorrections {

	private final GraphWrites writes;

	private final Rows rows;

	private final History history;

	ActorCorrections(GraphWrites writes, Rows rows, History history) {
		this.writes = writes;
		this.rows = rows;
		this.history = history;
	}

	record Result(Actor actor, List<Change> changes) {
	}

	Result rename(String id, String name) {
		String clean = (name == null) ? "" : name.strip().replaceAll("\\s+", " ");
		String key = NameKey.of(clean);
		if (key.isEmpty()) {
			throw new InvalidArgumentException("name", "give a name with at least one letter or digit.");
		}
		return this.writes.transaction(stamp -> {
			Actor actor = this.rows.byId("actors/by-ids", List.of(id), Actor::id, r -> Actor.from(r.get("actor"))).get(id);
			if (actor == null) {
				throw new NotFoundException("No actor has the id '" + id + "'.");
			}
			if (actor.name().equals(clean)) {
				return new Result(actor, List.of());
			}
			this.rows.list("actors/by-key", Map.of("key", key, "query", NameKey.exactQuery(key)))
				.stream()
				.map(r -> Actor.from(r.get("actor")))
				.filter(other -> !other.id().equals(id))
				.findFirst()
				.ifPresent(other -> {
					throw new InvalidArgumentException("name", "'" + clean + "' is already what " + other.name() + " ("
							+ other.id() + ") is called; if the two are one, merge them (mergeActors) instead.");
				});
			Map<String, Object> row = this.writes
				.one("corrections/rename-actor", Map.of("id", id, "name", clean, "key", key), r -> r)
				.orElseThrow();
			List<Change> changes = this.history.record(new History.Entry("RENAME_ACTOR", "name", List.of(id),
					actor.name(), clean, "Renamed from " + actor.name() + " to " + clean + "; the old name is kept "
							+ "as an alias."));
			return new Result(Actor.from(row.get("actor")), changes);
		});
	}
}
