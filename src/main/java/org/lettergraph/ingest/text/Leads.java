package org.lettergraph.ingest.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Who led a sign-on letter, told from the order of signatures alone. Sign-on lists are alphabetical except for
 * the groups that organised the letter, which sign first. So: the first k signatures (k at most 5) are the leads
 * when each of them sorts after the signature that follows them, and the signatures from k on are alphabetical,
 * allowing one slip per 50 names. A list that is alphabetical from the start, or not alphabetical at all, has no
 * leads that order can show, and everyone is a signer. A list in parts under headings ("National
 * Organizations", "State and Local Organizations") is alphabetical within each part.
 */
final class Leads {

	static final int MAX_LEADS = 5;

	private Leads() {
	}

	/** How many of the signatures, from the first, are leads; all in one part. */
	static int count(List<String> sortKeys) {
		return count(sortKeys, new int[sortKeys.size()]);
	}

	/**
	 * How many of the signatures, from the first, are leads.
	 *
	 * @param sortKeys the signatures' {@link #sortKey sort keys}, in signature order
	 * @param parts    for each signature, the part of the list it is in
	 */
	static int count(List<String> sortKeys, int[] parts) {
		int n = sortKeys.size();
		for (int k = 1; k <= Math.min(MAX_LEADS, n - 3); k++) {
			String firstOfRest = sortKeys.get(k);
			boolean outside = sortKeys.subList(0, k).stream().allMatch(lead -> lead.compareTo(firstOfRest) > 0);
			if (outside && alphabetical(sortKeys, parts, k)) {
				return k;
			}
		}
		return 0;
	}

	/** Whether the keys from {@code from} on are in order within each part, allowing one slip per 50. */
	static boolean alphabetical(List<String> keys, int[] parts, int from) {
		int slips = 0;
		for (int i = from + 1; i < keys.size(); i++) {
			if (parts[i - 1] == parts[i] && keys.get(i - 1).compareTo(keys.get(i)) > 0) {
				slips++;
			}
		}
		return slips <= (keys.size() - from) / 50;
	}

	/**
	 * The key a list is sorted by: case, accents and punctuation do not count, and people sort by surname
	 * ("Omar Ilhan" for Ilhan Omar).
	 */
	static String sortKey(String name, boolean person) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", " ")
			.strip();
		if (!person) {
			return folded;
		}
		folded = folded.replaceAll("(?: (?:jr|sr|ii|iii|iv))+$", "");
		int space = folded.lastIndexOf(' ');
		return (space > 0) ? folded.substring(space + 1) + " " + folded.substring(0, space) : folded;
	}
}
