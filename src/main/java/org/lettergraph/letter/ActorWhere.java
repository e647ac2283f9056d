package org.lettergraph.letter;

import java.util.List;

import org.lettergraph.actor.ActorKind;
import org.lettergraph.graph.IntRange;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.TextMatch;

/**
 * The filters of {@code actors}; every one is optional and those given must all hold. {@code AND}, {@code OR} and
 * {@code NOT} combine whole filters, at most {@link LetterWhere#MAX_NESTING} deep (a letter filter inside counts as
 * one more level).
 *
 * @param name        the name or any alias matches, case ignored
 * @param category    an organization's category (ADVOCACY, AGENCY, COALITION, ...), case ignored
 * @param letters     took part in letters that match a letter filter, in a role
 * @param letterCount how many letters the actor signed, as {@code letterCount} counts them
 */
public record ActorWhere(List<String> ids, ActorKind kind, TextMatch name, String party, String state,
		String chamber, String category, Participating letters, IntRange letterCount, List<ActorWhere> AND,
		List<ActorWhere> OR, ActorWhere NOT) {

	public static final ActorWhere NONE = new ActorWhere(null, null, null, null, null, null, null, null, null, null,
			null, null);

	/**
	 * Took part in letters: those that match {@code where}, in one of the roles asked for (any role when none is),
	 * and, with {@code count}, in a number of them within that range (at least one otherwise).
	 */
	public record Participating(LetterWhere where, Role role, List<Role> roles, IntRange count) {

		/** The roles asked for: {@code role} and {@code roles} together, every role when neither is given. */
		List<Role> allRoles() {
			java.util.LinkedHashSet<Role> all = new java.util.LinkedHashSet<>();
			if (this.role != null) {
				all.add(this.role);
			}
			if (this.roles != null) {
				all.addAll(this.roles);
			}
			return all.isEmpty() ? List.of(Role.values()) : List.copyOf(all);
		}
	}

	/** Refuses what cannot be answered, naming the argument by its path, as {@link LetterWhere#validated} does. */
	public ActorWhere validated(String path, int depth) {
		if (depth > LetterWhere.MAX_NESTING) {
			throw new InvalidArgumentException(path, "AND, OR, NOT and letter filters nest more than "
					+ LetterWhere.MAX_NESTING + " levels deep; write the filter flatter.");
		}
		if (this.ids != null && this.ids.isEmpty()) {
			throw new InvalidArgumentException(path + ".ids", "is empty; give at least one actor id or leave it out.");
		}
		if (this.name != null) {
			this.name.checked(path + ".name");
		}
		blank(path + ".party", this.party);
		blank(path + ".state", this.state);
		blank(path + ".category", this.category);
		if (this.letterCount != null) {
			this.letterCount.checked(path + ".letterCount");
		}
		if (this.letters != null) {
			if (this.letters.roles() != null && this.letters.roles().isEmpty()) {
				throw new InvalidArgumentException(path + ".letters.roles",
						"is empty; give at least one role or leave it out.");
			}
			if (this.letters.count() != null) {
				this.letters.count().checked(path + ".letters.count");
			}
			if (this.letters.where() != null) {
				this.letters.where().validated(path + ".letters.where", depth + 1);
			}
		}
		nested(path + ".AND", this.AND, depth);
		nested(path + ".OR", this.OR, depth);
		if (this.NOT != null) {
			this.NOT.validated(path + ".NOT", depth + 1);
		}
		return this;
	}

	private static void blank(String path, String value) {
		if (value != null && value.isBlank()) {
			throw new InvalidArgumentException(path, "give a value or leave it out.");
		}
	}

	private static void nested(String path, List<ActorWhere> list, int depth) {
		if (list == null) {
			return;
		}
		if (list.isEmpty()) {
			throw new InvalidArgumentException(path, "is empty; give at least one filter or leave it out.");
		}
		for (int i = 0; i < list.size(); i++) {
			list.get(i).validated(path + "[" + i + "]", depth + 1);
		}
	}
}
