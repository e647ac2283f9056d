package org.lettergraph.names;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable id parts: "Make the Road New Jersey" becomes {@code make-the-road-new-jersey}. */
public final class Slugs {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	public static String of(String text) {
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		String slug = NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll("-");
		slug = slug.replaceAll("^-+|-+$", "");
		return (slug.length() > 80) ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
	}
}
