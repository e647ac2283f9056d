package org.lettergraph.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A person's name as the graph knows it from the way letters write it: letters give officials their middle initials
 * and suffixes ("Alejandro N. Mayorkas", "Joseph R. Biden, Jr."), the graph and its reference data mostly do not.
 */
public final class PersonNames {

	private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");

	private static final Pattern SUFFIX = Pattern.compile("(?i)jr\\.?|sr\\.?|ii|iii|iv");

	private PersonNames() {
	}

	/**
	 * The name without middle initials and suffixes ("Alejandro N. Mayorkas" → "Alejandro Mayorkas"), or null when
	 * nothing would be dropped (the name is plain already, or too short to drop anything from).
	 */
	public static String withoutInitials(String name) {
		if (name == null) {
			return null;
		}
		String[] words = name.replace(",", " ").strip().split("\\s+");
		if (words.length < 3) {
			return null;
		}
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < words.length; i++) {
			boolean middle = i > 0 && i < words.length - 1;
			boolean last = i == words.length - 1;
			if ((middle && INITIAL.matcher(words[i]).matches()) || (last && i >= 2 && SUFFIX.matcher(words[i]).matches())) {
				continue;
			}
			kept.add(words[i]);
		}
		if (kept.size() < 2 || kept.size() == words.length) {
			return null;
		}
		// a suffix dropped may leave an initial last ("Joseph R., Jr." is not a name to match on)
		if (INITIAL.matcher(kept.get(kept.size() - 1)).matches()) {
			kept.remove(kept.size() - 1);
		}
		return (kept.size() < 2) ? null : String.join(" ", kept);
	}
}
