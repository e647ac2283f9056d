package org.lettergraph.generate;

/**
 * What to generate.
 *
 * @param letters how many letters
 * @param orgs    how many organizations (the pool signers are drawn from, Zipf-like by popularity)
 * @param seed    the same seed gives the same corpus, byte for byte
 */
public record CorpusSpec(int letters, int orgs, long seed) {

	public CorpusSpec {
		if (letters < 1 || orgs < 10) {
			throw new IllegalArgumentException("--letters must be at least 1 and --orgs at least 10.");
		}
	}

	/** The organization count a corpus of this many letters gets unless told otherwise (about 2.4 per letter). */
	public static int defaultOrgs(int letters) {
		return Math.max(200, Math.min(letters * 12 / 5, 60_000));
	}
}
