package org.lettergraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.lettergraph.graph.Rows;
import org.lettergraph.names.NameKey;

import org.springframework.stereotype.Component;

/**
 * Finds the existing actors that names already stand for. Only exact matches of the normalised key of a name or
 * alias count; anything looser is for a person to decide.
 */
@Component
public class ActorResolver {

	private final Rows rows;

	ActorResolver(Rows rows) {
		this.rows = rows;
	}

	/** An existing actor a key matched: its id, its kind's label, and whether the key is its primary name. */
	public record Match(String key, String id, String label, boolean primary) {
	}

	/**
	 * A participant a letter names by surname only, as the write looks it up.
	 *
	 * @param key      the surname's normalised key ("mayorkas", "delgado pike")
	 * @param written  the surname as the letter writes it ("O'Rourke"), for the full-text lookup
	 * @param labels   the actor labels it may be (Official and Lawmaker for an addressee, Person for a person)
	 * @param letterId the letter it is on
	 * @param link     its edge on the letter: ADDRESSED_TO, CC, SIGNED or ENDORSED
	 */
	public record SurnameQuery(String key, String written, List<String> labels, String letterId, String link) {

		public SurnameQuery {
			labels = List.copyOf(labels);
		}
	}

	/**
	 * An actor a surname may stand for, with what tells it apart from others of that surname.
	 *
	 * @param titles   its own title, its offices' and affiliations' titles, and the titles letters gave it
	 * @param chamber  HOUSE or SENATE for a lawmaker
	 * @param onLetter whether the letter already names it in this role
	 */
	public record SurnameCandidate(String id, String name, String label, List<String> aliases, List<String> titles,
			String chamber, boolean onLetter) {
	}

	private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "esq", "phd", "md");

	/**
	 * For each surname, the actors whose name (or an alias) ends with it, in one statement for all of them; a
	 * surname with none is absent. Only the surname decides here; whether the title fits is the caller's to judge
	 * ({@link Titles}).
	 */
	public Map<SurnameQuery, List<SurnameCandidate>> bySurname(Collection<SurnameQuery> wanted) {
		Map<SurnameQuery, List<SurnameCandidate>> result = new LinkedHashMap<>();
		List<SurnameQuery> distinct = wanted.stream().filter(q -> !q.key().isEmpty()).distinct().toList();
		if (distinct.isEmpty()) {
			return result;
		}
		List<Map<String, Object>> parameters = distinct.stream()
			.map(q -> Map.<String, Object>of("key", q.key(), "written", q.written(), "query",
					phraseQuery(q.key(), q.written()), "labels", q.labels(), "letterId", q.letterId(), "link",
					q.link()))
			.toList();
		for (Map<String, Object> row : this.rows.list("actors/by-surname", Map.of("wanted", parameters))) {
			SurnameQuery query = new SurnameQuery(Rows.string(row, "key"), Rows.string(row, "written"),
					Rows.strings(row, "labels"),
					Rows.string(row, "letterId"), Rows.string(row, "link"));
			SurnameCandidate candidate = new SurnameCandidate(Rows.string(row, "id"), Rows.string(row, "name"),
					Rows.string(row, "label"), Rows.strings(row, "aliases"), Rows.strings(row, "titles"),
					Rows.string(row, "chamber"), Rows.flag(row, "onLetter"));
			boolean endsWithSurname = Stream.concat(Stream.of(candidate.name()), candidate.aliases().stream())
				.anyMatch(name -> endsWith(name, query.key()));
			if (endsWithSurname) {
				result.computeIfAbsent(query, q -> new ArrayList<>()).add(candidate);
			}
		}
		return result;
	}

	/** Whether a full name's last word or words (a "Jr." or "III" left aside) are the surname. */
	static boolean endsWith(String name, String surnameKey) {
		List<String> words = new ArrayList<>(Arrays.asList(NameKey.of(name).split(" ")));
		while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
			words.remove(words.size() - 1);
		}
		String key = String.join(" ", words);
		return key.equals(surnameKey) || key.endsWith(" " + surnameKey);
	}

	/**
	 * The surname as phrases for the standard-analysed {@code actor_names} index, in its name and alias fields: its
	 * key ("delgado pike") and, for an apostrophe the analyzer keeps inside a word ("o'rourke"), as written.
	 */
	private static String phraseQuery(String key, String written) {
		String folded = Normalizer.normalize((written != null) ? written : key, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}']+", " ")
			.replaceAll("(^'+|'+$)", "")
			.strip();
		StringBuilder query = new StringBuilder("name:\"" + key + "\" OR aliases:\"" + key + "\"");
		if (!folded.isEmpty() && !folded.equals(key)) {
			query.append(" OR name:\"").append(folded).append("\" OR aliases:\"").append(folded).append('"');
		}
		return query.toString();
	}

	/** For each key, the actors known by it, primary-name matches first; keys with no match are absent. */
	public Map<String, List<Match>> existing(Collection<String> keys) {
		Map<String, List<Match>> result = new LinkedHashMap<>();
		List<String> wanted = keys.stream().filter(k -> !k.isEmpty()).distinct().toList();
		if (wanted.isEmpty()) {
			return result;
		}
		this.rows.list("review/resolve-names", Map.of("batch", Map.of("keys", wanted)))
			.forEach(row -> result.computeIfAbsent(Rows.string(row, "key"), k -> new ArrayList<>())
				.add(new Match(Rows.string(row, "key"), Rows.string(row, "id"), Rows.string(row, "label"),
						Rows.flag(row, "primary"))));
		return result;
	}
}
