package org.lettergraph.ingest.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lettergraph.names.NameKey;

/**
 * Finds known names in a sentence: the longest run of words whose normalised key is a name or alias of an actor or
 * program. Names start with a capital (or a digit: "287(g)"); acronyms match only as written ("ICE", not "ice");
 * a name never spans a comma or a bracket it does not itself hold.
 */
final class NameFinder {

	/** One name of one actor or program. {@code exactCase}: an acronym, matched only as written. */
	record Entry(String id, String kind, String name, String how, boolean exactCase, String form) {
	}

	record Found(Entry entry, int start, int end, String text) {
	}

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern BREAKS = Pattern.compile("[,;:()\"“”]");

	private final Map<String, List<Entry>> byKey = new HashMap<>();

	private int maxWords = 1;

	void add(String form, String id, String kind, String name, String how) {
		if (form == null || form.isBlank()) {
			return;
		}
		String key = NameKey.of(form);
		if (key.isEmpty()) {
			return;
		}
		boolean acronym = isAcronym(form.strip());
		Entry entry = new Entry(id, kind, name, acronym ? "ACRONYM" : how, acronym, form.strip());
		List<Entry> entries = this.byKey.computeIfAbsent(key, k -> new ArrayList<>());
		if (entries.stream().noneMatch(e -> e.id().equals(id) && e.exactCase() == acronym)) {
			entries.add(entry);
		}
		this.maxWords = Math.max(this.maxWords, key.split(" ").length + 1);
	}

	/** The entries of exactly this name, any case. */
	List<Entry> lookup(String name) {
		return this.byKey.getOrDefault(NameKey.of(name), List.of());
	}

	static boolean isAcronym(String form) {
		return form.length() >= 2 && form.length() <= 8 && form.chars().allMatch(c -> Character.isUpperCase(c)
				|| Character.isDigit(c) || c == '&' || c == '.') && form.chars().anyMatch(Character::isLetter);
	}

	/** Every known name in the text, left to right, longest first, not overlapping. */
	List<Found> find(String text) {
		List<int[]> words = new ArrayList<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			words.add(new int[] { m.start(), m.end() });
		}
		List<Found> found = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			Found best = null;
			int bestWords = 0;
			for (int n = Math.min(this.maxWords, words.size() - i); n >= 1 && best == null; n--) {
				int start = words.get(i)[0];
				int end = words.get(i + n - 1)[1];
				String span = text.substring(start, end);
				List<Entry> entries = this.byKey.get(NameKey.of(span));
				if (entries == null) {
					continue;
				}
				for (Entry entry : entries) {
					if (fits(entry, span)) {
						best = new Found(entry, start, end, span);
						bestWords = n;
						break;
					}
				}
			}
			if (best != null) {
				found.add(best);
				i += bestWords;
			}
			else {
				i++;
			}
		}
		return found;
	}

	private static boolean fits(Entry entry, String span) {
		if (entry.exactCase()) {
			return span.equals(entry.form());
		}
		if (BREAKS.matcher(span).find() && !BREAKS.matcher(entry.form()).find()) {
			return false;
		}
		char first = span.charAt(0);
		if ("PROGRAM".equals(entry.kind())) {
			return true;
		}
		return Character.isUpperCase(first) || Character.isDigit(first);
	}
}
