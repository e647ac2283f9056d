package org.lettergraph.names;

import java.time.LocalDate;

/** The readable id a letter gets when its record names none: its date and the slug of its title. */
public final class LetterIds {

	private LetterIds() {
	}

	/** {@code letter:2024-11-15-act-now-to-protect-immigrant-communities}; {@code letter:undated-…} without a date. */
	public static String of(LocalDate date, String title) {
		return "letter:" + ((date != null) ? date.toString() : "undated") + "-" + Slugs.of(title);
	}
}
