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
			if (!current.isEmpty() && (addressEnded || HONORABLE.matcher(line.text()).lookingAt())) {
				close(blocks, current);
			}
			current.add(line);
			addressEnded = line.text().matches(".*\\b\\d{5}(?:-\\d{4})?$");
		}
		close(blocks, current);
		return blocks;
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
		for (Line line : block) {
			String text = line.text();
			if (!text.isEmpty() && !Words.isContact(text)) {
				texts.add(text);
			}
		}
		if (texts.isEmpty()) {
			return Optional.empty();
		}
		String nameLine = TO.matcher(texts.get(0)).replaceFirst("").replaceAll("[,;:]+$", "").strip();
		String title = null;
		String organization = null;
		String unhonoured = HONORABLE.matcher(nameLine).replaceFirst("");
		Matcher before = Words.TITLE_BEFORE_NAME.matcher(unhonoured);
		if (before.lookingAt() && isNamePart(unhonoured.substring(before.end()).strip())) {
			title = titleCase(before.group(1));
			nameLine = unhonoured.substring(before.end()).strip();
		}
		String name = Words.HONORIFIC.matcher(nameLine).replaceFirst("").strip();
		List<String> rest = new ArrayList<>();
		if (name.contains(", ")) {
			String[] parts = name.split(",\\s+", 3);
			if (Words.isPersonName(parts[0]) && Words.isTitle(parts[1])) {
				name = parts[0];
				title = parts[1];
				organization = (parts.length > 2) ? parts[2] : null;
			}
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
		return Optional.of(participant(name, title, organization, block.get(0).number(), directory, warnings));
	}

	private static Participant participant(String name, String title, String organization, int line,
			LawmakerDirectory directory, List<String> warnings) {
		boolean lawmaker = (title != null && LAWMAKER_TITLE.matcher(title).matches())
				|| (organization != null && CONGRESS.matcher(organization).matches());
		if (lawmaker) {
			String chamber = chamber(title, organization);
			return Lawmakers.participant(LawmakerReference.named(name).inChamber(chamber), title, organization,
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
	private static String titleCase(String title) {
		String t = title.strip().replaceAll("\\s+", " ");
		return switch (t.toLowerCase(Locale.ROOT)) {
			case "sen." -> "Senator";
			case "rep." -> "Representative";
			case "gov." -> "Governor";
			default -> {
				StringBuilder out = new StringBuilder();
				for (String word : t.split(" ")) {
					out.append(out.isEmpty() ? "" : " ")
						.append(Character.toUpperCase(word.charAt(0)))
						.append(word.substring(1).toLowerCase(Locale.ROOT));
				}
				yield out.toString();
			}
		};
	}

	/**
	 * Addressees named only in the salutation, for a letter without address blocks: "Dear Secretary Mayorkas,
	 * Acting Director Lechleitner, and Ms. Tanden:" gives three, each with the title the letter uses.
	 */
	static List<Participant> salutation(String line) {
		String rest = line.replaceFirst("(?i)^dear\\s+", "").replaceAll("[,:;.!]+$", "").strip();
		List<Participant> names = new ArrayList<>();
		for (String part : rest.split("\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+and\\s+|\\s+&\\s+")) {
			String piece = part.strip();
			Matcher title = Words.TITLE_BEFORE_NAME.matcher(piece);
			Matcher honorific = Words.HONORIFIC.matcher(piece);
			if (title.lookingAt() && title.end() < piece.length()) {
				String name = piece.substring(title.end()).strip();
				if (isNamePart(name)) {
					names.add(new Participant(null, name, null, null, titleCase(title.group(1)), null, null));
				}
			}
			else if (honorific.lookingAt() && honorific.end() < piece.length()) {
				String name = piece.substring(honorific.end()).strip();
				if (isNamePart(name)) {
					names.add(new Participant(null, name, null, null, null, null, null));
				}
			}
		}
		return names;
	}

	/** "Biden", "Joe Biden", "Patrick J. Lechleitner": capitalised words with no word of an organization. */
	private static boolean isNamePart(String text) {
		return NAME_PART.matcher(text).matches() && !Words.isOrganization(text);
	}
}
