package org.lettergraph.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lettergraph.ingest.legislators.LawmakerDirectory;
import org.lettergraph.ingest.legislators.LawmakerReference;
import org.lettergraph.ingest.legislators.UsStates;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.names.NameKey;
import org.lettergraph.names.SignatoryName;

/**
 * The signatures after the closing, in order. Organizations sign one per line, or several per line separated by
 * semicolons, bullets, tabs or wide gaps (columns). Commas never separate signatures: they belong to names such
 * as "Florida Legal Services, Inc.". People sign with their title (and organization) on the lines under their
 * name or after commas on the same line; members of Congress as "Rep. Ilhan Omar (D-Minn.)" or with "Member of
 * Congress" under their name.
 *
 * <p>A signature that ends in a city and state ("Casa de Esperanza, St. Paul, MN", "… (St. Paul, MN)", the place
 * alone on the next line, or in a column of its own in a table) signs with the name before the place: the place is
 * not part of the name and is kept as the signature's location. When the name before the place is a single word
 * ("Indivisible, Denver, CO") the place is what tells a local chapter from the national group, so the signature is
 * kept whole, with a warning (and the place as its location too).
 *
 * <p>What is not a signature is passed over: enclosure lines, a date line, footnotes (a number, then a citation) and
 * the header row of a table ("Organization   City, State"). At most {@code maxSignatures} are read; the next one
 * stops the parse, so a pasted database dump costs no more than the limit.
 */
final class SignatoryListParser {

	private static final Pattern HEADING = Pattern.compile("(?i)^(?:(?:national|state(?:\\s*(?:and|&|/)\\s*local)?|"
			+ "local|regional|international|national\\s+and\\s+state|faith(?:-based)?|labor|additional|individual|"
			+ "organizational|organization|institutional|supporting|endorsing|co-?signing|signing|other|current|"
			+ "list\\s+of)\\s+)?(?:organizations?|orgs|signatories|signers|signatures|groups|co-?signers|endorsers|"
			+ "individuals|members\\s+of\\s+congress|supporters|partners|endorsements)"
			+ "(?:\\s+\\(.{0,100}\\))?\\s*:?$");

	private static final Pattern FILLER = Pattern.compile("(?i)^(?:the\\s+undersigned(?:\\s+\\w+){0,3}|signed,?|"
			+ "signed\\s+by:?|signatures?\\s+follow.*|\\(?list\\s+of\\s+(?:signers|signatories).*|"
			+ ".{0,40}\\bidentification\\s+purposes\\s+only.*|.{0,40}\\blisted\\s+(?:alphabetically|in\\s+"
			+ "alphabetical\\s+order).*|\\(?signatures?\\)?|\\[.{0,60}\\])$");

	private static final Pattern SEPARATORS = Pattern
		.compile("\\s*;\\s*|\\s*[\u2022\u00B7\u25AA\u25CF\u25E6]\\s*|\\t+|\\s{3,}");

	private static final Pattern COLUMNS = Pattern.compile("\\t+|\\s{3,}");

	private static final Pattern LIST_MARKER = Pattern
		.compile("^(?:[-*+\u2022\u25E6\u25AA\u25CF\u2023\u2013\u2014]\\s+|\\(?\\d{1,4}[.)]\\s+)");

	private static final Pattern FOOTNOTE = Pattern.compile("[\\s*\u2020\u2021^,;]+$");

	private static final Pattern CITY = Pattern
		.compile("(?:\\p{Lu}[\\p{L}'.-]*|de|del|la|las|los|of|on|upon|the)(?:\\s+(?:\\p{Lu}[\\p{L}'.-]*|de|del|la|"
				+ "las|los|of|on|upon|the)){0,3}");

	private static final Pattern ENCLOSURE = Pattern.compile("(?i)^(?:enclosures?|encl\\.|attachments?)"
			+ "(?:\\s*\\(\\d+\\))?(?:\\s*[:.-].*)?$");

	/** A footnote: its number, then a citation ("1 See …", "[2] https://…", "³ Id. at 4"). */
	private static final Pattern FOOTNOTE_LINE = Pattern.compile("^(?:\\[\\d{1,3}\\]|\\d{1,3}|[\u00B9\u00B2\u00B3"
			+ "\u2070-\u2079]+)\\s+.*(?:https?://|www\\.|\\bsee\\b|\\bid\\.|\\bat\\s+\\d|\\b(?:19|20)\\d\\d\\b|\\bavailable\\b).*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NOTES_HEADING = Pattern.compile("(?i)^(?:end\\s*notes|foot\\s*notes|notes|"
			+ "references|sources)\\s*:?$");

	/** The cells of a table's header row. */
	private static final Pattern TABLE_HEADER_CELL = Pattern.compile("(?i)^(?:organi[sz]ations?(?:\\s+name)?|"
			+ "name|signer|signatory|city|state|city,?\\s*state|location|place|title|position|affiliation|district|"
			+ "county|e-?mail(?:\\s+address)?|phone|#|no\\.)$");

	private static final Pattern CONGRESS_TITLE = Pattern.compile("(?i)^(?:u\\.?s\\.?\\s+|united\\s+states\\s+)?"
			+ "(?:member\\s+of\\s+congress|senator|representative|congressman|congresswoman|delegate|"
			+ "resident\\s+commissioner)$");

	/** A member's seat after the title: "CA-12", "NY-AL", "TX". */
	private static final Pattern SEAT = Pattern.compile("(?i)^\\(?([A-Z]{2})(?:\\s*[-\u2013]\\s*(\\d{1,2}|AL))?\\)?$");

	private static final Pattern TITLE_WITH_SEAT = Pattern
		.compile("(?i)^(.*?)\\s*[,(]\\s*([A-Z]{2}(?:\\s*[-\u2013]\\s*(?:\\d{1,2}|AL))?)\\)?$");

	private static final Pattern DIGIT = Pattern.compile("\\d");

	/** A state legislator and district: "Rep. Ann Roe, House District 12", "Sen. Bo Li, Senate District 7". */
	private static final Pattern STATE_DISTRICT = Pattern.compile("(?i)^(?:(rep|sen|representative|senator|"
			+ "assemblymember|assemblyman|assemblywoman|delegate)\\.?\\s+)?([\\p{L}][\\p{L}.' -]{2,60}?),\\s*((?:state\\s+)?"
			+ "(?:(?:house|senate|assembly|legislative)\\s+)?district\\s+\\d{1,3}[a-z]?)$");

	/** The number of a table's row in a cell of its own: "1.", "(12)", "7". */
	private static final Pattern ROW_NUMBER = Pattern.compile("^\\(?\\d{1,6}[.)]?$");

	private static final Pattern DATED = Pattern.compile("(?i)^dated?\\s*:?\\s*");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** Letters after a name: orders, degrees, suffixes ("OSF", "S.J.", "Ph.D.", "Jr."). */
	private static final Pattern POST_NOMINALS = Pattern.compile("(?:(?:\\p{Lu}\\.?){1,5}|Ph\\.?D\\.?|Jr\\.?|Sr\\.?|Esq\\.?)"
			+ "(?:,\\s*(?:(?:\\p{Lu}\\.?){1,5}|Ph\\.?D\\.?))*");

	private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

	/** A signature line longer than this is a paragraph, not a list of names. */
	static final int MAX_SIGNATURE_LINE = 2_000;

	private final LawmakerDirectory directory;

	private final List<String> warnings;

	private final List<Entry> entries = new ArrayList<>();

	private final int maxSignatures;

	/** The part of the list being read: one more at each heading. */
	private int part;

	private int placesKept;

	private String firstPlaceKept;

	/**
	 * One signature.
	 *
	 * @param participant who signed, as the record will have them
	 * @param line        where the signature starts
	 * @param part        which part of the list it is in, counted from 0 at each heading ("State and Local
	 *                    Organizations"): each part is sorted on its own
	 */
	record Signature(Participant participant, int line, int part) {
	}

	private SignatoryListParser(LawmakerDirectory directory, List<String> warnings, int maxSignatures) {
		this.directory = directory;
		this.warnings = warnings;
		this.maxSignatures = maxSignatures;
	}

	/** The signatures in these lines, duplicates dropped with a warning; at most 20,000. */
	static List<Signature> parse(List<Line> lines, LawmakerDirectory directory, List<String> warnings) {
		return parse(lines, directory, warnings, PlainTextLetterParser.DEFAULT_MAX_SIGNATURES);
	}

	/** The signatures in these lines, duplicates dropped with a warning; more than {@code max} is an error. */
	static List<Signature> parse(List<Line> lines, LawmakerDirectory directory, List<String> warnings, int max) {
		SignatoryListParser parser = new SignatoryListParser(directory, warnings, max);
		parser.read(lines);
		return parser.finish();
	}

	private enum Section {
		ANY, INDIVIDUALS, CONGRESS
	}

	/** A pending signature, before lawmakers are looked up. */
	private record Entry(int line, String name, String kind, String title, String organization,
			LawmakerReference reference, int part, String location) {

		Entry at(String place) {
			return new Entry(this.line, this.name, this.kind, this.title, this.organization, this.reference,
					this.part, place);
		}
	}

	private void add(int line, String name, String kind, String title, String organization) {
		add(new Entry(line, name, kind, title, organization, null, this.part, null));
	}

	private void addLawmaker(int line, LawmakerReference reference, String title, String organization) {
		add(new Entry(line, reference.name(), "LAWMAKER", title, organization, reference, this.part, null));
	}

	private void add(Entry entry) {
		if (this.entries.size() >= this.maxSignatures) {
			throw new IngestException(entry.line(), String.format(Locale.ROOT, "more than %,d signatures; the limit "
					+ "is lettergraph.ingest.max-signatures.", this.maxSignatures));
		}
		this.entries.add(entry);
	}

	/** The place of the signature read last, when it came on its own line or in a column of its own. */
	private void placeOfLast(String[] place) {
		int last = this.entries.size() - 1;
		Entry entry = this.entries.get(last);
		String location = place[0] + ", " + place[1];
		this.entries.set(last, entry.at(location));
		placeKept(entry.name(), location);
	}

	private void read(List<Line> lines) {
		Section section = Section.ANY;
		List<Line> group = new ArrayList<>();
		List<String> table = null;
		for (Line line : lines) {
			if (line.text().length() > MAX_SIGNATURE_LINE) {
				throw new IngestException(line.number(), "a line of " + line.text().length()
						+ " characters where signatures are expected; a signature is a name, not a paragraph.");
			}
			if (line.blank()) {
				group(group, section);
				group.clear();
				table = null;
				continue;
			}
			if (table != null && tableRow(line, table, section)) {
				continue;
			}
			if (isTableHeader(line)) {
				group(group, section);
				group.clear();
				table = List.of(COLUMNS.split(line.raw().strip())).stream()
					.map(c -> Markup.clean(c).strip().toLowerCase(Locale.ROOT))
					.toList();
				continue;
			}
			if (HEADING.matcher(line.text()).matches() || isColonHeading(line.text())) {
				group(group, section);
				group.clear();
				section = sectionOf(line.text());
				this.part++;
				continue;
			}
			if (NOTES_HEADING.matcher(line.text()).matches()) {
				break;
			}
			if (FILLER.matcher(line.text()).matches() || ENCLOSURE.matcher(line.text()).matches()
					|| FOOTNOTE_LINE.matcher(line.text()).matches() || isDateLine(line.text())
					|| isCitation(line.text())) {
				continue;
			}
			group.add(line);
		}
		group(group, section);
	}

	/**
	 * A footnote whose number the PDF reader left out with the superscript: a sentence with a full date in it
	 * ("Intergovernmental Service Agreement, amended June 30, 2017."). A signature ends in no period after a date.
	 */
	private static boolean isCitation(String text) {
		if (!text.endsWith(".") || text.length() > 400 || !DIGIT.matcher(text).find()) {
			return false;
		}
		Optional<UsDateParser.Found> found = UsDateParser.find(text);
		return found.isPresent() && found.get().date() != null && found.get().start() > 0;
	}

	/** "March 3, 2021" or "Dated: 3/3/2021" alone on a line: when it was signed, not who. */
	private static boolean isDateLine(String text) {
		if (text.length() > 60 || !DIGIT.matcher(text).find()) {
			return false;
		}
		return UsDateParser.parse(DATED.matcher(text).replaceFirst("")).isPresent();
	}

	/**
	 * A row of a signature table read by its header ("Organization   City   State", "Name   Title   Organization"):
	 * the name from the Name (or else the Organization) column, the title and organization from theirs, the place
	 * from City and State (or one "City, State" column). False, for the usual reading, when the row has not one
	 * cell for each column.
	 */
	private boolean tableRow(Line line, List<String> header, Section section) {
		String[] cells = cells(line);
		if (cells.length != header.size()) {
			return false;
		}
		int name = header.indexOf("name");
		for (String alternative : List.of("signer", "signatory")) {
			name = (name < 0) ? header.indexOf(alternative) : name;
		}
		int organization = -1;
		for (int c = 0; c < header.size(); c++) {
			if (header.get(c).startsWith("organi") || header.get(c).equals("affiliation")) {
				organization = c;
				break;
			}
		}
		int nameColumn = (name >= 0) ? name : organization;
		if (nameColumn < 0 || cells[nameColumn].isBlank()) {
			return false;
		}
		String city = null;
		String state = null;
		String title = null;
		for (int c = 0; c < header.size(); c++) {
			String h = header.get(c);
			String cell = cells[c].strip();
			if (h.equals("city")) {
				city = cell;
			}
			else if (h.equals("state")) {
				state = cell;
			}
			else if (h.matches("city,?\\s*state|location|place")) {
				String[] place = placeAlone(cell).orElse(null);
				if (place != null) {
					city = place[0];
					state = place[1];
				}
			}
			else if (h.equals("title") || h.equals("position")) {
				title = cell.isEmpty() ? null : cell;
			}
		}
		int before = this.entries.size();
		if (name >= 0) {
			String org = (organization >= 0 && !cells[organization].isBlank()) ? cells[organization].strip() : null;
			String person = Words.HONORIFIC.matcher(cells[name].strip()).replaceFirst("");
			add(line.number(), person, Words.isPersonName(person) ? "PERSON" : null, title, org);
		}
		else {
			piece(line.number(), cells[nameColumn], section);
		}
		if (this.entries.size() > before && city != null && state != null && UsStates.code(state).isPresent()
				&& isCity(city)) {
			placeOfLast(new String[] { city, state });
		}
		return true;
	}

	private static boolean isTableHeader(Line line) {
		String[] cells = COLUMNS.split(line.raw().strip());
		if (cells.length < 2) {
			return false;
		}
		for (String cell : cells) {
			if (!TABLE_HEADER_CELL.matcher(Markup.clean(cell)).matches()) {
				return false;
			}
		}
		return true;
	}

	private static boolean isColonHeading(String text) {
		return text.endsWith(":") && text.split("\\s+").length <= 8;
	}

	private static Section sectionOf(String heading) {
		String h = heading.toLowerCase(Locale.ROOT);
		if (h.contains("individual")) {
			return Section.INDIVIDUALS;
		}
		if (h.contains("congress")) {
			return Section.CONGRESS;
		}
		return Section.ANY;
	}

	/**
	 * One run of lines between blank lines. A short run, or one where titles make up a good part of the lines, may
	 * hold people with titles under their names; a long run of names is a plain list, so "Public Citizen" above
	 * "Public Counsel" stays two organizations.
	 */
	private void group(List<Line> group, Section section) {
		if (group.isEmpty()) {
			return;
		}
		long titles = group.stream().filter(l -> isTitleLine(l.text())).count();
		boolean people = group.size() <= 4 || titles * 10 >= group.size() * 3;
		int i = 0;
		while (i < group.size()) {
			Line line = group.get(i);
			if (people) {
				int used = columnsOfPeople(group, i);
				if (used == 0) {
					used = personBlock(group, i, section);
				}
				if (used > 0) {
					i += used;
					continue;
				}
			}
			Optional<String[]> place = placeAlone(strip(line.text()));
			if (place.isPresent() && i > 0 && !this.entries.isEmpty()
					&& this.entries.get(this.entries.size() - 1).line() == group.get(i - 1).number()
					&& this.entries.get(this.entries.size() - 1).location() == null) {
				placeOfLast(place.get());
				i++;
				continue;
			}
			int before = this.entries.size();
			for (String piece : SEPARATORS.split(line.raw().strip())) {
				Optional<String[]> cellPlace = (piece.indexOf(',') < 0) ? Optional.empty()
						: placeAlone(strip(SPACES.matcher(Markup.clean(piece)).replaceAll(" ")));
				if (cellPlace.isPresent() && this.entries.size() > before
						&& this.entries.get(this.entries.size() - 1).location() == null) {
					// a table row: "Name    City, ST"
					placeOfLast(cellPlace.get());
					continue;
				}
				piece(line.number(), piece, section);
			}
			i++;
		}
	}

	private static boolean isTitleLine(String text) {
		return Words.isTitle(text) || CONGRESS_TITLE.matcher(text).matches();
	}

	/** Names side by side with their titles under them, as congressional letters print signatures. */
	private int columnsOfPeople(List<Line> group, int i) {
		if (i + 1 >= group.size()) {
			return 0;
		}
		String[] names = cells(group.get(i));
		String[] titles = cells(group.get(i + 1));
		if (names.length < 2 || titles.length != names.length) {
			return 0;
		}
		for (String title : titles) {
			if (!isTitleLine(title)) {
				return 0;
			}
		}
		String[] organizations = (i + 2 < group.size()) ? cells(group.get(i + 2)) : new String[0];
		boolean withOrganizations = organizations.length == names.length && !isTitleLine(organizations[0])
				&& !Words.isPersonName(organizations[0]);
		for (int c = 0; c < names.length; c++) {
			person(group.get(i).number(), names[c], titles[c], withOrganizations ? organizations[c] : null);
		}
		return withOrganizations ? 3 : 2;
	}

	private static String[] cells(Line line) {
		String[] cells = COLUMNS.split(line.raw().strip());
		for (int c = 0; c < cells.length; c++) {
			cells[c] = Markup.clean(cells[c]).replaceAll("\\s+", " ");
		}
		return cells;
	}

	/**
	 * A person on this line with a title on the next ("Executive Director" or "Executive Director, Casa X") and
	 * maybe the organization on the one after; or "Name, Title, Organization" on one line.
	 */
	private int personBlock(List<Line> group, int i, Section section) {
		Line line = group.get(i);
		String text = strip(line.text());
		String[] parts = text.split(",\\s+", 3);
		if (parts.length >= 2 && Words.isPersonName(parts[0]) && isTitleLine(parts[1])) {
			person(line.number(), parts[0], parts[1], (parts.length > 2) ? parts[2] : null);
			return 1;
		}
		boolean courtesy = Words.HONORIFIC.matcher(parts[0]).lookingAt() && parts.length >= 2
				&& !POST_NOMINALS.matcher(text.substring(parts[0].length()).replaceFirst("^,\\s*", "")).matches();
		if ((section == Section.INDIVIDUALS || courtesy) && parts.length >= 2 && Words.isPersonName(parts[0])) {
			// "Rabbi Ann Roe, Temple Beth Am, Austin, TX": a courtesy title marks a person, the rest is affiliation
			person(line.number(), parts[0], null, text.substring(parts[0].length()).replaceFirst("^,\\s*", ""));
			return 1;
		}
		if (!startsPerson(group, i)) {
			return 0;
		}
		String titleLine = strip(group.get(i + 1).text());
		String[] titleParts = titleLine.split(",\\s+", 2);
		String title = titleLine;
		String organization = null;
		if (titleParts.length == 2 && !CONGRESS_TITLE.matcher(titleLine).matches()) {
			title = titleParts[0];
			organization = titleParts[1];
		}
		int used = 2;
		if (organization == null && i + 2 < group.size() && !startsPerson(group, i + 2)
				&& (i + 3 >= group.size() || startsPerson(group, i + 3) || namesPerson(group.get(i + 3)))
				&& !isTitleLine(group.get(i + 2).text())) {
			organization = strip(group.get(i + 2).text());
			used = 3;
		}
		person(line.number(), text, title, organization);
		return used;
	}

	/** A line that is a person's name, maybe with letters after it ("Sister Ann Roe, OSF"). */
	private static boolean namesPerson(Line line) {
		String name = strip(line.text());
		int comma = name.indexOf(", ");
		return Words.isPersonName(name) || (comma > 0 && Words.isPersonName(name.substring(0, comma))
				&& POST_NOMINALS.matcher(name.substring(comma + 2)).matches());
	}

	/**
	 * A person's name on line {@code i} (letters after a comma, "Sister Ann Roe, OSF", are the person's own) and a
	 * title on the next.
	 */
	private static boolean startsPerson(List<Line> group, int i) {
		if (i + 1 >= group.size()) {
			return false;
		}
		return namesPerson(group.get(i)) && isTitleLine(strip(group.get(i + 1).text()));
	}

	private void person(int line, String name, String givenTitle, String givenOrganization) {
		String cleanName = strip(name);
		int comma = cleanName.indexOf(", ");
		if (comma > 0 && POST_NOMINALS.matcher(cleanName.substring(comma + 2)).matches()
				&& Words.isPersonName(cleanName.substring(0, comma))) {
			// "Sister Ann Roe, OSF": the letters after the name are not part of it
			cleanName = cleanName.substring(0, comma);
		}
		String title = givenTitle;
		String organization = givenOrganization;
		Matcher titleWithSeat = (title != null) ? TITLE_WITH_SEAT.matcher(title.strip()) : null;
		if (titleWithSeat != null && titleWithSeat.matches() && organization == null
				&& CONGRESS_TITLE.matcher(titleWithSeat.group(1)).matches()) {
			// "Member of Congress, GA-04" in one cell of a column
			title = titleWithSeat.group(1);
			organization = titleWithSeat.group(2);
		}
		boolean congressTitle = title != null && CONGRESS_TITLE.matcher(title).matches();
		if (LawmakerReference.isMarked(cleanName) || congressTitle) {
			String chamber = !congressTitle ? null
					: title.toLowerCase(Locale.ROOT).contains("senator") ? "SENATE" : "HOUSE";
			Matcher seat = (organization != null) ? SEAT.matcher(organization.strip()) : null;
			boolean hasSeat = seat != null && seat.matches() && UsStates.code(seat.group(1)).isPresent();
			for (LawmakerReference reference : LawmakerReference.parse(cleanName)) {
				LawmakerReference r = (reference.chamber() == null && chamber != null) ? reference.inChamber(chamber)
						: reference;
				if (hasSeat) {
					// "Member of Congress, CA-12": the seat, not an organization
					String district = seat.group(2);
					r = new LawmakerReference(r.name(), (district != null) ? "HOUSE" : r.chamber(), r.party(),
							UsStates.code(seat.group(1)).get(),
							(district != null && !district.equalsIgnoreCase("AL")) ? Integer.valueOf(district) : null);
				}
				addLawmaker(line, r, title, hasSeat ? null : organization);
			}
			return;
		}
		// people sign with courtesy titles ("Rev.", "Dr.") and offices ("Sheriff Tom Hale"); the name they are
		// known by is without them, and an office is their title when no other is given
		String known = Words.HONORIFIC.matcher(cleanName).replaceFirst("");
		Matcher office = Words.TITLE_BEFORE_NAME.matcher(known);
		if (office.lookingAt() && Words.isPersonName(known.substring(office.end()))) {
			title = (title != null) ? title : AddressBlockParser.titleCase(office.group(1));
			known = known.substring(office.end()).strip();
		}
		add(line, known, "PERSON", title, organization);
	}

	private void piece(int line, String raw, Section section) {
		String text = strip(SPACES.matcher(Markup.clean(raw)).replaceAll(" "));
		if (text.isEmpty() || !LETTER_OR_DIGIT.matcher(text).find() || FILLER.matcher(text).matches()
				|| ROW_NUMBER.matcher(text).matches()) {
			return;
		}
		if (text.length() > 2 && text.matches("[\\p{L} .]+") && UsStates.code(text).isPresent()) {
			// "Arizona" alone: a heading over the signers from that state, not a signer
			return;
		}
		Matcher district = STATE_DISTRICT.matcher(text);
		if (district.matches()) {
			// "Rep. Ann Roe, House District 12": a state legislator, whose district is no signer of its own
			String office = (district.group(1) == null) ? "State Legislator"
					: district.group(1).toLowerCase(Locale.ROOT).startsWith("sen") ? "State Senator"
							: district.group(1).toLowerCase(Locale.ROOT).startsWith("assembly") ? "Assemblymember"
									: "State Representative";
			add(line, district.group(2).strip(), "PERSON", office + ", " + district.group(3).strip(), null);
			return;
		}
		if (LawmakerReference.isMarked(text)) {
			for (LawmakerReference reference : LawmakerReference.parse(text)) {
				addLawmaker(line, reference, null, null);
			}
			return;
		}
		if (section == Section.CONGRESS && Words.isPersonName(text)) {
			addLawmaker(line, LawmakerReference.named(text), null, null);
			return;
		}
		if (section == Section.INDIVIDUALS && Words.isPersonName(text)) {
			add(line, Words.HONORIFIC.matcher(text).replaceFirst(""), "PERSON", null, null);
			return;
		}
		Optional<String[]> split = trailingPlace(text);
		if (split.isEmpty() || split.get()[0].isEmpty()) {
			add(line, text, null, null, null);
			return;
		}
		String name = split.get()[0];
		String place = split.get()[1] + ", " + split.get()[2];
		if (!name.contains(" ")) {
			// "Indivisible, Denver, CO": the place tells a local chapter from the national group
			this.warnings.add("'" + text + "' kept whole: a one-word name with a place is likely a local chapter, "
					+ "told apart by its place.");
			add(new Entry(line, text, null, null, null, null, this.part, place));
			return;
		}
		placeKept(name, place);
		add(new Entry(line, name, null, null, null, null, this.part, place));
	}

	/**
	 * Name, city and state of "Name, City, ST", "Name - City, ST" or "Name (City, ST)", read from the end of the
	 * text so that commas inside the name ("Florida Legal Services, Inc., Miami, FL") stay in it.
	 */
	static Optional<String[]> trailingPlace(String text) {
		if (text.endsWith(")")) {
			int open = text.lastIndexOf('(');
			Optional<String[]> inside = (open > 0) ? placeAlone(text.substring(open + 1, text.length() - 1))
					: Optional.empty();
			return inside.map(place -> new String[] { text.substring(0, open).strip(), place[0], place[1] });
		}
		int lastComma = text.lastIndexOf(',');
		if (lastComma <= 0 || UsStates.code(text.substring(lastComma + 1).strip()).isEmpty()) {
			return Optional.empty();
		}
		String before = text.substring(0, lastComma);
		int comma = before.lastIndexOf(',');
		int dash = Math.max(before.lastIndexOf(" - "), Math.max(before.lastIndexOf(" \u2013 "),
				before.lastIndexOf(" \u2014 ")));
		int cut = Math.max(comma, dash);
		if (cut <= 0) {
			return Optional.empty();
		}
		String city = before.substring(cut + ((cut == comma) ? 1 : 3)).strip();
		return isCity(city) ? Optional.of(new String[] { before.substring(0, cut).strip(), city,
				text.substring(lastComma + 1).strip() }) : Optional.empty();
	}

	/** "Portland, OR" and nothing else: a city and a state. */
	static Optional<String[]> placeAlone(String text) {
		int comma = text.lastIndexOf(',');
		if (comma <= 0) {
			return Optional.empty();
		}
		String city = text.substring(0, comma).strip();
		String state = text.substring(comma + 1).strip();
		return (UsStates.code(state).isPresent() && isCity(city)) ? Optional.of(new String[] { city, state })
				: Optional.empty();
	}

	private static boolean isCity(String city) {
		return city.length() >= 2 && city.length() <= 40 && CITY.matcher(city).matches()
				&& !Words.hasInstitutionWord(city);
	}

	private void placeKept(String name, String place) {
		if (this.placesKept++ == 0) {
			this.firstPlaceKept = "'" + name + "' (" + place + ")";
		}
	}

	private static String strip(String text) {
		String t = LIST_MARKER.matcher(text.strip()).replaceFirst("");
		return FOOTNOTE.matcher(t).replaceFirst("").strip();
	}

	private List<Signature> finish() {
		if (this.placesKept > 0) {
			this.warnings.add(this.placesKept + " signatures gave a city and state after the name, such as "
					+ this.firstPlaceKept + "; the place is kept as where they signed, not as part of the name.");
		}
		// In a letter signed mostly by members of Congress, a plain name is one more member.
		long lawmakers = this.entries.stream().filter(e -> "LAWMAKER".equals(e.kind())).count();
		boolean congressional = lawmakers * 2 >= this.entries.size();
		List<Signature> signatures = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Entry listed : this.entries) {
			Entry entry = (congressional && listed.kind() == null && Words.isPersonName(listed.name()))
					? new Entry(listed.line(), listed.name(), "LAWMAKER", null, null,
							LawmakerReference.named(listed.name()), listed.part(), listed.location())
					: listed;
			String key = ((entry.kind() != null) ? entry.kind() : "ORGANIZATION") + "|" + NameKey.of(entry.name());
			Integer first = seen.putIfAbsent(key, entry.line());
			if (first != null) {
				this.warnings.add("line " + entry.line() + ": '" + entry.name() + "' signed before, on line " + first
						+ "; counted once.");
				continue;
			}
			signatures.add(new Signature(participant(entry), entry.line(), entry.part()));
		}
		return List.copyOf(signatures);
	}

	private Participant participant(Entry entry) {
		Participant participant;
		if (entry.reference() != null) {
			participant = Lawmakers.participant(entry.reference(), entry.title(), entry.organization(), entry.line(),
					this.directory, this.warnings);
		}
		else {
			List<String> aliases = SignatoryName.parse(entry.name()).aliases();
			participant = new Participant(null, entry.name(), entry.kind(), aliases, entry.title(),
					entry.organization(), null);
		}
		return (entry.location() != null) ? participant.withLocation(entry.location()) : participant;
	}
}
