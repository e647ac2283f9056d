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

	LetterPages(Rows rows) {
		this.rows = rows;
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
			Map<String, Fragment> slots = ActorConditions.participation(filter, composer);
			for (Map<String, Object> row : this.rows.list("letters/actor-letter-pages", slots,
					Map.of("pages", group.stream().map(p -> page(p.actorId(), p.skip(), p.size())).toList()))) {
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

	private static Map<String, Object> page(String id, int skip, int size) {
		return Map.of("id", id, "skip", skip, "limit", size + 1);
	}
}
