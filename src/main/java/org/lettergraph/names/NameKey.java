package org.lettergraph.names;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The normalised key under which two spellings of one name meet: case, diacritics, punctuation, "&" versus "and",
 * a leading "The" and a trailing "Inc." or "LLC" do not count. Anything else does: "Make the Road NY" and "Make
 * the Road New Jersey" keep different keys, and so do "Indivisible" and "Indivisible Denver".
 */
public final class NameKey {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

	private static final Pattern LEADING_THE = Pattern.compile("^the ");

	private static final Pattern LEGAL_FORM = Pattern.compile(" (inc|incorporated|llc|l l c|co|corp)$");

	private static final Pattern LUCENE_SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");

	private NameKey() {
	}

	public static String of(String name) {
		if (name == null) {
			return "";
		}
		String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
		String key = NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll(" ").strip();
		key = LEADING_THE.matcher(key).replaceFirst("");
		return LEGAL_FORM.matcher(key).replaceFirst("").strip();
	}

	/** A query for the keyword-analysed {@code actor_keys} index that matches exactly this key. */
	public static String exactQuery(String key) {
		return "\"" + key + "\"";
	}

	/**
	 * A Lucene query for the {@code actor_names} index from a person's words: every word must appear, as a whole
	 * word (ranked higher) or as the start of one, so typing "immig leg" finds "Immigrant Legal Resource Center".
	 */
	public static String searchQuery(String text) {
		String folded = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD))
			.replaceAll("");
		return Arrays.stream(LUCENE_SPECIAL.matcher(folded).replaceAll(" ").split("\\s+"))
			.map(String::strip)
			.filter(word -> !word.isEmpty())
			.map(word -> word.toLowerCase(Locale.ROOT))
			.map(word -> "(" + word + "^3 OR " + word + "*)")
			.collect(Collectors.joining(" AND "));
	}
}
