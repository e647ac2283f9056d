package org.lettergraph.ingest.legislators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One member of Congress as a letter or a story names them, with what the words around the name tell: "Rep. Ilhan
 * Omar (D-Minn.)" is Omar, in the House, a Democrat from Minnesota.
 *
 * @param name     the name without title or party-state tag: "Ilhan Omar", "Schakowsky"
 * @param chamber  HOUSE, SENATE, or null when the text does not say
 * @param party    Democrat, Republican, Independent, or null
 * @param state    postal code, or null
 * @param district House district, or null
 */
public record LawmakerReference(String name, String chamber, String party, String state, Integer district) {

	private static final Pattern PREFIX = Pattern.compile("^(?:(?:the\\s+)?(?:hon\\.|honorable)\\s+)?"
			+ "(?:(?:u\\.?\\s?s\\.?|united\\s+states)\\s+)?"
			+ "(reps?\\.?|representatives?|congress(?:wo)?man|congressmember|congressperson|del\\.|delegate|"
			+ "sens?\\.?|senators?)\\s+", Pattern.CASE_INSENSITIVE);

	private static final Pattern PARTY_STATE = Pattern
		.compile("\\s*[(\\[]\\s*([DRI])\\s*[-\u2013\u2014]\\s*([^()\\[\\]]{1,40}?)\\s*[)\\]]\\s*$");

	private static final Pattern STATE_DISTRICT = Pattern
		.compile("\\s*[(\\[]\\s*([A-Z]{2})\\s*[-\u2013\u2014]\\s*(\\d{1,2}|AL)\\s*[)\\]]\\s*$");

	private static final Pattern COMMA_PARTY_STATE = Pattern
		.compile(",\\s*([DRI])\\s*[-\u2013\u2014]\\s*([A-Za-z][A-Za-z. ]{0,30}?)\\s*$");

	private static final Pattern STATE_THEN_DISTRICT = Pattern
		.compile("^(.+?)\\s*[-\u2013\u2014,]\\s*(\\d{1,2}|AL|at-large)(?:st|nd|rd|th)?(?:\\s+district)?$",
				Pattern.CASE_INSENSITIVE);

	private static final Pattern HONORIFIC = Pattern
		.compile("^(?:(?:the\\s+)?(?:hon\\.|honorable)|dr\\.|mr\\.|ms\\.|mrs\\.|mx\\.)\\s+", Pattern.CASE_INSENSITIVE);

	private static final Pattern NAME_SUFFIX = Pattern.compile("(?i)(?:jr|sr|ii|iii|iv)\\.?(?:\\s*[(\\[].*)?");

	/** ", D-Minn." after a name is its party-state tag, not the next name of a list. */
	private static final Pattern TAG_AFTER_COMMA = Pattern.compile("[DRI]\\s*[-\u2013\u2014]\\s*[A-Z]");

	/** A bare name with nothing known around it; add hints with the {@code in…}/{@code of…} methods. */
	public static LawmakerReference named(String name) {
		return new LawmakerReference(name, null, null, null, null);
	}

	public LawmakerReference inChamber(String chamber) {
		return new LawmakerReference(this.name, chamber, this.party, this.state, this.district);
	}

	public LawmakerReference ofParty(String party) {
		return new LawmakerReference(this.name, this.chamber, party, this.state, this.district);
	}

	/** In a state, given any common way ("MN", "Minn.", "Minnesota"). */
	public LawmakerReference inState(String state) {
		return new LawmakerReference(this.name, this.chamber, this.party, UsStates.code(state).orElse(state),
				this.district);
	}

	/** True when the text itself says it is about a member of Congress: a title before or a party tag after. */
	public static boolean isMarked(String text) {
		String stripped = text.strip();
		return titleEnd(stripped) > 0 || PARTY_STATE.matcher(stripped).find()
				|| STATE_DISTRICT.matcher(stripped).find();
	}

	/**
	 * Where a leading title ends, or 0 when there is none. A title counts only before a capitalised word:
	 * "Senators Lee and Park", not "Senators for Peace".
	 */
	private static int titleEnd(String text) {
		Matcher prefix = PREFIX.matcher(text);
		if (prefix.find() && prefix.end() < text.length() && Character.isUpperCase(text.charAt(prefix.end()))) {
			return prefix.end();
		}
		return 0;
	}

	/**
	 * Every member a piece of text names: "Reps. Schakowsky, Quigley, and Espaillat" gives three, "Rep. Ilhan Omar
	 * (D-Minn.)" one. A title in front applies to every name after it until another title.
	 */
	public static List<LawmakerReference> parse(String text) {
		List<LawmakerReference> references = new ArrayList<>();
		String chamber = null;
		for (String piece : split(text.strip())) {
			String rest = piece;
			int titleEnd = titleEnd(rest);
			if (titleEnd > 0) {
				chamber = chamberOf(rest.substring(0, titleEnd));
				rest = rest.substring(titleEnd);
			}
			LawmakerReference reference = tagged(rest.strip(), chamber);
			if (!reference.name().isEmpty()) {
				references.add(reference);
			}
		}
		return references;
	}

	private static LawmakerReference tagged(String text, String chamber) {
		String rest = text;
		String party = null;
		String state = null;
		Integer district = null;
		Matcher stateDistrict = STATE_DISTRICT.matcher(rest);
		Matcher tag = PARTY_STATE.matcher(rest);
		if (!tag.find()) {
			tag = COMMA_PARTY_STATE.matcher(rest);
			if (!tag.find()) {
				tag = null;
			}
		}
		if (stateDistrict.find()) {
			state = stateDistrict.group(1);
			district = district(stateDistrict.group(2));
			rest = rest.substring(0, stateDistrict.start());
		}
		else if (tag != null) {
			party = party(tag.group(1));
			String place = tag.group(2).strip();
			Matcher withDistrict = STATE_THEN_DISTRICT.matcher(place);
			if (withDistrict.matches()) {
				place = withDistrict.group(1);
				district = district(withDistrict.group(2));
			}
			state = UsStates.code(place).orElse(null);
			rest = rest.substring(0, tag.start());
		}
		String name = HONORIFIC.matcher(rest.strip()).replaceFirst("");
		name = name.replaceAll("[,;:]+$", "").replaceAll("\\s+", " ").strip();
		return new LawmakerReference(name, chamber, party, state, district);
	}

	private static Integer district(String text) {
		return text.chars().allMatch(Character::isDigit) ? Integer.valueOf(text) : 0;
	}

	private static String party(String letter) {
		return switch (letter) {
			case "D" -> "Democrat";
			case "R" -> "Republican";
			default -> "Independent";
		};
	}

	private static String chamberOf(String title) {
		return title.toLowerCase(Locale.ROOT).contains("sen") ? "SENATE" : "HOUSE";
	}

	/**
	 * Splits a list of names at commas, semicolons, "and" and "&", outside brackets; "Jr." and the like stay with
	 * the name before them.
	 */
	private static List<String> split(String text) {
		List<String> pieces = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 0;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '(' || c == '[') {
				depth++;
			}
			else if ((c == ')' || c == ']') && depth > 0) {
				depth--;
			}
			int separator = (depth == 0) ? separatorLength(text, i) : 0;
			if (separator > 0) {
				add(pieces, current.toString());
				current.setLength(0);
				i += separator;
				continue;
			}
			current.append(c);
			i++;
		}
		add(pieces, current.toString());
		return pieces;
	}

	private static int separatorLength(String text, int i) {
		char c = text.charAt(i);
		if (c == ',' || c == ';') {
			int j = i + 1;
			while (j < text.length() && text.charAt(j) == ' ') {
				j++;
			}
			if (c == ',' && TAG_AFTER_COMMA.matcher(text).region(j, text.length()).lookingAt()) {
				return 0;
			}
			int word = wordSeparator(text, j);
			return (word > 0) ? j - i + word : j - i;
		}
		if (c == ' ') {
			return wordSeparator(text, i + 1) > 0 ? 1 + wordSeparator(text, i + 1) : 0;
		}
		return 0;
	}

	/** Length of "and " or "& " at {@code j}, or 0. */
	private static int wordSeparator(String text, int j) {
		if (text.regionMatches(true, j, "and ", 0, 4)) {
			return 4;
		}
		if (text.startsWith("& ", j)) {
			return 2;
		}
		return 0;
	}

	private static void add(List<String> pieces, String piece) {
		String stripped = piece.strip();
		if (stripped.isEmpty()) {
			return;
		}
		if (NAME_SUFFIX.matcher(stripped).matches() && !pieces.isEmpty()) {
			pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + " " + stripped);
			return;
		}
		pieces.add(stripped);
	}
}
