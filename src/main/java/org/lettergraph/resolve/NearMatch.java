package org.lettergraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.lettergraph.names.NameKey;

/**
 * Whether two names that are not the same key may still name the same actor, how likely, and why. Only a person
 * decides; this only chooses what to put in front of them.
 *
 * <ul>
 * <li>Spelling: same number of words, the differing words close in spelling ("Immigration" / "Immigrant",
 * "Shaw" / "Shah"); when most words differ, each must be nearly the same ("Brooking Institute" / "Brookings
 * Institution").</li>
 * <li>Place written differently: "Make the Road NY" / "Make the Road New York".</li>
 * <li>Not a candidate: the same name in different places ("Make the Road NY" / "Make the Road New Jersey"), or one
 * name adding a place or few words to a short one ("Indivisible" / "Indivisible Denver"): chapters and affiliates
 * are separate organizations.</li>
 * </ul>
 */
public final class NearMatch {

	/** The lowest score that is put to a person. */
	public static final double THRESHOLD = 0.85;

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private static final Map<String, String> STATES = states();

	/** A possible match: a score from 0 to 1 and a reason a person can read. */
	public record Candidate(double score, String reason) {
	}

	private NearMatch() {
	}

	/**
	 * A name as {@link #compare} reads it: its key, its words with states as one marked token, and those states.
	 * Prepared once, a name can be compared with many others without reading it again each time.
	 */
	public static final class Name {

		private final String key;

		private final List<String> words;

		private final Set<String> places;

		private Name(String name) {
			this.key = NameKey.of(name);
			this.words = List.copyOf(places(words(this.key)));
			this.places = placeCodes(this.words);
		}

		/** The name's key ({@link NameKey#of}). */
		public String key() {
			return this.key;
		}

		/**
		 * How many words the name has, a state written in several words counting as one: {@link #compare} puts
		 * only names of the same length to a person.
		 */
		public int length() {
			return this.words.size();
		}

		/** The name's first word as {@link #compare} reads it ("" when it has none). */
		public String firstWord() {
			return this.words.isEmpty() ? "" : this.words.get(0);
		}
	}

	/** The name, read once for {@link #compare(Name, Name)}. */
	public static Name prepare(String name) {
		return new Name(name);
	}

	public static Optional<Candidate> compare(String a, String b) {
		return compare(prepare(a), prepare(b));
	}

	/** {@link #compare(String, String)} for names already read. */
	public static Optional<Candidate> compare(Name a, Name b) {
		String ka = a.key;
		String kb = b.key;
		if (ka.isEmpty() || kb.isEmpty() || ka.equals(kb)) {
			return Optional.empty();
		}
		List<String> ta = a.words;
		List<String> tb = b.words;
		// Both ways to a candidate below need as many words on each side: cheapest to look at first.
		if (ta.size() != tb.size()) {
			return Optional.empty();
		}
		Set<String> placesA = a.places;
		Set<String> placesB = b.places;
		if (!placesA.isEmpty() && !placesB.isEmpty() && !placesA.equals(placesB)) {
			return Optional.empty();
		}
		if (ta.equals(tb)) {
			return Optional.of(new Candidate(0.97, "same name with the place written differently"));
		}
		double total = 0;
		double weakest = 1;
		int differing = 0;
		for (int i = 0; i < ta.size(); i++) {
			String x = ta.get(i);
			String y = tb.get(i);
			if (x.equals(y)) {
				total += 1;
				continue;
			}
			if (x.startsWith("#") || y.startsWith("#")) {
				return Optional.empty();
			}
			double similarity = JARO_WINKLER.apply(x, y);
			if (similarity < THRESHOLD) {
				return Optional.empty();
			}
			differing++;
			total += similarity;
			weakest = Math.min(weakest, similarity);
		}
		// When most words differ, each must be a near-identical spelling ("Brooking Institute").
		if (differing * 2 > ta.size() && weakest < 0.92) {
			return Optional.empty();
		}
		double score = Math.round(total / ta.size() * 1000) / 1000.0;
		return (score >= THRESHOLD) ? Optional.of(new Candidate(score, "spelled differently")) : Optional.empty();
	}

	/**
	 * Whether two words in the same place of two names leave {@link #compare} a chance: the same word, or two
	 * words (neither a state) close in spelling, either way round. When the first words of two names do not, the
	 * names are not near.
	 */
	public static boolean wordsMayMatch(String x, String y) {
		if (x.equals(y)) {
			return true;
		}
		if (x.startsWith("#") || y.startsWith("#")) {
			return false;
		}
		return JARO_WINKLER.apply(x, y) >= THRESHOLD || JARO_WINKLER.apply(y, x) >= THRESHOLD;
	}

	private static List<String> words(String key) {
		return key.isEmpty() ? List.of() : List.of(key.split(" "));
	}

	/** Replaces state names and postal codes with one marked token, so "New York" and "NY" compare equal. */
	private static List<String> places(List<String> words) {
		List<String> result = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String code = null;
			if (i + 2 < words.size()) {
				code = STATES.get(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
				if (code != null) {
					i += 2;
				}
			}
			if (code == null && i + 1 < words.size()) {
				code = STATES.get(words.get(i) + " " + words.get(i + 1));
				if (code != null) {
					i += 1;
				}
			}
			if (code == null) {
				code = STATES.get(words.get(i));
			}
			result.add((code != null) ? "#" + code : words.get(i));
		}
		return result;
	}

	private static Set<String> placeCodes(List<String> words) {
		Set<String> codes = new HashSet<>();
		words.stream().filter(w -> w.startsWith("#")).forEach(codes::add);
		return codes;
	}

	private static Map<String, String> states() {
		String[] pairs = { "alabama al", "alaska ak", "arizona az", "arkansas ar", "california ca calif",
				"colorado co", "connecticut ct", "delaware de", "florida fl", "georgia ga", "hawaii hi", "idaho id",
				"illinois il", "indiana in", "iowa ia", "kansas ks", "kentucky ky", "louisiana la", "maine me",
				"maryland md", "massachusetts ma mass", "michigan mi", "minnesota mn minn", "mississippi ms",
				"missouri mo", "montana mt", "nebraska ne", "nevada nv", "new_hampshire nh", "new_jersey nj",
				"new_mexico nm", "new_york ny", "north_carolina nc", "north_dakota nd", "ohio oh", "oklahoma ok",
				"oregon or", "pennsylvania pa", "rhode_island ri", "south_carolina sc", "south_dakota sd",
				"tennessee tn", "texas tx", "utah ut", "vermont vt", "virginia va", "washington wa",
				"west_virginia wv", "wisconsin wi", "wyoming wy", "district_of_columbia dc", "puerto_rico pr" };
		java.util.HashMap<String, String> map = new java.util.HashMap<>();
		for (String pair : pairs) {
			String[] parts = pair.split(" ");
			String code = parts[1];
			map.put(parts[0].replace('_', ' '), code);
			Arrays.stream(parts).skip(1).forEach(alias -> map.put(alias, code));
		}
		// Two-letter codes that are also everyday words are not read as places.
		for (String word : List.of("in", "or", "me", "oh", "ok", "hi", "de", "la", "co", "pa", "ma", "ne", "id")) {
			map.remove(word);
		}
		return Map.copyOf(map);
	}
}
