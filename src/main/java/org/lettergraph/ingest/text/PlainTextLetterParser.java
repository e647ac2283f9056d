package org.lettergraph.ingest.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lettergraph.ingest.legislators.LawmakerDirectory;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.ParsedLetter;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.ingest.record.ReferenceRecords.SourceRecord;
import org.lettergraph.ingest.text.LetterBody.Count;
import org.lettergraph.ingest.text.SignatoryListParser.Signature;
import org.lettergraph.names.LetterIds;
import org.lettergraph.names.Slugs;

/**
 * Reads a sign-on or congressional letter pasted as plain text or light markdown into a letter record.
 *
 * <p>The letter is cut at its landmarks: the "Re:" line, the salutation ("Dear …"), the closing ("Sincerely,") and
 * the "cc" line. Before the salutation come the date (the first short line that is a date) and the addressee
 * blocks; between salutation and closing the body, whose list gives the asks and whose "Our 193 organizations"
 * gives the stated signer count; after the closing the signatures; after "cc" the copied officials.
 *
 * <p>Decisions a person should know: a letter without a date is read with a warning and recorded as undated (its
 * id says "undated"), because the rest of it is still worth having; a date that is there but cannot be read stops
 * the parse. Leads are told from signature order (see {@link Leads}). A letter without a "Re:" line gets a title
 * that describes it ("Letter to Alejandro Mayorkas") and is marked descriptive. Every problem is an
 * {@link IngestException} naming the line; nothing else is thrown.
 */
public final class PlainTextLetterParser {

	private static final Pattern SUBJECT = Pattern.compile("(?i)^(?:re|subject|subj|regarding)\\s*[:.]\\s*(.*)$");

	private static final Pattern SALUTATION = Pattern
		.compile("(?i)^(?:dear\\s+\\S.*|to\\s+whom\\s+it\\s+may\\s+concern.*|greetings.*)$");

	private static final Pattern CLOSING = Pattern.compile("(?i)^(?:sincerely(?:\\s+yours)?|yours\\s+sincerely|"
			+ "respectfully(?:\\s+(?:submitted|yours))?|very\\s+truly\\s+yours|yours\\s+truly|(?:best|warm|warmest|"
			+ "kind)\\s+regards|regards|in\\s+solidarity|cordially|in\\s+partnership)\\s*(?:[,.!:;]\\s*(.{0,200}))?$");

	/** Closings that could also be words of the body; taken only when no firmer closing is found. */
	private static final Pattern WEAK_CLOSING = Pattern.compile("(?i)^(?:thank\\s+you|many\\s+thanks|with\\s+"
			+ "(?:gratitude|appreciation|thanks|respect)|in\\s+peace|in\\s+faith|onward|best|signed|signatories|"
			+ "signed\\s+by|co-?signers|(?:organizational\\s+)?signers)\\s*[,.!:;]?$");

	private static final Pattern CC = Pattern.compile("(?i)^(?:cc|c\\.c\\.|copies\\s+to|copy\\s+to)\\s*(?::\\s*(.*))?$");

	private static final Pattern DELIVERY = Pattern.compile("(?i)^(?:sent\\s+|delivered\\s+|submitted\\s+)?(?:via|"
			+ "by)\\s+(?:e-?mail|electronic\\s+(?:mail|submission|delivery)|fax|facsimile|hand|u\\.?s\\.?\\s+mail|"
			+ "first[- ]class\\s+mail|overnight|courier|regulations\\.gov)\\b.*$|(?i)^submitted\\s+electronically.*$");

	/** Longer than this, a line before the salutation is a paragraph, and the body has begun. */
	private static final int HEADER_LINE = 160;

	private final LawmakerDirectory directory;

	/** A parser that keeps members of Congress by name only. */
	public PlainTextLetterParser() {
		this(null);
	}

	/** A parser that resolves members of Congress to their bioguide ids through {@code directory}. */
	public PlainTextLetterParser(LawmakerDirectory directory) {
		this.directory = directory;
	}

	/** Until the parser reads programs: the programs are not used yet (placeholder from the resolution branch). */
	public PlainTextLetterParser(LawmakerDirectory directory, java.util.List<org.lettergraph.ingest.record.KnownProgram> programs) {
		this(directory);
	}

	/** Reads a letter from UTF-8 bytes, refusing binary data and more than 5 MB. */
	public ParsedLetter parse(byte[] utf8) {
		return parse(TextLines.decode(utf8));
	}

	/** Reads a letter, or throws an {@link IngestException} that names the line it could not get past. */
	public ParsedLetter parse(String text) {
		List<String> warnings = new ArrayList<>();
		List<Line> lines = TextLines.read(text, warnings);
		Landmarks marks = Landmarks.find(lines);

		Optional<DateLine> date = date(lines, marks);
		date.flatMap(d -> Optional.ofNullable(d.note())).ifPresent(warnings::add);
		if (date.isEmpty()) {
			warnings.add("line 1: no date found before the salutation; the letter is recorded as undated.");
		}
		int addressStart = date.map(d -> d.index() + 1).orElse(0);
		List<Participant> addressees = addressees(lines.subList(addressStart, marks.headerEnd()), marks, warnings);
		if (addressees.isEmpty() && marks.salutation() >= 0) {
			addressees = AddressBlockParser.salutation(lines.get(marks.salutation()).text());
			if (!addressees.isEmpty()) {
				warnings.add("line " + lines.get(marks.salutation()).number()
						+ ": no address block; addressees taken from the salutation, by surname only.");
			}
		}

		List<Line> body = lines.subList(marks.bodyStart(), marks.closing());
		List<String> asks = LetterBody.asks(body);
		Optional<Count> count = LetterBody.signerCount(body);

		List<Line> signatureLines = new ArrayList<>();
		Line closing = lines.get(marks.closing());
		if (marks.closingRest() != null && !marks.closingRest().isBlank()) {
			signatureLines.add(new Line(closing.number(), marks.closingRest(), marks.closingRest()));
		}
		signatureLines.addAll(lines.subList(marks.closing() + 1, (marks.cc() >= 0) ? marks.cc() : lines.size()));
		List<Signature> signatures = SignatoryListParser.parse(signatureLines, this.directory, warnings);
		if (signatures.isEmpty()) {
			throw new IngestException(closing.number(), "no signatories found after the closing '" + closing.text()
					+ "'; a letter needs at least one signature.");
		}
		List<Participant> cc = (marks.cc() >= 0) ? cc(lines, marks.cc(), warnings) : List.of();

		int leadCount = Leads.count(signatures.stream()
			.map(s -> Leads.sortKey(s.participant().name(), s.participant().kind() != null))
			.toList(), signatures.stream().mapToInt(Signature::part).toArray());
		List<Participant> leads = signatures.subList(0, leadCount).stream().map(Signature::participant).toList();
		List<Participant> signers = signatures.subList(leadCount, signatures.size())
			.stream()
			.map(Signature::participant)
			.toList();

		Title title = title(lines, marks, addressees, signatures, warnings);
		LocalDate letterDate = date.map(DateLine::date).orElse(null);
		String sourceId = "source:" + ((letterDate != null) ? letterDate.toString() : "undated") + "-"
				+ Slugs.of(title.text());
		String publisher = signatures.get(0).participant().name();
		SourceRecord source = new SourceRecord(sourceId, title.text(), publisher, letterDate, null, "LETTER", null,
				null);

		Integer stated = count.map(Count::count).orElse(null);
		String qualifier = count.map(Count::qualifier).orElse(null);
		count.filter(c -> "EXACTLY".equals(c.qualifier()) && c.count() != signatures.size())
			.ifPresent(c -> warnings.add("line " + c.line() + ": the letter says " + c.count() + " signed; "
					+ signatures.size() + " signatures were found."));
		List<LetterRecord.Report> reports = count
			.map(c -> List.of(new LetterRecord.Report(sourceId, c.count(), c.qualifier())))
			.orElse(List.of());

		LetterRecord record = new LetterRecord(LetterIds.of(letterDate, title.text()), title.text(),
				title.descriptive() ? Boolean.TRUE : null, letterDate, asks, stated, qualifier, List.of(sourceId),
				List.of(), reports, List.of(), leads, signers, List.of(), addressees, cc);
		return new ParsedLetter(record, source, warnings);
	}

	/** A date line: where it is and what it says. */
	private record DateLine(int index, LocalDate date, String note) {
	}

	/**
	 * The first short line of the header that is a date and little else. A line that looks like a date but cannot
	 * be read is an error, not a missing date: "February 30, 2024" must not quietly become an undated letter.
	 */
	private static Optional<DateLine> date(List<Line> lines, Landmarks marks) {
		for (int i = 0; i < marks.headerEnd(); i++) {
			Line line = lines.get(i);
			if (line.blank() || line.text().length() > 120 || i == marks.subject()) {
				continue;
			}
			Optional<UsDateParser.Found> found = UsDateParser.find(line.text());
			if (found.isEmpty() || UsDateParser.leftover(line.text(), found.get()).split(" ").length > 4) {
				continue;
			}
			UsDateParser.Found f = found.get();
			if (f.date() == null) {
				throw new IngestException(line.number(), "cannot read the date '" + line.text() + "': " + f.problem());
			}
			String note = (f.note() != null) ? "line " + line.number() + ": " + f.note() : null;
			return Optional.of(new DateLine(i, f.date(), note));
		}
		return Optional.empty();
	}

	private List<Participant> addressees(List<Line> header, Landmarks marks, List<String> warnings) {
		List<Line> kept = new ArrayList<>();
		for (Line line : header) {
			boolean subject = marks.subject() >= 0 && line.number() >= marks.subjectLine()
					&& line.number() <= marks.subjectEndLine();
			if (subject || DELIVERY.matcher(line.text()).matches() || Markup.isHeading(line.raw())) {
				kept.add(new Line(line.number(), "", ""));
			}
			else {
				kept.add(line);
			}
		}
		List<Participant> addressees = new ArrayList<>();
		for (List<Line> block : AddressBlockParser.blocks(kept)) {
			AddressBlockParser.parse(block, this.directory, warnings).ifPresent(addressees::add);
		}
		return addressees;
	}

	private List<Participant> cc(List<Line> lines, int ccIndex, List<String> warnings) {
		List<Line> ccLines = new ArrayList<>();
		Line ccLine = lines.get(ccIndex);
		Matcher inline = CC.matcher(ccLine.text());
		if (inline.matches() && inline.group(1) != null && !inline.group(1).isBlank()) {
			ccLines.add(new Line(ccLine.number(), inline.group(1), inline.group(1)));
		}
		ccLines.addAll(lines.subList(ccIndex + 1, lines.size()));
		List<Participant> cc = new ArrayList<>();
		for (List<Line> block : AddressBlockParser.blocks(ccLines)) {
			if (oneNamePerLine(block)) {
				block.forEach(line -> AddressBlockParser.parse(List.of(line), this.directory, warnings)
					.ifPresent(cc::add));
			}
			else {
				AddressBlockParser.parse(block, this.directory, warnings).ifPresent(cc::add);
			}
		}
		return cc;
	}

	/** "cc: A, Director, X" on one line each, or bare names one per line, rather than a name-title-agency block. */
	private static boolean oneNamePerLine(List<Line> block) {
		if (block.size() < 2) {
			return false;
		}
		boolean allWithCommas = block.stream().allMatch(l -> {
			String[] parts = l.text().split(",\\s+");
			return parts.length >= 2 && Words.isPersonName(parts[0]);
		});
		boolean allNames = block.stream().allMatch(l -> Words.isPersonName(l.text()));
		return allWithCommas || allNames;
	}

	private record Title(String text, boolean descriptive) {
	}

	private static Title title(List<Line> lines, Landmarks marks, List<Participant> addressees,
			List<Signature> signatures, List<String> warnings) {
		if (marks.subject() >= 0) {
			String subject = marks.subjectText().replaceAll("^[\"'\u201C\u2018]+|[\"'\u201D\u2019]+$", "").strip();
			if (!subject.isEmpty()) {
				return new Title(subject, false);
			}
		}
		for (int i = 0; i < marks.headerEnd(); i++) {
			if (Markup.isHeading(lines.get(i).raw()) && !lines.get(i).blank()) {
				return new Title(lines.get(i).text(), false);
			}
		}
		String to = addressees.stream().map(Participant::name).collect(Collectors.joining(", "));
		String described = to.isEmpty() ? "Letter from " + signatures.get(0).participant().name() : "Letter to " + to;
		if (described.length() > 120) {
			described = described.substring(0, described.lastIndexOf(' ', 118)) + " …";
		}
		warnings.add("line " + lines.get(0).number() + ": no subject line ('Re:'); the title describes the letter: '"
				+ described + "'.");
		return new Title(described, true);
	}

	/**
	 * Where the parts of a letter are, as indexes into its lines; -1 for a part it does not have.
	 *
	 * @param subject        the "Re:" line
	 * @param subjectLine    its line number
	 * @param subjectEndLine the line number of the subject's last line (a long subject wraps)
	 * @param subjectText    the subject, without "Re:"
	 * @param salutation  the "Dear …" line
	 * @param headerEnd   where date and addressees end: the subject, the salutation, or the first paragraph
	 * @param bodyStart   where the body begins
	 * @param closing     the "Sincerely," line
	 * @param closingRest a signature on the closing's own line ("Sincerely, Casa de Esperanza"), or null
	 * @param cc          the "cc" line
	 */
	private record Landmarks(int subject, int subjectLine, int subjectEndLine, String subjectText, int salutation,
			int headerEnd, int bodyStart, int closing, String closingRest, int cc) {

		static Landmarks find(List<Line> lines) {
			int firm = first(lines, CLOSING, 0, lines.size());
			int salutation = first(lines, SALUTATION, 0, (firm >= 0) ? firm : lines.size());
			int closing = (firm >= 0) ? firm : first(lines, WEAK_CLOSING, salutation + 1, lines.size());
			if (closing < 0) {
				throw new IngestException(lastWithText(lines), "no closing ('Sincerely,', "
						+ "'Respectfully,' …) or list heading ('Signatories:') found, so the signatures cannot be "
						+ "told from the body.");
			}
			int subject = first(lines, SUBJECT, 0, (salutation >= 0) ? salutation : closing);
			String subjectText = null;
			int subjectEnd = subject;
			if (subject >= 0) {
				Matcher m = SUBJECT.matcher(lines.get(subject).text());
				StringBuilder text = new StringBuilder(m.matches() ? m.group(1).strip() : "");
				while (subjectEnd + 1 < closing && !lines.get(subjectEnd + 1).blank() && subjectEnd + 1 != salutation
						&& text.length() < 300) {
					subjectEnd++;
					text.append(' ').append(lines.get(subjectEnd).text());
				}
				subjectText = text.toString().strip();
			}
			int headerEnd = firstOf(subject, salutation);
			if (headerEnd < 0) {
				headerEnd = closing;
				for (int i = 0; i < closing; i++) {
					if (lines.get(i).text().length() > HEADER_LINE) {
						headerEnd = i;
						break;
					}
				}
			}
			int bodyStart = (salutation >= 0) ? salutation + 1 : (subject >= 0) ? subjectEnd + 1 : headerEnd;
			if (subject > salutation && salutation >= 0) {
				bodyStart = subjectEnd + 1;
			}
			bodyStart = Math.min(bodyStart, closing);
			int cc = first(lines, CC, closing + 1, lines.size());
			int subjectLine = (subject >= 0) ? lines.get(subject).number() : -1;
			int subjectEndLine = (subject >= 0) ? lines.get(subjectEnd).number() : -1;
			String rest = (firm >= 0) ? closingRest(lines.get(closing).text()) : null;
			return new Landmarks(subject, subjectLine, subjectEndLine, subjectText, salutation, headerEnd, bodyStart,
					closing, rest, cc);
		}

		private static String closingRest(String text) {
			Matcher m = CLOSING.matcher(text);
			return (m.matches() && m.group(1) != null) ? m.group(1).strip() : null;
		}

		private static int first(List<Line> lines, Pattern pattern, int from, int to) {
			for (int i = from; i < to; i++) {
				Line line = lines.get(i);
				if (!line.blank() && line.text().length() <= 400 && pattern.matcher(line.text()).matches()) {
					return i;
				}
			}
			return -1;
		}

		private static int lastWithText(List<Line> lines) {
			for (int i = lines.size() - 1; i >= 0; i--) {
				if (!lines.get(i).blank()) {
					return lines.get(i).number();
				}
			}
			return 1;
		}

		private static int firstOf(int a, int b) {
			if (a < 0) {
				return b;
			}
			return (b < 0) ? a : Math.min(a, b);
		}
	}
}
