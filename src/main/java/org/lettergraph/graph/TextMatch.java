package org.lettergraph.graph;

import java.util.Locale;

/**
 * How a filter matches text, ignoring case: the text contains, starts with or equals the value. Exactly one is
 * given.
 */
public record TextMatch(String contains, String startsWith, String equals) {

	/** The one way of matching asked for, refused with {@code argument} named when there is none, or several. */
	public TextMatch checked(String argument) {
		int given = ((this.contains != null) ? 1 : 0) + ((this.startsWith != null) ? 1 : 0)
				+ ((this.equals != null) ? 1 : 0);
		if (given != 1) {
			throw new InvalidArgumentException(argument,
					"give exactly one of contains, startsWith or equals (combine several with AND or OR).");
		}
		if (value().isBlank()) {
			throw new InvalidArgumentException(argument, "give some text to match.");
		}
		return this;
	}

	/** The text to match, lower-cased as the stored names are compared. */
	public String value() {
		String value = (this.contains != null) ? this.contains : (this.startsWith != null) ? this.startsWith : this.equals;
		return value.strip().toLowerCase(Locale.ROOT);
	}

	/** contains, startsWith or equals: names the fragment file that matches this way. */
	public String mode() {
		return (this.contains != null) ? "contains" : (this.startsWith != null) ? "starts-with" : "equals";
	}
}
