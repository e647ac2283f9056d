package org.lettergraph.letter;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.lettergraph.graph.Identified;
import org.lettergraph.graph.Rows;

/**
 * A letter: its subject, date, asks and the signer count its sources state, and what it still waits for a person
 * to supply (people named by surname only, programs the graph does not hold). Who took part is read through the
 * graph, not held here.
 */
public record Letter(String id, String title, boolean titleIsDescriptive, LocalDate date, List<String> asks,
		Integer reportedSignerCount, String reportedSignerCountQualifier, String sortKey,
		List<String> unnamedAddressees, List<String> unnamedCc, List<String> unnamedSigners,
		List<String> proposedPrograms) implements Identified {

	public static Letter from(Object value) {
		Map<String, Object> m = Rows.map(value);
		return new Letter(Rows.string(m, "id"), Rows.string(m, "title"), Rows.flag(m, "titleIsDescriptive"),
				Rows.date(m, "date"), Rows.strings(m, "asks"), Rows.integer(m, "reportedSignerCount"),
				Rows.string(m, "reportedSignerCountQualifier"), Rows.string(m, "sortKey"),
				Rows.strings(m, "unnamedAddressees"), Rows.strings(m, "unnamedCc"), Rows.strings(m, "unnamedSigners"),
				Rows.strings(m, "proposedPrograms"));
	}

	/** Each letter's values from a map keyed by letter id, as a {@code @BatchMapping} must answer. */
	public static <T> Map<Letter, List<T>> byLetter(List<Letter> letters, Map<String, List<T>> byId) {
		return byLetter(letters, byId, Function.identity());
	}

	public static <T, R> Map<Letter, List<R>> byLetter(List<Letter> letters, Map<String, List<T>> byId,
			Function<T, R> mapper) {
		Map<Letter, List<R>> result = new LinkedHashMap<>();
		for (Letter letter : letters) {
			result.put(letter, byId.getOrDefault(letter.id(), List.of()).stream().map(mapper).toList());
		}
		return result;
	}
}
