package org.lettergraph.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.lettergraph.graph.Composer;
import org.lettergraph.graph.Fragment;
import org.lettergraph.graph.Rows;

import org.springframework.stereotype.Repository;

/**
 * Counts, date ranges and group-by counts over what a filter of {@code letters} or {@code actors} keeps: one
 * statement each, the filter put together from the same fragments as the list's.
 */
@Repository
class Aggregates {

	/** What {@code aggregate} answers. */
	record Aggregate(int count, LocalDate dateMin, LocalDate dateMax, int signatures) {
	}

	/** One value of a group-by and how many have it. */
	record Group(String value, int count) {
	}

	/** {@code aggregate} and {@code groupBy(field: YEAR)} of one filter, read together. */
	record AggregateByYear(Aggregate aggregate, List<Group> years) {
	}

	enum LetterGroupField {

		YEAR, PROGRAM
	}

	enum ActorGroupField {

		KIND, PARTY, STATE, CATEGORY, ROLE
	}

	private final Rows rows;

	Aggregates(Rows rows) {
		this.rows = rows;
	}

	Aggregate letters(LetterWhere where) {
		return aggregate(this.rows.one("letters/aggregate", Map.of("LETTERS", letters(where, this.rows.composer())),
				Map.of()));
	}

	List<Group> letters(LetterWhere where, LetterGroupField field) {
		String query = (field == LetterGroupField.YEAR) ? "letters/group-by-year" : "letters/group-by-program";
		return groups(this.rows.list(query, Map.of("LETTERS", letters(where, this.rows.composer())), Map.of()));
	}

	/** The aggregate and the counts per year in one statement (letters/aggregate-by-year), the letters read once. */
	AggregateByYear lettersByYear(LetterWhere where) {
		Map<String, Object> row = this.rows.one("letters/aggregate-by-year",
				Map.of("LETTERS", letters(where, this.rows.composer())), Map.of());
		return new AggregateByYear(aggregate(row), groups(Rows.each(row, "groups", Rows::map)));
	}

	/**
	 * The letters a filter keeps, as the head of a statement: from its program when it names one and no dates
	 * (the program's letters are fewer than all letters; with dates, the date index narrows more), else from every
	 * letter.
	 */
	static Fragment letters(LetterWhere where, Composer composer) {
		if (where.concerns() != null && where.from() == null && where.to() == null) {
			// The rest of the filter: the program is what the head reads the letters from, so checking each letter
			// for it again (a seek and an expand per letter) would only repeat the head's match.
			return composer.of("letters/from/program", Map.of("concerns", where.concerns()),
					Map.of("WHERE", LetterConditions.of(LetterConditions.withoutConcerns(where), composer)));
		}
		return composer.of("letters/from/all", Map.of(), Map.of("WHERE", LetterConditions.of(where, composer)));
	}


	Aggregate actors(ActorWhere where) {
		Composer composer = this.rows.composer();
		Map<String, Fragment> slots = new java.util.HashMap<>(participation(where, composer));
		slots.put("ACTORS", ActorConditions.actors(where, composer));
		return aggregate(this.rows.one("actors/aggregate", slots, Map.of()));
	}

	List<Group> actors(ActorWhere where, ActorGroupField field) {
		Composer composer = this.rows.composer();
		Map<String, Fragment> slots = new java.util.HashMap<>();
		slots.put("ACTORS", ActorConditions.actors(where, composer));
		if (field == ActorGroupField.ROLE) {
			ActorWhere.Participating within = (where.letters() != null) ? where.letters()
					: new ActorWhere.Participating(null, null, null, null);
			slots.putAll(ActorConditions.participation(within, composer));
			return groups(this.rows.list("actors/group-by-role", slots, Map.of()));
		}
		slots.put("KEY", composer.of("actors/group/" + field.name().toLowerCase(java.util.Locale.ROOT), Map.of()));
		return groups(this.rows.list("actors/group-by", slots, Map.of()));
	}

	/** The letters the aggregate's dates and signatures count: as LETTER_COUNT counts them. */
	private static Map<String, Fragment> participation(ActorWhere where, Composer composer) {
		ActorWhere.Participating within = (where.letters() != null) ? where.letters()
				: new ActorWhere.Participating(null, null, List.of(Role.LEAD, Role.SIGNER), null);
		return ActorConditions.participation(within, composer);
	}

	private static Aggregate aggregate(Map<String, Object> row) {
		Integer signatures = Rows.integer(row, "signatures");
		return new Aggregate(Rows.integer(row, "count"), Rows.date(row, "dateMin"), Rows.date(row, "dateMax"),
				(signatures != null) ? signatures : 0);
	}

	private static List<Group> groups(List<Map<String, Object>> rows) {
		return rows.stream().map(row -> new Group(Rows.string(row, "value"), Rows.integer(row, "count"))).toList();
	}
}
