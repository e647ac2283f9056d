package org.lettergraph.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.lettergraph.graph.Composer;
import org.lettergraph.graph.Fragment;

/**
 * An {@link ActorWhere} as one condition on the actor {@code a}, and an {@link ActorOrder} list as ordering keys,
 * put together from the fragments in {@code cypher/queries/actors/where/} and {@code actors/order/}: client values
 * go in as parameters, labels and relationship types only from the allow-list.
 */
final class ActorConditions {

	private ActorConditions() {
	}

	static Fragment of(ActorWhere where, Composer composer) {
		if (where == null) {
			return Fragment.TRUE;
		}
		List<Fragment> parts = new ArrayList<>();
		if (where.ids() != null) {
			parts.add(composer.of("actors/where/ids", Map.of("ids", where.ids())));
		}
		if (where.kind() != null) {
			parts.add(composer.of("actors/where/kind", Map.of(), Map.of("LABEL", Fragment.label(where.kind().label()))));
		}
		if (where.name() != null) {
			parts.add(composer.of("actors/where/name-" + where.name().mode(), Map.of("text", where.name().value())));
		}
		if (where.party() != null) {
			parts.add(composer.of("actors/where/party", Map.of("party", where.party().strip().toLowerCase(Locale.ROOT))));
		}
		if (where.state() != null) {
			parts.add(composer.of("actors/where/state", Map.of("state", where.state().strip().toUpperCase(Locale.ROOT))));
		}
		if (where.chamber() != null) {
			parts.add(composer.of("actors/where/chamber", Map.of("chamber", where.chamber())));
		}
		if (where.category() != null) {
			parts.add(composer.of("actors/where/category",
					Map.of("category", where.category().strip().toUpperCase(Locale.ROOT))));
		}
		if (where.letterCount() != null) {
			parts.add(composer.of("actors/where/letter-count",
					LetterConditions.values("gte", where.letterCount().gte(), "lte", where.letterCount().lte())));
		}
		if (where.letters() != null) {
			ActorWhere.Participating letters = where.letters();
			Map<String, Fragment> slots = participation(letters, composer);
			if (letters.count() == null) {
				parts.add(composer.of("actors/where/took-part", Map.of(), slots));
			}
			else {
				parts.add(composer.of("actors/where/took-part-count",
						LetterConditions.values("gte", letters.count().gte(), "lte", letters.count().lte()), slots));
			}
		}
		if (where.AND() != null) {
			parts.add(Fragment.and(where.AND().stream().map(w -> of(w, composer)).toList()));
		}
		if (where.OR() != null) {
			parts.add(Fragment.or(where.OR().stream().map(w -> of(w, composer)).toList()));
		}
		if (where.NOT() != null) {
			parts.add(Fragment.not(of(where.NOT(), composer)));
		}
		return Fragment.and(parts);
	}

	/**
	 * The head of every actor list: the actors {@code a} that match the filter, ending with {@code WITH a} (and
	 * {@code lettersWithin} when it starts from the letters). With top-level {@code letters} to start from (see
	 * {@link #startsFromLetters}), it reads those letters' participants (actors/from/letters), so a filter such as
	 * "organizations that signed a letter about 287(g) in 2021" costs the signatures of those letters, not a check
	 * of every actor of the graph against them (actors/from/all).
	 */
	static Fragment actors(ActorWhere where, Composer composer) {
		if (!startsFromLetters(where)) {
			return composer.of("actors/from/all", Map.of(), Map.of("WHERE", of(where, composer)));
		}
		Map<String, Fragment> slots = new java.util.HashMap<>(participation(where.letters(), composer));
		slots.put("WHERE", of(withoutLetters(where), composer));
		String concerns = where.letters().where().concerns();
		if (concerns != null) {
			// The program is the head's match; the rest of the letter filter is what each of its letters must meet.
			slots.put("LETTER", LetterConditions.of(LetterConditions.withoutConcerns(where.letters().where()), composer));
			return composer.of("actors/from/letters-concerning", Map.of("concerns", concerns), slots);
		}
		return composer.of("actors/from/letters", Map.of(), slots);
	}

	/**
	 * Whether the list starts from the filter's top-level letters: they must be narrowed by a letter filter and
	 * required (no {@code count}, which may ask for none), and the actors not already few (by id, or lawmakers and
	 * officials, a few hundred in all, whose own letters are fewer to check than every signature of the letters).
	 */
	static boolean startsFromLetters(ActorWhere where) {
		return where != null && where.letters() != null && where.letters().where() != null
				&& where.letters().count() == null && where.ids() == null
				&& where.kind() != org.lettergraph.actor.ActorKind.LAWMAKER
				&& where.kind() != org.lettergraph.actor.ActorKind.OFFICIAL;
	}

	private static ActorWhere withoutLetters(ActorWhere w) {
		return new ActorWhere(w.ids(), w.kind(), w.name(), w.party(), w.state(), w.chamber(), w.category(), null,
				w.letterCount(), w.AND(), w.OR(), w.NOT());
	}

	/**
	 * The ordering keys, NAME when none are asked for. Letter counts and dates count the letters of the filter's
	 * top-level {@code letters} in its roles, or, without one, the letters the actor signed. {@code fromLetters}:
	 * the statement's head is actors/from/letters and has counted the letters already.
	 */
	static Fragment order(List<ActorOrder> orderBy, ActorWhere where, Composer composer, boolean fromLetters) {
		return order(orderBy, where, composer, fromLetters, null);
	}

	/**
	 * As {@link #order(List, ActorWhere, Composer, boolean)}, with the DEGREE key read from {@code degrees} (actor id
	 * to degree in the order's window, counted before the statement) when it is given.
	 */
	static Fragment order(List<ActorOrder> orderBy, ActorWhere where, Composer composer, boolean fromLetters,
			Map<String, Integer> degrees) {
		List<ActorOrder> keys = (orderBy != null) ? orderBy : List.of(new ActorOrder(ActorOrder.Field.NAME, null));
		ActorWhere.Participating within = (where != null) ? where.letters() : null;
		List<Fragment> fragments = new ArrayList<>();
		for (ActorOrder key : keys) {
			boolean descending = key.direction().descending();
			Fragment expression = switch (key.field()) {
				case NAME -> composer.of("actors/order/name", Map.of());
				case LETTER_COUNT -> (within == null) ? composer.of("actors/order/letter-count", Map.of())
						: fromLetters ? composer.of("actors/order/letters-within", Map.of()) : composer.of("actors/order/letter-count-within", Map.of(), participation(within, composer));
				case FIRST_LETTER_DATE, LAST_LETTER_DATE -> composer.of(
						(key.field() == ActorOrder.Field.FIRST_LETTER_DATE) ? "actors/order/first-letter-date"
								: "actors/order/last-letter-date",
						Map.of("missing", descending ? LocalDate.of(1, 1, 1) : LocalDate.of(9999, 12, 31)),
						participation((within != null) ? within : signed(), composer));
				case DEGREE -> (degrees != null) ? composer.of("actors/order/degree-given", Map.of("degrees", degrees))
						: composer.of("actors/order/degree", Map.of(),
								Map.of("LETTER", NetworkMeasures.window(window(where), composer)));
				// Read from the scores actors/page-scored works out; actors outside the network come last either way.
				case PAGE_RANK -> composer.of("actors/order/page-rank", Map.of("missing", missingScore(descending)));
				case BETWEENNESS -> composer.of("actors/order/betweenness", Map.of("missing", missingScore(descending)));
			};
			fragments.add(expression.ordered(descending));
		}
		return Fragment.list(fragments);
	}

	/** The window of the network keys: the letter filter of the filter's top-level letters; null for every letter. */
	static LetterWhere window(ActorWhere where) {
		return (where != null && where.letters() != null) ? where.letters().where() : null;
	}

	private static double missingScore(boolean descending) {
		return descending ? -1.0 : Double.MAX_VALUE;
	}

	/** The slots of a participation pattern: its edge types, the roles a SIGNED edge must carry, the letter filter. */
	static Map<String, Fragment> participation(ActorWhere.Participating letters, Composer composer) {
		List<Role> roles = letters.allRoles();
		Set<String> types = new LinkedHashSet<>();
		List<String> signedRoles = new ArrayList<>();
		for (Role role : roles) {
			switch (role) {
				case LEAD, SIGNER -> {
					types.add("SIGNED");
					signedRoles.add(role.name());
				}
				case ENDORSER -> types.add("ENDORSED");
				case ADDRESSEE -> types.add("ADDRESSED_TO");
				case CC -> types.add("CC");
			}
		}
		Fragment role = (signedRoles.size() == 1)
				? composer.of("actors/where/signed-role", Map.of("roles", signedRoles)) : Fragment.TRUE;
		return Map.of("TYPES", Fragment.types(types), "ROLE", role, "LETTER",
				LetterConditions.of(letters.where(), composer));
	}

	private static ActorWhere.Participating signed() {
		return new ActorWhere.Participating(null, null, List.of(Role.LEAD, Role.SIGNER), null);
	}
}
