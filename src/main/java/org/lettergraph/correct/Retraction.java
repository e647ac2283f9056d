package org.lettergraph.correct;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lettergraph.actor.Actor;
import org.lettergraph.graph.GraphWrites;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.NotFoundException;
import org.lettergraph.graph.Rows;
import org.lettergraph.history.Change;
import org.lettergraph.history.History;

import org.springframework.stereotype.Component;

/**
 * Retracts a letter entered by mistake: the letter goes with every edge it has, in one write. The actors that took
 * part in it stay; those it leaves with nothing (no letter, no source that still stands) are listed, and removed only
 * when a person asks for them by id ({@link #removeActors}), which refuses any actor that still has something.
 * Sources stay: a source is a document, and may report other letters.
 */
@Component
class Retraction {

	private final GraphWrites writes;

	private final Rows rows;

	private final History history;

	Retraction(GraphWrites writes, Rows rows, History history) {
		this.writes = writes;
		this.rows = rows;
		this.history = history;
	}

	record Result(String id, String title, List<Actor> leftWithNothing, List<Change> changes) {
	}

	record Removal(List<String> removedIds, List<Change> changes) {
	}

	Result retract(String id) {
		return this.writes.transaction(stamp -> {
			List<Map<String, Object>> rows = this.rows.list("corrections/letter", Map.of("id", id));
			if (rows.isEmpty()) {
				throw notFound(id);
			}
			Map<String, Object> row = this.writes
				.one("corrections/retract", Map.of("id", id), r -> r)
				.orElseThrow(() -> notFound(id));
			Map<String, Object> letter = Rows.map(row.get("letter"));
			List<String> actors = Rows.strings(row, "actors");
			List<Actor> left = leftWithNothing(actors);
			String title = Rows.string(letter, "title");
			List<String> subjects = new ArrayList<>();
			subjects.add(id);
			subjects.addAll(actors);
			List<Change> changes = this.history.record(new History.Entry("RETRACT_LETTER", null, subjects, title,
					null, "Retracted '" + title + "' (" + ((letter.get("date") != null) ? letter.get("date") : "undated")
							+ ") with its " + Rows.integer(row, "edges") + " edges; " + actors.size()
							+ " actors took part in it, " + left.size() + " of them left with nothing."));
			return new Result(id, title, left, changes);
		});
	}

	/** A retracted letter says so, with who and when; an id that never named a letter says that. */
	private RuntimeException notFound(String id) {
		List<Map<String, Object>> retracted = this.rows.list("corrections/retracted",
				Map.of("id", id, "query", "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
		if (!retracted.isEmpty()) {
			Object at = retracted.get(0).get("at");
			return new NotFoundException("The letter '" + id + "' was retracted already, by "
					+ Rows.string(retracted.get(0), "by") + " at "
					+ ((at instanceof ZonedDateTime z) ? z.toOffsetDateTime() : at) + "; history(id) lists it.");
		}
		return new NotFoundException("No letter has the id '" + id + "'.");
	}

	private List<Actor> leftWithNothing(List<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.rows.list("corrections/left-with-nothing", Map.of("ids", ids))
			.stream()
			.map(r -> Actor.from(r.get("actor")))
			.toList();
	}

	Removal removeActors(List<String> ids) {
		List<String> distinct = ids.stream().distinct().toList();
		if (distinct.isEmpty()) {
			throw new InvalidArgumentException("ids", "name at least one actor to remove.");
		}
		return this.writes.transaction(stamp -> {
			Map<String, Actor> known = this.rows.byId("actors/by-ids", distinct, Actor::id, r -> Actor.from(r.get("actor")));
			List<String> unknown = distinct.stream().filter(id -> !known.containsKey(id)).toList();
			if (!unknown.isEmpty()) {
				throw new NotFoundException("No actor has the id " + String.join(", ", unknown.stream()
					.map(x -> "'" + x + "'").toList()) + "; nothing was removed.");
			}
			List<String> removable = leftWithNothing(distinct).stream().map(Actor::id).toList();
			List<String> kept = distinct.stream().filter(id -> !removable.contains(id)).toList();
			if (!kept.isEmpty()) {
				throw new InvalidArgumentException("ids", String.join(", ", kept.stream()
					.map(x -> known.get(x).name() + " (" + x + ")").toList())
						+ " still " + ((kept.size() == 1) ? "has" : "have") + " a letter, a source or an affiliation, "
						+ "so " + ((kept.size() == 1) ? "it stays" : "they stay") + "; nothing was removed. Only actors "
						+ "left with nothing can be removed.");
			}
			this.writes.update("corrections/remove-actors", Map.of("ids", distinct));
			List<History.Entry> entries = distinct.stream()
				.map(id -> new History.Entry("REMOVE_ACTOR", null, List.of(id), known.get(id).name(), null,
						"Removed " + known.get(id).name() + ", left with no letter and no source."))
				.toList();
			return new Removal(distinct, this.history.record(entries));
		});
	}
}
