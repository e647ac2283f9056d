package org.lettergraph.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as the graph knows it from the way letters write it: letters give officials their middle initials
 * and suffixes ("Alejandro N. Mayorkas", "Joseph R. Biden, Jr."), the graph and its reference data mostly do not.
 */
public final class PersonNames {

	private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");

	private static final Pattern SUFFIX = Pattern.compile("(?i)jr\\.?|sr\\.?|ii|iii|iv");

	/**
	 * Common English given names and the short forms people go by, each group one name: "Joseph R. Biden, Jr." on a
	 * letter and "Joe Biden" in the graph are one person. Only the first word of a name is swapped, and only for
	 * people, so "Bill Hicks" never meets "William Hicks Foundation".
	 */
	private static final List<List<String>> GIVEN_NAMES = List.of(List.of("joseph", "joe"),
			List.of("robert", "bob", "rob", "bobby"), List.of("william", "bill", "will", "billy"),
			List.of("richard", "dick", "rick", "rich"), List.of("charles", "chuck", "charlie"),
			List.of("james", "jim", "jimmy"), List.of("thomas", "tom"), List.of("michael", "mike"),
			List.of("elizabeth", "liz", "beth", "betsy"), List.of("katherine", "kate", "kathy"),
			List.of("catherine", "cathy"), List.of("daniel", "dan", "danny"), List.of("christopher", "chris"),
			List.of("edward", "ed", "eddie"), List.of("patrick", "pat"), List.of("patricia", "patty", "trish"),
			List.of("stephen", "steve"), List.of("steven", "steve"), List.of("anthony", "tony"),
			List.of("margaret", "maggie", "peggy"), List.of("deborah", "debbie", "deb"),
			List.of("jennifer", "jenny", "jen"), List.of("timothy", "tim"), List.of("benjamin", "ben"),
			List.of("samuel", "sam"), List.of("alexander", "alex"), List.of("nicholas", "nick"),
			List.of("matthew", "matt"), List.of("andrew", "andy"), List.of("donald", "don"),
			List.of("gerald", "jerry"), List.of("kenneth", "ken"), List.of("ronald", "ron"), List.of("susan", "sue"),
			List.of("theodore", "ted"), List.of("frederick", "fred"), List.of("lawrence", "larry"),
			List.of("gregory", "greg"), List.of("jeffrey", "jeff"), List.of("jonathan", "jon"),
			List.of("douglas", "doug"), List.of("raymond", "ray"), List.of("mitchell", "mitch"),
			List.of("rebecca", "becky"), List.of("cynthia", "cindy"), List.of("barbara", "barb"),
			List.of("abigail", "abby"), List.of("kimberly", "kim"), List.of("zachary", "zach"),
			List.of("nathaniel", "nate"), List.of("phillip", "phil"), List.of("philip", "phil"),
			List.of("gabriel", "gabe"), List.of("terrence", "terry"), List.of("victoria", "vicky"));

	private static final Map<String, List<String>> OTHER_FORMS = otherForms();

	private PersonNames() {
	}

	private static Map<String, List<String>> otherForms() {
		Map<String, Set<String>> forms = new HashMap<>();
		for (List<String> group : GIVEN_NAMES) {
			for (String name : group) {
				Set<String> others = forms.computeIfAbsent(name, n -> new LinkedHashSet<>());
				group.stream().filter(o -> !o.equals(name)).forEach(others::add);
			}
		}
		Map<String, List<String>> out = new HashMap<>();
		forms.forEach((name, others) -> out.put(name, List.copyOf(others)));
		return Map.copyOf(out);
	}

	/**
	 * The other ways the graph may write this person's name: without middle initials and suffixes, and with the
	 * given name in its long or short form ("Joseph R. Biden, Jr." → "Joseph Biden", "Joe Biden", "Joe R. Biden,
	 * Jr."). The name itself is not among them; a one-word name has none.
	 */
	public static List<String> variants(String name) {
		if (name == null || name.isBlank()) {
			return List.of();
		}
		Set<String> out = new LinkedHashSet<>();
		String plain = withoutInitials(name);
		for (String form : (plain != null) ? List.of(name.strip(), plain) : List.of(name.strip())) {
			if (!form.equals(name.strip())) {
				out.add(form);
			}
			String[] words = form.split("\\s+", 2);
			if (words.length < 2) {
				continue;
			}
			String given = words[0].replaceAll("[.,]+$", "");
			for (String other : OTHER_FORMS.getOrDefault(given.toLowerCase(Locale.ROOT), List.of())) {
				out.add(capitalised(other) + " " + words[1]);
			}
		}
		return List.copyOf(out);
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
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
