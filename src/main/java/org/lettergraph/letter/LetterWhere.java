package org.lettergraph.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lettergraph.actor.ActorKind;
import org.lettergraph.graph.IntRange;
import org.lettergraph.graph.InvalidArgumentException;

/**
 * The filters of {@code letters}; every one is optional and those given must all hold. {@code AND}, {@code OR} and
 * {@code NOT} combine whole filters; they nest at most {@link #MAX_NESTING} deep.
 *
 * @param signedByAll  ids of actors that all signed (as lead or signer)
 * @param signedByAny  ids of actors at least one of which signed
 * @param signedByNone ids of actors none of which signed
 * @param signedByKind a kind of actor at least one of which signed
 * @param ids          the letter is one of these
 */
public record LetterWhere(String addressedTo, String concerns, String participant, LocalDate from, LocalDate to,
		String titleContains, String askContains, IntRange signerCount, List<String> signedByAll,
		List<String> signedByAny, List<String> signedByNone, ActorKind signedByKind, List<LetterWhere> AND,
		List<LetterWhere> OR, LetterWhere NOT, List<String> ids) {

	/** How deeply AND, OR and NOT may nest (an actor filter's letter filter counts as one more level). */
	public static final int MAX_NESTING = 5;

	public static final LetterWhere NONE = new LetterWhere(null, null, null, null, null);

	/** The five filters every list of letters has had (the network and exports take these only). */
	public LetterWhere(String addressedTo, String concerns, String participant, LocalDate from, LocalDate to) {
		this(addressedTo, concerns, participant, from, to, null, null, null, null, null, null, null, null, null, null,
				null);
	}

	/**
	 * For the lists that apply only addressedTo, concerns, participant, from and to (the co-signature network, blocs,
	 * exports): refuses a date range that ends before it starts, and any other filter, rather than ignore it.
	 */
	public LetterWhere checked() {
		List<String> unsupported = new ArrayList<>();
		addIf(unsupported, "titleContains", this.titleContains);
		addIf(unsupported, "askContains", this.askContains);
		addIf(unsupported, "signerCount", this.signerCount);
		addIf(unsupported, "signedByAll", this.signedByAll);
		addIf(unsupported, "signedByAny", this.signedByAny);
		addIf(unsupported, "signedByNone", this.signedByNone);
		addIf(unsupported, "signedByKind", this.signedByKind);
		addIf(unsupported, "AND", this.AND);
		addIf(unsupported, "OR", this.OR);
		addIf(unsupported, "NOT", this.NOT);
		addIf(unsupported, "ids", this.ids);
		if (!unsupported.isEmpty()) {
			throw new InvalidArgumentException("where", "this list filters by addressedTo, concerns, participant, "
					+ "from and to only; leave out " + String.join(", ", unsupported) + ".");
		}
		return validated("where", 1);
	}

	/**
	 * Refuses what cannot be answered, naming the argument by its path ({@code where.AND[1].signerCount}): a date
	 * range or count range that keeps nothing, an empty list, filters nested deeper than {@link #MAX_NESTING}.
	 */
	public LetterWhere validated(String path, int depth) {
		if (depth > MAX_NESTING) {
			throw new InvalidArgumentException(path, "AND, OR, NOT and letter filters nest more than " + MAX_NESTING
					+ " levels deep; write the filter flatter.");
		}
		if (this.from != null && this.to != null && this.from.isAfter(this.to)) {
			throw new InvalidArgumentException(path, "'from' (" + this.from + ") is after 'to' (" + this.to + ").");
		}
		if (this.titleContains != null && this.titleContains.isBlank()) {
			throw new InvalidArgumentException(path + ".titleContains", "give some text to look for.");
		}
		if (this.askContains != null && this.askContains.isBlank()) {
			throw new InvalidArgumentException(path + ".askContains", "give some text to look for.");
		}
		if (this.signerCount != null) {
			this.signerCount.checked(path + ".signerCount");
		}
		notEmpty(path + ".ids", this.ids);
		notEmpty(path + ".signedByAll", this.signedByAll);
		notEmpty(path + ".signedByAny", this.signedByAny);
		notEmpty(path + ".signedByNone", this.signedByNone);
		nested(path + ".AND", this.AND, depth);
		nested(path + ".OR", this.OR, depth);
		if (this.NOT != null) {
			this.NOT.validated(path + ".NOT", depth + 1);
		}
		return this;
	}

	/** The parameters of the statements that take the five original filters ($addressedTo ... $to). */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("addressedTo", this.addressedTo);
		parameters.put("concerns", this.concerns);
		parameters.put("participant", this.participant);
		parameters.put("from", this.from);
		parameters.put("to", this.to);
		return parameters;
	}

	private static void nested(String path, List<LetterWhere> list, int depth) {
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

	private static void notEmpty(String path, List<String> ids) {
		if (ids != null && ids.isEmpty()) {
			throw new InvalidArgumentException(path, "is empty; give at least one id or leave it out.");
		}
	}

	private static void addIf(List<String> names, String name, Object value) {
		if (value != null) {
			names.add(name);
		}
	}
}
