package org.lettergraph.ingest.document;

/**
 * How much one document may hold: its size in bytes, its pages (a PDF's), and how far a Word file's zip may expand
 * (a zip bomb is a small file that expands to gigabytes).
 *
 * @param maxBytes         the largest file accepted
 * @param maxPages         the most pages a PDF may have; counted before any text is read
 * @param maxExpandedBytes the most bytes a Word file's parts may expand to, all together
 */
public record DocumentLimits(long maxBytes, int maxPages, long maxExpandedBytes) {

	/** 100 MB: a Word letter with pictures is a few MB expanded; text alone a few hundred KB. */
	public static final long DEFAULT_MAX_EXPANDED_BYTES = 100L << 20;

	public DocumentLimits {
		if (maxBytes <= 0 || maxPages <= 0 || maxExpandedBytes <= 0) {
			throw new IllegalArgumentException("document limits must be positive");
		}
	}

	public DocumentLimits(long maxBytes, int maxPages) {
		this(maxBytes, maxPages, Math.max(DEFAULT_MAX_EXPANDED_BYTES, maxBytes * 20));
	}
}
