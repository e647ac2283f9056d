package org.lettergraph.ingest.report;

import java.util.Locale;

/** How far apart two spellings are, for reading a misspelt name as the name meant. */
final class Edits {

	private Edits() {
	}

	/** The Levenshtein distance, ignoring case. */
	static int distance(String a, String b) {
		String x = a.toLowerCase(Locale.ROOT);
		String y = b.toLowerCase(Locale.ROOT);
		int[] previous = new int[y.length() + 1];
		int[] current = new int[y.length() + 1];
		for (int j = 0; j <= y.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= x.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= y.length(); j++) {
				int cost = (x.charAt(i - 1) == y.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[y.length()];
	}

	/** Whether two words are the same word with a different ending ("Immigrant", "Immigration"). */
	static boolean sameStem(String a, String b) {
		String x = a.toLowerCase(Locale.ROOT);
		String y = b.toLowerCase(Locale.ROOT);
		int common = 0;
		while (common < Math.min(x.length(), y.length()) && x.charAt(common) == y.charAt(common)) {
			common++;
		}
		return common >= 5 && !x.equals(y);
	}
}
