package org.lettergraph.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts one statement together from fragment files (see {@link Fragment}). A fragment file names its parameters
 * {@code $_name}; each use of a fragment gets its own prefix ({@code $f3_name}), so the same fragment may appear
 * twice with different values. The prefixes are counted from 0 for each statement, so two requests of the same
 * shape send the same text and share the database's cached plan. Slots ({@code __INNER__}, {@code __LABEL__},
 * {@code __TYPES__}) are filled with other fragments only. Make one per statement with {@link Rows#composer()}.
 */
public final class Composer {

	private static final Pattern PARAMETER = Pattern.compile("\\$_([A-Za-z][A-Za-z0-9]*)");

	private static final Pattern SLOT = Pattern.compile("__[A-Z]+__");

	private final CypherQueries queries;

	private int used;

	Composer(CypherQueries queries) {
		this.queries = queries;
	}

	public Fragment of(String name, Map<String, ?> values) {
		return of(name, values, Map.of());
	}

	/**
	 * The fragment in the file {@code name}, its comment lines dropped, its parameters bound to {@code values}
	 * (keyed without the {@code $_}) and its slots filled from {@code slots}.
	 */
	public Fragment of(String name, Map<String, ?> values, Map<String, Fragment> slots) {
		String prefix = "f" + (this.used++) + "_";
		String text = this.queries.get(name)
			.lines()
			.filter(line -> !line.strip().startsWith("//"))
			.reduce((a, b) -> a + "\n" + b)
			.orElse("")
			.strip();
		Map<String, Object> parameters = new LinkedHashMap<>();
		Matcher matcher = PARAMETER.matcher(text);
		StringBuilder renamed = new StringBuilder();
		while (matcher.find()) {
			String local = matcher.group(1);
			if (!values.containsKey(local)) {
				throw new IllegalArgumentException("Fragment " + name + " needs a value for $_" + local);
			}
			parameters.put(prefix + local, values.get(local));
			matcher.appendReplacement(renamed, Matcher.quoteReplacement("$" + prefix + local));
		}
		matcher.appendTail(renamed);
		return new Fragment(fill(name, renamed.toString(), slots, parameters), parameters);
	}

	/**
	 * Replaces each {@code __SLOT__} of {@code text} with its fragment, adding that fragment's parameters. Comment
	 * lines are left as they are (they may name the slots; a fragment of several lines would break out of them).
	 */
	static String fill(String name, String text, Map<String, Fragment> slots, Map<String, Object> parameters) {
		StringBuilder result = new StringBuilder();
		java.util.Set<String> filled = new java.util.HashSet<>();
		for (String line : text.split("\n", -1)) {
			String filledLine = line;
			if (!line.strip().startsWith("//")) {
				for (Map.Entry<String, Fragment> slot : slots.entrySet()) {
					String placeholder = "__" + slot.getKey() + "__";
					if (filledLine.contains(placeholder)) {
						filledLine = filledLine.replace(placeholder, slot.getValue().text());
						filled.add(slot.getKey());
					}
				}
				Matcher left = SLOT.matcher(line);
				while (left.find()) {
					if (!slots.containsKey(left.group().substring(2, left.group().length() - 2))) {
						throw new IllegalArgumentException(name + " still has the slot " + left.group() + " unfilled");
					}
				}
			}
			if (!result.isEmpty()) {
				result.append('\n');
			}
			result.append(filledLine);
		}
		for (Map.Entry<String, Fragment> slot : slots.entrySet()) {
			if (!filled.contains(slot.getKey())) {
				throw new IllegalArgumentException(name + " has no slot __" + slot.getKey() + "__");
			}
			parameters.putAll(slot.getValue().parameters());
		}
		return result.toString();
	}
}
