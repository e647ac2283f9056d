package org.lettergraph.names;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A legislative committee's name in its two usual wordings: "House Committee on Homeland Security" is the "House
 * Homeland Security Committee", and "Senate Judiciary Committee" the "Senate Committee on the Judiciary". Letters
 * use one, news reports and the graph often the other.
 */
public final class CommitteeNames {

	private static final String CHAMBER = "(?:(?:U\\.?S\\.?|United\\s+States)\\s+)?(?:House(?:\\s+of\\s+Representatives)?"
			+ "|Senate|Joint|State\\s+Senate|Assembly)";

	/** "House Committee on (the) Homeland Security", "Subcommittee on Border Security". */
	private static final Pattern COMMITTEE_ON = Pattern.compile("(?i)^(?:the\\s+)?(" + CHAMBER
			+ "\\s+)?(sub)?committee\\s+on\\s+(?:the\\s+)?(.+?)$");

	/** "House Homeland Security Committee", "Senate Judiciary Subcommittee". */
	private static final Pattern SUBJECT_COMMITTEE = Pattern.compile("(?i)^(?:the\\s+)?(" + CHAMBER
			+ "\\s+)(.+?)\\s+(sub)?committee$");

	private CommitteeNames() {
	}

	/** The committee's other wordings, or none when the name is not a committee's in either form. */
	public static List<String> variants(String name) {
		if (name == null) {
			return List.of();
		}
		String n = name.strip().replaceAll("\\s+", " ");
		Set<String> out = new LinkedHashSet<>();
		Matcher on = COMMITTEE_ON.matcher(n);
		if (on.matches() && !on.group(3).toLowerCase(java.util.Locale.ROOT).contains("committee")) {
			String chamber = (on.group(1) != null) ? on.group(1) : "";
			String committee = (on.group(2) != null) ? "Subcommittee" : "Committee";
			out.add(chamber + on.group(3) + " " + committee);
		}
		Matcher subject = SUBJECT_COMMITTEE.matcher(n);
		if (subject.matches() && !subject.group(2).matches("(?i).*\\b(?:committee|on)\\b.*")) {
			String committee = (subject.group(3) != null) ? "Subcommittee" : "Committee";
			out.add(subject.group(1) + committee + " on " + subject.group(2));
			out.add(subject.group(1) + committee + " on the " + subject.group(2));
		}
		out.remove(n);
		return List.copyOf(out);
	}
}
