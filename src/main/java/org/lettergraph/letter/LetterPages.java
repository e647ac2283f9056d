package org.lettergraph.letter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lettergraph.graph.Composer;
import org.lettergraph.graph.Fragment;
import org.lettergraph.graph.Rows;
import org.lettergraph.source.Source;

import org.springframework.stereotype.Repository;

/**
 * Pages of the letters of actors, programs and sources (the {@code letterConnection} fields): one statement per
 * response level for every owner that asks with the same filter, however many owners the level holds.
 */
@Repository
class LetterPages {

	private final Rows rows;

	/** 1.0: each actor's page is read the cheaper way (see letters/actor-letter-pages); tests force one way. */
	private final double walkFactor;

	@org.springframework.beans.factory.annotation.Autowired
	LetterPages(Rows rows) {
		this(rows, 1.0);
	}

	/**
	 * With {@code walkFactor} 0, every actor's page is read by walking the letters newest first; with a huge one,
	 * from the actor's own edges (the two ways of letters/actor-letter-pages, which must give the same rows).
	 */
	LetterPages(Rows rows, double walkFactor) {
		this.rows = rows;
		this.walkFactor = walkFactor;
	}

	/** Which page of which actor's letters, with which filter. */
	record ActorLetters(String actorId, ActorWhere.Participating filter, int skip, int size) {
	}

	record ActorLetterRows(List<Participation> rows, int total) {
	}

	/** Which page of the letters of which program or source ({@code kind} is program or source). */
	record OwnedLetters(String kind, String ownerId, int skip, int size) {
	}

	record OwnedLetterRows(List<Letter> rows, int total) {
	}

	Map<ActorLetters, ActorLetterRows> ofActors(Collection<ActorLetters> pages) {
		Map<ActorLetters, ActorLetterRows> result = new HashMap<>();
		Map<ActorWhere.Participating, List<ActorLetters>> byFilter = new LinkedHashMap<>();
		pages.forEach(p -> byFilter.computeIfAbsent(p.filter(), f -> new ArrayList<>()).add(p));
		byFilter.forEach((filter, group) -> {
			Composer composer = this.rows.composer();
			Map<String, Fragment> slots = withTotal(ActorConditions.participation(filter, composer), composer);
			for (Map<String, Object> row : this.rows.list("letters/actor-letter-pages", slots,
					actorParameters(group, filter, this.walkFactor))) {
				List<Participation> participations = Rows.each(row, "rows", Rows::map)
					.stream()
					.map(m -> new Participation(Letter.from(m.get("letter")), Rows.string(m, "role"),
							Rows.integer(m, "position"), Rows.string(m, "title"), Rows.string(m, "organization"),
							Rows.string(m, "location"), Rows.each(m, "sources", Source::from)))
					.toList();
				result.put(new ActorLetters(Rows.string(row, "ownerId"), filter, Rows.integer(row, "skip"),
						Rows.integer(row, "limit") - 1), new ActorLetterRows(participations, Rows.integer(row, "total")));
			}
		});
		return result;
	}

	Map<OwnedLetters, OwnedLetterRows> ofOwners(Collection<OwnedLetters> pages) {
		Map<OwnedLetters, OwnedLetterRows> result = new HashMap<>();
		Map<String, List<OwnedLetters>> byKind = new LinkedHashMap<>();
		pages.forEach(p -> byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p));
		byKind.forEach((kind, group) -> {
			String query = switch (kind) {
				case "program" -> "letters/program-letter-pages";
				case "source" -> "letters/source-letter-pages";
				default -> throw new IllegalArgumentException("No letter pages for " + kind);
			};
			for (Map<String, Object> row : this.rows.list(query, Map.of(),
					Map.of("pages", group.stream().map(p -> page(p.ownerId(), p.skip(), p.size())).toList()))) {
				List<Letter> letters = Rows.each(row, "rows", Letter::from);
				result.put(new OwnedLetters(kind, Rows.string(row, "ownerId"), Rows.integer(row, "skip"),
						Rows.integer(row, "limit") - 1), new OwnedLetterRows(letters, Rows.integer(row, "total")));
			}
		});
		return result;
	}

	/**
	 * The slots of letters/actor-letter-pages: those of the participation pattern and the total, the actor's degree
	 * when neither a role nor a letter filter narrows its edges, else those edges counted.
	 */
	static Map<String, Fragment> withTotal(Map<String, Fragment> participation, Composer composer) {
		Map<String, Fragment> slots = new HashMap<>(participation);
		boolean narrowed = !participation.get("ROLE").isTrue() || !participation.get("LETTER").isTrue();
		slots.put("TOTAL", narrowed ? composer.of("letters/actor-total/counted", Map.of(), participation)
				: composer.of("letters/actor-total/degree", Map.of()));
		return slots;
	}

	/**
	 * The parameters of letters/actor-letter-pages: the pages, the most rows any of them needs, and the sortKey
	 * range of the filter's top-level dates (as letters/page bounds its index range).
	 */
	static Map<String, Object> actorParameters(List<ActorLetters> group, ActorWhere.Participating filter,
			double walkFactor) {
		LetterWhere where = filter.where();
		String upper = "\uffff";
		if (where != null && where.to() != null) {
			upper = where.to().plusDays(1).toString();
		}
		String lower = (where != null && where.from() != null) ? where.from().toString() : "";
		int walkLimit = group.stream().mapToInt(p -> p.skip() + p.size() + 1).max().orElse(1);
		return Map.of("pages", group.stream().map(p -> page(p.actorId(), p.skip(), p.size())).toList(), "walkLimit",
				walkLimit, "walkFactor", walkFactor, "upper", upper, "lower", lower);
	}

	private static Map<String, Object> page(String id, int skip, int size) {
		return Map.of("id", id, "skip", skip, "limit", size + 1);
	}
}
