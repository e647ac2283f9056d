package org.lettergraph.ingest.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.ParsedLetter;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.ingest.record.ReferenceRecords.SourceRecord;
import org.lettergraph.names.LetterIds;
import org.lettergraph.names.NameKey;
import org.lettergraph.names.SignatoryName;
import org.lettergraph.names.Slugs;

/**
 * Reads the CSV export of a sign-on form: one row per signature, a header row naming the columns (rows above it,
 * such as a form title, are skipped), commas, semicolons or tabs between fields.
 *
 * <p>The organization's name is taken as typed; city and state become the signature's location and tell two rows
 * of the same name apart, and a
 * form's contact details (names, e-mails, phone numbers) never enter the record. The one exception is a row marked
 * as an individual ("Signing as: Individual"): that person signs, so their name (from a name or contact-name
 * column) becomes a person with title and organization. Rows are in the order the form received
 * them, which says nothing about who led, so leads come only from {@link CsvOptions#leads()}.
 */
public final class SignOnCsvParser {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final int HEADER_SEARCH_ROWS = 10;

	/** Header names of the organization column, best first, as normalised by {@link #header}. */
	private static final List<String> NAME_HEADERS = List.of("organization name", "organisation name",
			"name of organization", "name of your organization", "organization", "organisation", "org name", "org",
			"group name", "group", "organization or group", "organization group", "organization group name",
			"your organization", "signing organization", "coalition name", "coalition");

	private static final Set<String> CITY_HEADERS = Set.of("city", "town", "city town", "municipality");

	private static final Set<String> STATE_HEADERS = Set.of("state", "st", "state territory", "state province");

	private static final Set<String> TYPE_HEADERS = Set.of("type", "signer type", "signing as", "sign on as",
			"organization or individual", "individual or organization");

	private static final Set<String> PERSON_NAME_HEADERS = Set.of("name", "full name", "your name", "signer name",
			"contact name");

	public ParsedLetter parse(byte[] utf8, CsvOptions options) {
		if (utf8 == null || utf8.length == 0) {
			throw new IngestException(1, "the CSV file is empty.");
		}
		if (utf8.length > MAX_BYTES) {
			throw new IngestException(1, "the CSV file is " + utf8.length + " bytes, more than the limit of 5 MB.");
		}
		return parse(new String(utf8, StandardCharsets.UTF_8), options);
	}

	public ParsedLetter parse(String csv, CsvOptions options) {
		if (options == null || options.title() == null || options.title().isBlank()) {
			throw new IngestException("title: a sign-on form's export has no letter title; give it in "
					+ "CsvOptions.title.");
		}
		check(csv);
		List<String> warnings = new ArrayList<>();
		List<Row> rows = rows(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
		Columns columns = columns(rows, options);
		List<Signed> signed = signatures(rows, columns, warnings);
		if (signed.isEmpty()) {
			throw new IngestException(columns.headerLine(), "no signatories: the column '" + columns.nameHeader()
					+ "' is empty in every row below the header.");
		}
		return letter(signed, options, warnings);
	}

	private static void check(String csv) {
		if (csv == null || csv.isBlank()) {
			throw new IngestException(1, "the CSV file is empty.");
		}
		if (csv.length() > MAX_BYTES) {
			throw new IngestException(1, "the CSV file is more than the limit of 5 MB.");
		}
		int line = 1;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (c == '\n') {
				line++;
			}
			else if (c == 0) {
				throw new IngestException(line, "a NUL character: this is binary data, not a CSV file.");
			}
		}
	}

	/** A row and the line it starts on. */
	private record Row(int line, List<String> cells) {

		boolean blank() {
			return this.cells.stream().allMatch(String::isBlank);
		}
	}

	private static List<Row> rows(String csv) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter(csv))
			.setIgnoreEmptyLines(false)
			.setTrim(true)
			.get();
		List<Row> rows = new ArrayList<>();
		long nextLine = 1;
		try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
			try {
				for (CSVRecord record : parser) {
					rows.add(new Row((int) nextLine, record.toList()));
					nextLine = parser.getCurrentLineNumber() + 1;
				}
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				throw new IngestException((int) nextLine, "the CSV cannot be read from here on: "
						+ rootMessage(ex) + " (an opening quote without its closing quote?)");
			}
		}
		catch (IOException ex) {
			throw new IngestException((int) nextLine, "the CSV cannot be read: " + ex.getMessage());
		}
		return rows;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage();
	}

	/** Comma unless the first line has more semicolons or tabs (spreadsheets in some locales use those). */
	private static char delimiter(String csv) {
		int end = csv.indexOf('\n');
		String first = (end < 0) ? csv : csv.substring(0, end);
		long commas = first.chars().filter(c -> c == ',').count();
		long semicolons = first.chars().filter(c -> c == ';').count();
		long tabs = first.chars().filter(c -> c == '\t').count();
		if (tabs > commas && tabs >= semicolons) {
			return '\t';
		}
		return (semicolons > commas) ? ';' : ',';
	}

	/**
	 * Where the columns are.
	 *
	 * @param headerLine the header row's line
	 * @param width      how many fields the header has, and so every row
	 */
	private record Columns(int headerIndex, int headerLine, int width, int name, String nameHeader, int city,
			int state, int type, int personName, int firstName, int lastName, int title) {
	}

	private static Columns columns(List<Row> rows, CsvOptions options) {
		int seen = 0;
		Row firstRow = null;
		for (int r = 0; r < rows.size() && seen < HEADER_SEARCH_ROWS; r++) {
			Row row = rows.get(r);
			if (row.blank()) {
				continue;
			}
			seen++;
			firstRow = (firstRow == null) ? row : firstRow;
			List<String> headers = row.cells().stream().map(SignOnCsvParser::header).toList();
			int name = (options.nameColumn() != null) ? headers.indexOf(header(options.nameColumn()))
					: nameColumn(headers);
			if (name >= 0) {
				return new Columns(r, row.line(), headers.size(), name, row.cells().get(name),
						find(headers, options.cityColumn(), CITY_HEADERS),
						find(headers, options.stateColumn(), STATE_HEADERS), find(headers, null, TYPE_HEADERS),
						find(headers, null, PERSON_NAME_HEADERS), find(headers, null, Set.of("first name", "first")),
						find(headers, null, Set.of("last name", "last", "surname")),
						find(headers, null, Set.of("title", "job title", "position", "your title")));
			}
		}
		int line = (firstRow != null) ? firstRow.line() : 1;
		if (options.nameColumn() != null) {
			throw new IngestException(line, "no column '" + options.nameColumn() + "' in the header"
					+ ((firstRow != null) ? " (" + String.join(", ", firstRow.cells()) + ")" : "") + ".");
		}
		throw new IngestException(line, "no organization name column: no header such as 'Organization', "
				+ "'Organization Name', 'Org' or 'Group' in the first " + HEADER_SEARCH_ROWS
				+ " rows; name the column with CsvOptions.nameColumn.");
	}

	private static int nameColumn(List<String> headers) {
		for (String wanted : NAME_HEADERS) {
			int index = headers.indexOf(wanted);
			if (index >= 0) {
				return index;
			}
		}
		for (int i = 0; i < headers.size(); i++) {
			// long form questions: "Organization name (as it should appear on the letter)"
			if (headers.get(i).startsWith("organization name ") || headers.get(i).startsWith("name of your organization")) {
				return i;
			}
		}
		return -1;
	}

	private static int find(List<String> headers, String explicit, Set<String> names) {
		if (explicit != null) {
			return headers.indexOf(header(explicit));
		}
		for (int i = 0; i < headers.size(); i++) {
			if (names.contains(headers.get(i))) {
				return i;
			}
		}
		return -1;
	}

	/** A header as compared: lower case, no punctuation, no "(required)" or "*". */
	static String header(String text) {
		return text.toLowerCase(Locale.ROOT)
			.replace("(required)", " ")
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
	}

	/** One signature with the row it came from and the place it gave. */
	private record Signed(Participant participant, int line, String place) {
	}

	private static List<Signed> signatures(List<Row> rows, Columns columns, List<String> warnings) {
		List<Signed> signed = new ArrayList<>();
		Map<String, Signed> byKey = new HashMap<>();
		for (Row row : rows.subList(columns.headerIndex() + 1, rows.size())) {
			if (row.blank()) {
				continue;
			}
			if (row.cells().size() != columns.width()) {
				throw new IngestException(row.line(), "this row has " + row.cells().size() + " fields; the header "
						+ "on line " + columns.headerLine() + " has " + columns.width() + ".");
			}
			Participant participant = participant(row, columns);
			if (participant == null) {
				warnings.add("line " + row.line() + ": no name in '" + columns.nameHeader() + "'; row skipped.");
				continue;
			}
			String place = place(row, columns);
			String key = (participant.kind() != null ? participant.kind() : "") + "|" + NameKey.of(participant.name());
			Signed first = byKey.get(key);
			if (first != null) {
				boolean elsewhere = place != null && first.place() != null && !place.equals(first.place());
				warnings.add("line " + row.line() + ": '" + participant.name() + "' signed before, on line "
						+ first.line() + (elsewhere ? " (from " + first.place() + "; this row is from " + place
								+ ": two chapters? a person should check)" : "") + "; counted once.");
				continue;
			}
			// The city and state the form gives are where the signer signs from: the signature's location.
			Signed signature = new Signed((place != null) ? participant.withLocation(place) : participant, row.line(),
					place);
			byKey.put(key, signature);
			signed.add(signature);
		}
		return signed;
	}

	private static Participant participant(Row row, Columns columns) {
		String organization = clean(cell(row, columns.name()));
		String type = cell(row, columns.type()).toLowerCase(Locale.ROOT);
		if (type.contains("individual") || type.contains("person")) {
			String person = clean(cell(row, columns.personName()));
			if (person.isEmpty()) {
				person = clean(cell(row, columns.firstName()) + " " + cell(row, columns.lastName()));
			}
			if (!person.isEmpty()) {
				String title = clean(cell(row, columns.title()));
				return new Participant(null, person, "PERSON", null, title.isEmpty() ? null : title,
						organization.isEmpty() ? null : organization, null);
			}
		}
		if (organization.isEmpty()) {
			return null;
		}
		return new Participant(null, organization, null, SignatoryName.parse(organization).aliases(), null, null,
				null);
	}

	private static String place(Row row, Columns columns) {
		String city = clean(cell(row, columns.city()));
		String state = clean(cell(row, columns.state()));
		String place = (city + ", " + state).replaceAll("^, |, $", "").strip();
		return place.isEmpty() || place.equals(",") ? null : place;
	}

	private static String cell(Row row, int index) {
		return (index >= 0 && index < row.cells().size()) ? row.cells().get(index) : "";
	}

	private static String clean(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	private static ParsedLetter letter(List<Signed> signed, CsvOptions options, List<String> warnings) {
		List<Participant> leads = new ArrayList<>();
		List<Participant> signers = new ArrayList<>();
		Map<String, Participant> byKey = new HashMap<>();
		signed.forEach(s -> byKey.putIfAbsent(NameKey.of(s.participant().name()), s.participant()));
		for (String lead : options.leads()) {
			Participant fromForm = byKey.get(NameKey.of(lead));
			leads.add((fromForm != null) ? fromForm
					: new Participant(null, lead.strip(), null, SignatoryName.parse(lead).aliases(), null, null, null));
		}
		for (Signed s : signed) {
			if (!leads.contains(s.participant())) {
				signers.add(s.participant());
			}
		}
		if (options.date() == null) {
			warnings.add("no date in CsvOptions; the letter is recorded as undated.");
		}
		String title = options.title().strip();
		String sourceId = (options.sourceId() != null) ? options.sourceId()
				: "source:" + ((options.date() != null) ? options.date().toString() : "undated") + "-"
						+ Slugs.of(title);
		String publisher = (options.sourcePublisher() != null) ? options.sourcePublisher()
				: (!leads.isEmpty() ? leads.get(0) : signers.get(0)).name();
		SourceRecord source = new SourceRecord(sourceId,
				(options.sourceTitle() != null) ? options.sourceTitle() : title, publisher, options.date(), null,
				"LETTER", null, null);
		LetterRecord record = new LetterRecord(LetterIds.of(options.date(), title), title, null,
				options.date(), List.of(), null, null, List.of(sourceId), List.of(), List.of(), List.of(), leads,
				signers, List.of(), List.of(), List.of());
		return new ParsedLetter(record, source, warnings);
	}
}
