package org.lettergraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.lettergraph.names.NameKey;
import org.lettergraph.resolve.ActorResolver.SurnameCandidate;

/**
 * Whether the title a letter gives a surname ("Secretary", "Acting Director", "Sen.") fits an actor the graph
 * knows: an official's or person's title, office or an alias holds it as whole words ("Secretary" in "Secretary of
 * Homeland Security"); a lawmaker's chamber fits Senator or Representative, and a committee title (Chairman,
 * Ranking Member) fits any member, for the caller to accept only when one member of that surname is left.
 */
public final class Titles {

	/** Courtesy words, which say nothing about the office. */
	private static final Set<String> HONORIFICS = Set.of("mr", "ms", "mrs", "miss", "mx", "dr", "hon", "honorable",
			"the", "dear");

	/** Words that qualify an office without changing which it is. */
	private static final Set<String> QUALIFIERS = Set.of("acting", "interim");

	private static final Map<String, String> SPELLINGS = Map.ofEntries(Map.entry("sec", "secretary"),
			Map.entry("secy", "secretary"), Map.entry("dir", "director"), Map.entry("sen", "senator"),
			Map.entry("senators", "senator"), Map.entry("rep", "representative"), Map.entry("reps", "representative"),
			Map.entry("congressman", "representative"), Map.entry("congresswoman", "representative"),
			Map.entry("congressmember", "representative"), Map.entry("chairman", "chair"),
			Map.entry("chairwoman", "chair"), Map.entry("chairperson", "chair"), Map.entry("asst", "assistant"),
			Map.entry("dep", "deputy"), Map.entry("pres", "president"), Map.entry("gov", "governor"),
			Map.entry("amb", "ambassador"), Map.entry("atty", "attorney"), Map.entry("gen", "general"),
			Map.entry("admin", "administrator"), Map.entry("commr", "commissioner"));

	/** Titles a member of Congress holds in either chamber, which tell members apart only by being unique. */
	private static final List<String> ANY_CHAMBER = List.of("chair", "ranking member", "member", "member of congress",
			"leader", "majority leader", "minority leader", "speaker", "whip", "vice chair");

	private Titles() {
	}

	/** Whether the words say anything about an office: "Secretary" does, "Ms." does not. */
	public static boolean isTitle(String title) {
		return !words(title).isEmpty();
	}

	/** Whether the letter's title fits this candidate (see the class comment). */
	public static boolean fits(String title, SurnameCandidate candidate) {
		List<String> words = words(title);
		if (words.isEmpty()) {
			return false;
		}
		String phrase = String.join(" ", words);
		if ("Lawmaker".equals(candidate.label())) {
			if (phrase.equals("senator") || phrase.equals("us senator")) {
				return "SENATE".equals(candidate.chamber());
			}
			if (phrase.equals("representative") || phrase.equals("us representative") || phrase.equals("delegate")
					|| phrase.equals("resident commissioner")) {
				return "HOUSE".equals(candidate.chamber());
			}
			if (ANY_CHAMBER.contains(phrase)) {
				return true;
			}
		}
		String padded = " " + phrase + " ";
		return Stream.concat(candidate.titles().stream(), candidate.aliases().stream())
			.map(t -> " " + String.join(" ", normalised(t)) + " ")
			.anyMatch(t -> t.contains(padded));
	}

	/** The title's words, normalised and with courtesy words and "Acting" left out. */
	private static List<String> words(String title) {
		List<String> words = new ArrayList<>(normalised(title));
		words.removeIf(w -> HONORIFICS.contains(w) || QUALIFIERS.contains(w));
		return words;
	}

	private static List<String> normalised(String text) {
		String key = NameKey.of(text);
		if (key.isEmpty()) {
			return List.of();
		}
		return Stream.of(key.split(" ")).map(w -> SPELLINGS.getOrDefault(w, w)).toList();
	}
}
