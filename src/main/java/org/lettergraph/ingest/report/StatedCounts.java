package org.lettergraph.ingest.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signer counts as a report states them, with their qualifier: "more than 60 members of Congress" is 60 MORE_THAN,
 * "two dozen House Democrats" 24 ABOUT, "193 organizations" 193 EXACTLY. Only counts of signers (members,
 * lawmakers, organizations, groups, professionals, …) are read, not "48 hours" or "49 percent".
 */
final class StatedCounts {

	/** A count found in a sentence, and where it is. */
	record Found(int count, String qualifier, String of, int start, int end) {
	}

	private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
			Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
			Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
			Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
			Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
			Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a hundred", 100));

	private static final String QUALIFIER = "(more than|over|upwards of|at least|nearly|almost|about|around|roughly|"
			+ "approximately|some|close to|an estimated)";

	private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+|a dozen|(?:two|three|four|five|six) dozen|"
			+ "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
			+ "seventy|eighty|ninety|a hundred|hundred)";

	private static final String SIGNERS = "(members of congress|members of the house|members|lawmakers|legislators|"
			+ "senators|representatives|democrats|republicans|organizations|organisations|groups|coalitions|"
			+ "professionals|officials|leaders|advocates|signers|signatories|sheriffs|prosecutors|mayors|"
			+ "faith leaders|unions|businesses|scholars|experts|attorneys|doctors|cities|counties|states)";

	private static final Pattern COUNT = Pattern.compile("(?i)(?<![\\w$])(?:" + QUALIFIER + "\\s+)?" + NUMBER
			+ "\\s+((?:[\\p{L}.'’-]+\\s+){0,3}?)" + SIGNERS + "\\b");

	private StatedCounts() {
	}

	static List<Found> in(String sentence) {
		List<Found> found = new ArrayList<>();
		Matcher m = COUNT.matcher(sentence);
		while (m.find()) {
			String between = m.group(3).toLowerCase(Locale.ROOT);
			if (between.matches(".*\\b(percent|years?|days?|hours?|of the|than)\\b.*")) {
				continue;
			}
			Optional<Integer> number = number(m.group(2));
			if (number.isEmpty()) {
				continue;
			}
			String word = m.group(2).toLowerCase(Locale.ROOT);
			String qualifier = qualifier(m.group(1), word);
			String of = (m.group(3) + m.group(4)).strip();
			found.add(new Found(number.get(), qualifier, of, m.start(), m.end()));
		}
		return found;
	}

	private static String qualifier(String said, String number) {
		if (said != null) {
			String q = said.toLowerCase(Locale.ROOT);
			if (q.equals("more than") || q.equals("over") || q.equals("upwards of") || q.equals("at least")) {
				return "MORE_THAN";
			}
			return "ABOUT";
		}
		return number.contains("dozen") || number.contains("hundred") && !number.matches("\\d.*") ? "ABOUT"
				: "EXACTLY";
	}

	private static Optional<Integer> number(String text) {
		String t = text.toLowerCase(Locale.ROOT);
		if (t.matches("[\\d,]+")) {
			return Optional.of(Integer.parseInt(t.replace(",", "")));
		}
		if (t.endsWith("dozen")) {
			String times = t.substring(0, t.length() - "dozen".length()).strip();
			return Optional.of(12 * (times.equals("a") ? 1 : NUMBERS.getOrDefault(times, 1)));
		}
		return Optional.ofNullable(NUMBERS.get(t));
	}
}
