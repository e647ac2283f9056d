package org.lettergraph.correct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lettergraph.actor.Actor;
import org.lettergraph.graph.GraphWrites;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.NotFoundException;
import org.lettergraph.graph.Rows;
import org.lettergraph.history.Change;
import org.lettergraph.history.History;
import org.lettergraph.letter.Letter;
import org.lettergraph.letter.Role;

import org.springframework.stereotype.Component;

/**
 * Corrects who took part in a letter and how: adds an actor in a role (the edge cites a source: the ones given, or
 * the letter's own), takes one off, or changes a role. Signatures keep a gapless order: adding at a place moves the
 * later ones down, taking one off closes the gap. Each correction stamps the letter and is one line of the history,
 * listed for both the letter and the actor.
 */
@Component
class ParticipantCorrections {

	private final GraphWrites writes;

	private final Rows rows;

	private final History history;

	private final LetterCorrections letters;

	ParticipantCorrections(GraphWrites writes, Rows rows, History history, LetterCorrections letters) {
		this.writes = writes;
		this.rows = rows;
		this.history = history;
		this.letters = letters;
	}

	/** What a participant correction did. */
	record Result(Letter letter, Actor actor, List<Change> changes) {
	}

	/** An actor to add to a letter, with what the letter says of it. */
	record Addition(String letterId, String actorId, Role role, Integer position, String title, String organization,
			String location, List<String> sourceIds) {
	}

	/** The edge type a role is kept as, and whether it runs from the actor to the letter. */
	static String type(Role role) {
		return switch (role) {
			case LEAD, SIGNER -> "SIGNED";
			case ENDORSER -> "ENDORSED";
			case ADDRESSEE -> "ADDRESSED_TO";
			case CC -> "CC";
		};
	}

	private static boolean signs(Role role) {
		return role == Role.LEAD || role == Role.SIGNER || role == Role.ENDORSER;
	}

	private static String label(Role role) {
		return role.name().toLowerCase(java.util.Locale.ROOT);
	}

	Result add(Addition add) {
		return this.writes.transaction(stamp -> {
			Standing standing = standing(add.letterId(), add.actorId());
			Role role = (add.role() != null) ? add.role() : Role.SIGNER;
			String type = type(role);
			Standing.Held same = standing.of(type);
			if (same != null) {
				if (same.role() == role) {
					return result(add.letterId(), add.actorId(), List.of());
				}
				throw new InvalidArgumentException("role", standing.name + " is already on this letter as "
						+ label(same.role()) + "; change the role instead (changeRole).");
			}
			List<String> sources = this.letters.sources(add.sourceIds(), standing.letterSources);
			Map<String, Object> properties = new LinkedHashMap<>();
			if (add.title() != null && !add.title().isBlank()) {
				properties.put("title", add.title().strip());
			}
			if (add.organization() != null && !add.organization().isBlank()) {
				properties.put("organization", add.organization().strip());
			}
			if (add.location() != null && !add.location().isBlank()) {
				properties.put("location", add.location().strip());
			}
			Map<String, Object> parameters = new LinkedHashMap<>();
			parameters.put("letterId", add.letterId());
			parameters.put("actorId", add.actorId());
			parameters.put("properties", properties);
			parameters.put("sources", sources);
			int position;
			if ("SIGNED".equals(type)) {
				int last = standing.signers + 1;
				position = (add.position() == null) ? last : add.position();
				if (position < 1 || position > last) {
					throw new InvalidArgumentException("position", "a signature's place is between 1 and " + last
							+ " (the end of the list), got " + position + ".");
				}
				if (position < last) {
					this.writes.update("corrections/shift-signers",
							Map.of("letterId", add.letterId(), "from", position, "step", 1));
				}
				parameters.put("role", role.name());
				parameters.put("position", position);
				this.writes.update("corrections/add-signed", parameters);
			}
			else {
				position = 0;
				parameters.put("position", null);
				if ("ENDORSED".equals(type)) {
					this.writes.update("corrections/add-endorsed", parameters);
				}
				else {
					this.writes.updateEach("corrections/add-addressed", type, parameters);
				}
			}
			this.writes.update("corrections/touch-letter", Map.of("id", add.letterId()));
			List<Change> changes = this.history.record(new History.Entry("ADD_PARTICIPANT", "role",
					List.of(add.letterId(), add.actorId()), null, role.name(), standing.name + " added as "
							+ label(role) + ("SIGNED".equals(type) ? " at place " + position : "") + " to '"
							+ standing.title + "'."));
			return result(add.letterId(), add.actorId(), changes);
		});
	}

	Result remove(String letterId, String actorId, Role role) {
		return this.writes.transaction(stamp -> {
			Standing standing = standing(letterId, actorId);
			String type = type(role);
			Standing.Held held = standing.of(type);
			if (held == null || held.role() != role) {
				throw new InvalidArgumentException("role", standing.name + " is not on '" + standing.title + "' as "
						+ label(role) + (standing.roles.isEmpty() ? " (it takes no part in it)"
								: " (it is there as " + String.join(", ",
										standing.roles.stream().map(h -> label(h.role())).toList()) + ")")
						+ "; nothing to remove.");
			}
			this.writes.updateEach("corrections/remove-edge", type, Map.of("letterId", letterId, "actorId", actorId));
			if ("SIGNED".equals(type) && held.position() != null) {
				this.writes.update("corrections/shift-signers",
						Map.of("letterId", letterId, "from", held.position() + 1, "step", -1));
			}
			this.writes.update("corrections/touch-letter", Map.of("id", letterId));
			List<Change> changes = this.history.record(new History.Entry("REMOVE_PARTICIPANT", "role",
					List.of(letterId, actorId), role.name(), null,
					standing.name + " taken off '" + standing.title + "' as " + label(role) + "."));
			return result(letterId, actorId, changes);
		});
	}

	Result changeRole(String letterId, String actorId, Role from, Role to) {
		return this.writes.transaction(stamp -> {
			Standing standing = standing(letterId, actorId);
			Standing.Held held = standing.of(type(from));
			if (held == null || held.role() != from) {
				throw new InvalidArgumentException("from", standing.name + " is not on '" + standing.title + "' as "
						+ label(from) + ".");
			}
			if (from == to) {
				return result(letterId, actorId, List.of());
			}
			if (signs(from) != signs(to)) {
				throw new InvalidArgumentException("to", "a signer, lead or endorser can become another of those, "
						+ "and an addressee a cc or back; to move " + standing.name + " from " + label(from) + " to "
						+ label(to) + ", remove it and add it again.");
			}
			if (standing.of(type(to)) != null && !type(to).equals(type(from))) {
				throw new InvalidArgumentException("to", standing.name + " is already on this letter as "
						+ label(standing.of(type(to)).role()) + "; remove one of the two first.");
			}
			Map<String, Object> ids = Map.of("letterId", letterId, "actorId", actorId);
			if (type(from).equals(type(to))) {
				this.writes.update("corrections/set-role", Map.of("letterId", letterId, "actorId", actorId, "role",
						to.name()));
			}
			else {
				Map<String, Object> properties = new LinkedHashMap<>(Rows.map(
						this.rows.oneWithTypes("corrections/edge", List.of(type(from)), ids).get("properties")));
				properties.remove("role");
				properties.remove("position");
				this.writes.updateEach("corrections/remove-edge", type(from), ids);
				if ("SIGNED".equals(type(from)) && held.position() != null) {
					this.writes.update("corrections/shift-signers",
							Map.of("letterId", letterId, "from", held.position() + 1, "step", -1));
				}
				if ("SIGNED".equals(type(to))) {
					properties.put("role", to.name());
					properties.put("position", standing.signers + ("SIGNED".equals(type(from)) ? 0 : 1));
				}
				boolean out = signs(to);
				this.writes.updateEach("corrections/recreate-edge", type(to), Map.of("letterId", letterId, "actorId",
						actorId, "properties", properties, "out", out));
			}
			this.writes.update("corrections/touch-letter", Map.of("id", letterId));
			List<Change> changes = this.history.record(new History.Entry("CHANGE_ROLE", "role",
					List.of(letterId, actorId), from.name(), to.name(), standing.name + " on '" + standing.title
							+ "' changed from " + label(from) + " to " + label(to) + "."));
			return result(letterId, actorId, changes);
		});
	}

	private Result result(String letterId, String actorId, List<Change> changes) {
		Map<String, Object> row = this.rows.one("corrections/letter-and-actor",
				Map.of("letterId", letterId, "actorId", actorId));
		return new Result(Letter.from(row.get("letter")), Actor.from(row.get("actor")), changes);
	}

	/** Where an actor stands on a letter; refuses ids that name nothing. */
	private Standing standing(String letterId, String actorId) {
		Map<String, Object> row = this.rows.one("corrections/participation",
				Map.of("letterId", letterId, "actorId", actorId));
		if (!Rows.flag(row, "letterFound")) {
			throw new NotFoundException("No letter has the id '" + letterId + "'.");
		}
		if (!Rows.flag(row, "actorFound")) {
			throw new NotFoundException("No actor has the id '" + actorId + "'.");
		}
		List<Standing.Held> roles = new ArrayList<>();
		Rows.each(row, "roles", Rows::map)
			.forEach(r -> roles.add(new Standing.Held(Role.valueOf(Rows.string(r, "role")), Rows.integer(r, "position"))));
		return new Standing(Rows.string(row, "title"), Rows.string(row, "name"), Rows.strings(row, "letterSources"),
				Rows.integer(row, "signers"), roles);
	}

	private record Standing(String title, String name, List<String> letterSources, int signers, List<Held> roles) {

		record Held(Role role, Integer position) {
		}

		Held of(String type) {
			return this.roles.stream().filter(h -> type(h.role()).equals(type)).findFirst().orElse(null);
		}
	}
}
