package org.lettergraph.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lettergraph.ingest.legislators.LawmakerDirectory;
import org.lettergraph.ingest.legislators.LawmakerReference;
import org.lettergraph.ingest.record.Participant;

/**
 * Addressee and cc blocks: a name, then the title, then the agency, then address lines that are not kept.
 * "President Joe Biden" and "Secretary Alejandro Mayorkas" carry the title in front of the name; "The Honorable"
 * and "Ms." are courtesy and dropped. A block whose first line is an agency, not a person, addresses the agency.
 */
final class AddressBlockParser {

	private static final Pattern TO = Pattern.compile("(?i)^(?:to|attn\\.?|attention)\\s*:\\s*");

	private static final Pattern HONORABLE = Pattern.compile("(?i)^(?:the\\s+)?(?:honorable|hon\\.)\\s+");

	private static final Pattern CONGRESS = Pattern.compile("(?i).*\\b(?:u\\.?s\\.?\\s+senate|united\\s+states\\s+"
			+ "senate|house\\s+of\\s+representatives|congress|senate\\s+\\w+\\s+committee|house\\s+\\w+\\s+committee)"
			+ "\\b.*");

	private static final Pattern LAWMAKER_TITLE = Pattern.compile("(?i)^(?:u\\.?s\\.?\\s+|united\\s+states\\s+)?"
			+ "(?:senator|sen\\.|representative|rep\\.|congressman|congresswoman|member\\s+of\\s+congress|delegate)$");

	/** Titles that make a member of Congress when the block names a committee or a chamber. */
	private static final Pattern CHAIR_TITLE = Pattern.compile("(?i)^(?:(?:vice|co-?)\\s*)?(?:chairman|chairwoman|"
			+ "chairperson|chair|ranking\\s+member|(?:senate|house)\\s+(?:majority|minority|democratic|republican)\\s+"
			+ "leader|(?:majority|minority)\\s+(?:leader|whip)|speaker(?:\\s+of\\s+the\\s+house)?)\\b.*");

	/** A name with its suffix after a comma, maybe more after it: "Joseph R. Biden, Jr., President …". */
	private static final Pattern NAME_SUFFIX = Pattern.compile("^(.+?),\\s+(Jr\\.?|Sr\\.?|II|III|IV)(?:,\\s+(.+))?$");

	/** "Members of the Committee on the Judiciary", "To the Members of the Senate Judiciary Committee". */
	static final Pattern COMMITTEE_MEMBERS = Pattern.compile("(?i)^(?:to\\s+)?(?:the\\s+)?(?:honorable\\s+)?members\\s+"
			+ "of\\s+the\\s+(.*\\b(?:committee|subcommittee|caucus)\\b.*)$");

	private static final Pattern COMMITTEE_ON = Pattern.compile("(?i)^(?:the\\s+)?((?:sub)?committee\\s+on\\s+.+)$");

	private static final Pattern NAME_PART = Pattern
		.compile("\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'\u2019.-]*|de|del|la|van|von|da|di|y)){0,4}");

	private AddressBlockParser() {
	}

	/**
	 * Splits lines into one block per addressee: at blank lines, before "The Honorable …", and after a line that
	 * ends an address (a ZIP code).
	 */
	static List<List<Line>> blocks(List<Line> lines) {
		List<List<Line>> blocks = new ArrayList<>();
		List<Line> current = new ArrayList<>();
		boolean addressEnded = false;
		for (Line line : lines) {
			if (line.blank()) {
				addressEnded = close(blocks, current);
				continue;
			}
			if (!current.isEmpty() && (addressEnded || HONORABLE.matcher(line.text()).lookingAt()
					|| startsAddressee(line.text()))) {
				close(blocks, current);
			}
			current.add(line);
			addressEnded = line.text().matches(".*\\b\\d{5}(?:-\\d{4})?$");
		}
		close(blocks, current);
		return blocks;
	}

	/**
	 * "Chairman Dick Durbin", "Secretary Alejandro Mayorkas" or "Members of the Committee on …" on a line of its
	 * own: a new addressee, even without a blank line or "The Honorable" before it.
	 */
	private static boolean startsAddressee(String text) {
		if (COMMITTEE_MEMBERS.matcher(text).lookingAt()) {
			return true;
		}
		Matcher before = Words.TITLE_BEFORE_NAME.matcher(text);
		if (!before.lookingAt()) {
			return false;
		}
		String rest = text.substring(before.end()).replaceAll("[,;:]+$", "").strip();
		String[] parts = rest.split(",\\s+", 2);
		return isNamePart(parts[0]) && parts[0].contains(" ");
	}

	/**
	 * Addressees run together on one line, "The Honorable A, Secretary, X; The Honorable B, Director, Y", as one
	 * piece each; a line with one addressee, or that is something else, as itself.
	 */
	static List<String> runTogether(String text) {
		if (!text.contains(";")) {
			return List.of(text);
		}
		String[] pieces = text.split("\\s*;\\s*(?:and\\s+)?");
		List<String> out = new ArrayList<>();
		for (String piece : pieces) {
			String p = piece.strip();
			if (p.isEmpty()) {
				continue;
			}
			String first = p.split(",\\s+", 2)[0];
			boolean addressee = HONORABLE.matcher(p).lookingAt() || startsAddressee(first)
					|| Words.isPersonName(first) || COMMITTEE_MEMBERS.matcher(p).lookingAt();
			if (!addressee) {
				return List.of(text);
			}
			out.add(p);
		}
		return (out.size() >= 2) ? out : List.of(text);
	}

	private static boolean close(List<List<Line>> blocks, List<Line> current) {
		if (!current.isEmpty()) {
			blocks.add(List.copyOf(current));
			current.clear();
		}
		return false;
	}

	/** One addressee or cc from its block; empty when the block holds only address or contact lines. */
	static Optional<Participant> parse(List<Line> block, LawmakerDirectory directory, List<String> warnings) {
		List<String> texts = new ArrayList<>();
		StringBuilder whole = new StringBuilder();
		for (Line line : block) {
			String text = line.text();
			whole.append(text).append('\n');
			if (!text.isEmpty() && !Words.isContact(text)) {
				texts.add(text);
			}
		}
		if (texts.isEmpty()) {
			return Optional.empty();
		}
		String chamber = chamberOf(whole.toString());
		String nameLine = TO.matcher(texts.get(0)).replaceFirst("").replaceAll("[,;:]+$", "").strip();
		Optional<Participant> committee = committee(nameLine, texts, chamber);
		if (committee.isPresent()) {
			return committee;
		}
		String title = null;
		String organization = null;
		String unhonoured = HONORABLE.matcher(nameLine).replaceFirst("");
		Matcher before = Words.TITLE_BEFORE_NAME.matcher(unhonoured);
		if (before.lookingAt() && isNamePart(unhonoured.substring(before.end()).split(",\\s+", 2)[0].strip())) {
			title = titleCase(before.group(1));
			nameLine = unhonoured.substring(before.end()).strip();
		}
		String name = Words.HONORIFIC.matcher(nameLine).replaceFirst("").strip();
		name = unshouted(name);
		// "Joseph R. Biden, Jr., President of the United States": the suffix is the name's, what follows is not
		String suffix = null;
		Matcher suffixed = NAME_SUFFIX.matcher(name);
		if (suffixed.matches() && Words.isPersonName(suffixed.group(1))) {
			suffix = suffixed.group(2);
			name = suffixed.group(1) + ((suffixed.group(3) != null) ? ", " + suffixed.group(3) : "");
			nameLine = name;
		}
		List<String> rest = new ArrayList<>();
		if (name.contains(", ")) {
			String[] parts = name.split(",\\s+", 3);
			if (Words.isPersonName(parts[0]) && Words.isTitle(parts[1])) {
				name = parts[0];
				title = (title == null) ? parts[1] : title + ", " + parts[1];
				organization = (parts.length > 2) ? parts[2] : null;
			}
			else if (title != null && Words.isPersonName(parts[0])) {
				// "Chairman Dick Durbin, Senate Judiciary Committee"
				name = parts[0];
				organization = name.equals(nameLine) ? null : nameLine.substring(parts[0].length())
					.replaceFirst("^,\\s*", "");
			}
		}
		if (suffix != null) {
			name = name + ", " + suffix;
		}
		for (String text : texts.subList(1, texts.size())) {
			if (!Words.isAddress(text)) {
				rest.add(text);
			}
		}
		if (title == null && !rest.isEmpty()) {
			String first = rest.remove(0);
			String[] split = first.split(",\\s+", 2);
			if (split.length == 2 && Words.isTitle(split[0]) && Words.isOrganization(split[1])) {
				title = split[0];
				organization = split[1];
			}
			else if (rest.isEmpty() && Words.isOrganization(first) && !Words.isTitle(first)) {
				organization = first;
			}
			else {
				title = first;
			}
		}
		if (organization == null && !rest.isEmpty()) {
			organization = rest.get(0);
		}
		if (name.isEmpty()) {
			return Optional.empty();
		}
		if (title != null && title.equals(title.toUpperCase(Locale.ROOT)) && title.length() > 3) {
			title = titleCase(title);
		}
		organization = withChamber(organization, chamber);
		return Optional.of(participant(name, title, organization, chamber, block.get(0).number(), directory,
				warnings));
	}

	/**
	 * A name an all-capitals block prints ("MERRICK B. GARLAND") as a name is written, when it is a person's name
	 * then; anything else as printed.
	 */
	private static String unshouted(String name) {
		if (name.length() < 4 || !name.equals(name.toUpperCase(Locale.ROOT))) {
			return name;
		}
		String[] parts = name.split(",\\s+", 2);
		String cased = titleCase(parts[0]);
		if (!Words.isPersonName(cased)) {
			return name;
		}
		return (parts.length > 1) ? cased + ", " + parts[1] : cased;
	}

	/**
	 * A committee as addressee: "Members of the Committee on the Judiciary" (with "United States Senate" on a line
	 * below, or the Senate's ZIP code) is the Senate Committee on the Judiciary, an organization.
	 */
	private static Optional<Participant> committee(String nameLine, List<String> texts, String chamber) {
		Matcher members = COMMITTEE_MEMBERS.matcher(nameLine);
		String named = null;
		if (members.matches()) {
			named = members.group(1).strip();
		}
		else if (COMMITTEE_ON.matcher(nameLine).matches() && texts.size() <= 4) {
			named = nameLine.replaceFirst("(?i)^the\\s+", "");
		}
		if (named == null) {
			return Optional.empty();
		}
		named = withChamber(named.replaceAll("[,;:.]+$", ""), chamber);
		return Optional.of(new Participant(null, named, "ORGANIZATION", null, null, null, null));
	}

	/** "Committee on the Judiciary" of the Senate is the "Senate Committee on the Judiciary". */
	private static String withChamber(String organization, String chamber) {
		if (organization == null || chamber == null) {
			return organization;
		}
		Matcher on = COMMITTEE_ON.matcher(organization);
		if (!on.matches()) {
			return organization;
		}
		return (("SENATE".equals(chamber)) ? "Senate " : "House ") + capitalised(on.group(1));
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/**
	 * The chamber a block or header speaks of: the words "Senate" or "House of Representatives", or the ZIP codes
	 * of the Senate (20510) and the House (20515); null when it names neither or both.
	 */
	static String chamberOf(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		boolean senate = lower.contains("senate") || lower.contains("20510") || lower.matches("(?s).*\\bsenators?\\b.*");
		boolean house = lower.contains("house of representatives") || lower.contains("20515")
				|| lower.matches("(?s).*\\bhouse\\s+(?:committee|judiciary|homeland|appropriations)\\b.*")
				|| lower.matches("(?s).*\\b(?:congressman|congresswoman|representatives?)\\b.*");
		return (senate == house) ? null : senate ? "SENATE" : "HOUSE";
	}

	private static Participant participant(String name, String title, String organization, String chamber,
			int line, LawmakerDirectory directory, List<String> warnings) {
		boolean chairOfCommittee = title != null && CHAIR_TITLE.matcher(title).matches() && (chamber != null
				|| (organization != null && organization.toLowerCase(Locale.ROOT).contains("committee")));
		boolean lawmaker = (title != null && LAWMAKER_TITLE.matcher(title).matches())
				|| (organization != null && CONGRESS.matcher(organization).matches()) || chairOfCommittee;
		if (lawmaker) {
			String inChamber = (chamber != null) ? chamber : chamber(title, organization);
			return Lawmakers.participant(LawmakerReference.named(name).inChamber(inChamber), title, organization,
					line, directory, warnings);
		}
		String kind = (!Words.isPersonName(name) && Words.isOrganization(name)) ? "ORGANIZATION" : null;
		return new Participant(null, name, kind, null, title, organization, null);
	}

	private static String chamber(String title, String organization) {
		String all = ((title != null) ? title : "") + " " + ((organization != null) ? organization : "");
		String lower = all.toLowerCase(Locale.ROOT);
		if (lower.contains("senat")) {
			return "SENATE";
		}
		if (lower.contains("house") || lower.contains("represent") || lower.contains("congressm")
				|| lower.contains("congressw")) {
			return "HOUSE";
		}
		return null;
	}

	/** "SECRETARY" and "acting director" as a letter would print them: "Secretary", "Acting Director". */
	static String titleCase(String title) {
		String t = title.strip().replaceAll("\\s+", " ");
		return switch (t.toLowerCase(Locale.ROOT)) {
			case "sen.", "senators" -> "Senator";
			case "rep.", "reps.", "representatives" -> "Representative";
			case "gov." -> "Governor";
			default -> {
				StringBuilder out = new StringBuilder();
				for (String word : t.split(" ")) {
					if (word.isEmpty()) {
						continue;
					}
					out.append(out.isEmpty() ? "" : " ")
						.append(Character.toUpperCase(word.charAt(0)))
						.append(word.substring(1).toLowerCase(Locale.ROOT));
				}
				yield out.toString();
			}
		};
	}

	/** Titles a salutation gives in the plural, for every name after them: "Dear Senators Durbin and Grassley". */
	private static final Pattern PLURAL_TITLE = Pattern.compile("(?i)^(senators|representatives|reps\\.|"
			+ "congressmen|congresswomen|members)\\s+");

	/** Salutation titles of members of Congress; "Chairman" and "Ranking Member" when the letter is to Congress. */
	private static final Pattern LAWMAKER_SALUTATION = Pattern.compile("(?i)^(?:senator|representative|"
			+ "congressman|congresswoman|congressmember|delegate)$");

	/**
	 * Addressees named only in the salutation, for a letter without address blocks: "Dear Secretary Mayorkas,
	 * Acting Director Lechleitner, and Ms. Tanden:" gives three, each with the title the letter uses and the name
	 * as written, mostly a surname: the full name is never made up. A member of Congress ("Senator", "Chairman" or
	 * "Ranking Member" of a letter to Congress) is looked up in the directory by surname and chamber, and gets the
	 * bioguide id when exactly one member fits.
	 *
	 * @param line      the salutation
	 * @param toCongress whether the letter's header names a committee or a chamber of Congress
	 * @param chamber   the chamber the header names, or null
	 */
	static List<Participant> salutation(Line line, boolean toCongress, String chamber, LawmakerDirectory directory,
			List<String> warnings) {
		String rest = line.text().replaceFirst("(?i)^dear\\s+", "").replaceAll("[,:;.!]+$", "").strip();
		List<Participant> names = new ArrayList<>();
		String plural = null;
		for (String part : rest.split("\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+and\\s+|\\s+&\\s+")) {
			String piece = part.strip();
			Matcher many = PLURAL_TITLE.matcher(piece);
			if (many.lookingAt()) {
				plural = many.group(1).equalsIgnoreCase("members") ? null : titleCase(many.group(1));
				piece = piece.substring(many.end()).strip();
				if (plural == null) {
					continue;
				}
			}
			Matcher title = Words.TITLE_BEFORE_NAME.matcher(piece);
			Matcher honorific = Words.HONORIFIC.matcher(piece);
			String name = null;
			String itsTitle = null;
			if (title.lookingAt() && title.end() < piece.length()) {
				name = piece.substring(title.end()).strip();
				itsTitle = titleCase(title.group(1));
				plural = null;
			}
			else if (honorific.lookingAt() && honorific.end() < piece.length()) {
				name = piece.substring(honorific.end()).strip();
				plural = null;
			}
			else if (plural != null) {
				name = piece;
				itsTitle = plural;
			}
			if (name == null || !isNamePart(name)) {
				continue;
			}
			names.add(salutationParticipant(name, itsTitle, line, toCongress, chamber, directory, warnings));
		}
		return names;
	}

	private static Participant salutationParticipant(String name, String title, Line line, boolean toCongress,
			String chamber, LawmakerDirectory directory, List<String> warnings) {
		boolean lawmaker = title != null && (LAWMAKER_SALUTATION.matcher(title).matches()
				|| (toCongress && CHAIR_TITLE.matcher(title).matches()));
		boolean surname = !name.contains(" ");
		warnings.add("line " + line.number() + ": '" + name + "' is " + (surname ? "a surname" : "a name")
				+ " taken from the salutation, with no address block to give the full name; match it to a known "
				+ "actor or give the full name.");
		if (!lawmaker) {
			return new Participant(null, name, "OFFICIAL", null, title, null, null);
		}
		String inChamber = "Senator".equals(title) ? "SENATE"
				: (title.startsWith("Congress") || "Representative".equals(title)) ? "HOUSE" : chamber;
		Participant found = Lawmakers.participant(LawmakerReference.named(name).inChamber(inChamber), title, null,
				line.number(), directory, warnings);
		// the name as the letter writes it; the id, when the directory gave one, says who it is
		return new Participant(found.id(), name, "LAWMAKER", null, title, null, null);
	}

	/** "Biden", "Joe Biden", "Patrick J. Lechleitner": capitalised words with no word of an organization. */
	private static boolean isNamePart(String text) {
		return NAME_PART.matcher(text).matches() && !Words.isOrganization(text);
	}
}
