package org.lettergraph.ingest.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lettergraph.ingest.legislators.LawmakerDirectory;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.KnownProgram;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.LetterRecord.ProgramAsk;
import org.lettergraph.ingest.record.ParsedLetter;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.ingest.record.ReferenceRecords.SourceRecord;
import org.lettergraph.ingest.text.LetterBody.Count;
import org.lettergraph.ingest.text.SignatoryListParser.Signature;
import org.lettergraph.names.LetterIds;
import org.lettergraph.names.SignatoryName;
import org.lettergraph.names.Slugs;

/**
 * Reads a sign-on or congressional letter pasted as plain text or light markdown into a letter record.
 *
 * <p>The letter is cut at its landmarks: the "Re:" line, the salutation ("Dear …"), the closing ("Sincerely,") and
 * the "cc" line. Before the salutation come the sender's letterhead, the date (the first short line of the header
 * that is a date), delivery lines ("Via email") and the addressee blocks; between salutation and closing the body,
 * whose list gives the asks, whose "Our 193 organizations" gives the stated signer count, and whose sentences name
 * the programs the letter is about (see {@link Programs}); after the closing the signatures; after "cc" the copied
 * officials.
 *
 * <p>Decisions a person should know: a letter without a date is read with a warning and recorded as undated (its
 * id says "undated"), because the rest of it is still worth having; a date that is there but cannot be read stops
 * the parse. Only the header's date is the letter's (dates in the body and footnotes are what the letter talks
 * about); a header without one lets a date line just before or after the closing stand in. The letterhead
 * organization publishes the letter, and signs it when no one else does; otherwise the first signer publishes it.
 * Leads are told from signature order (see {@link Leads}). A letter without a "Re:" line takes a bold or
 * all-capitals headline above the salutation as its title, or else gets a title that describes it ("Letter to
 * Alejandro Mayorkas") and is marked descriptive. Addressees named only in the salutation ("Dear Secretary
 * Mayorkas") keep the name as written, a surname, with a warning: the full name is never made up.
 *
 * <p>A letter whose signatures are not in the text (a draft that stops after the body, a closing with nothing
 * after it) is still read: the {@link ParsedLetter} has everything else and its problems say what is missing, so a
 * dry run can show it; it is not written. Input that cannot be read at all (empty, binary, too large, more
 * signatures than the limit) is an {@link IngestException} naming the line; nothing else is thrown.
 */
public final class PlainTextLetterParser {

	/** The most signatures one letter may have unless told otherwise (lettergraph.ingest.max-signatures). */
	public static final int DEFAULT_MAX_SIGNATURES = 20_000;

	private static final Pattern SUBJECT = Pattern.compile("(?i)^(?:re|subject|subj|regarding)\\s*[:.]\\s*(.*)$");

	private static final Pattern SALUTATION = Pattern
		.compile("(?i)^(?:dear\\s+\\S.*|to\\s+whom\\s+it\\s+may\\s+concern.*|greetings.*)$");

	private static final Pattern CLOSING = Pattern.compile("(?i)^(?:sincerely(?:\\s+yours)?|yours\\s+sincerely|"
			+ "respectfully(?:\\s+(?:submitted|yours))?|very\\s+truly\\s+yours|yours\\s+truly|(?:best|warm|warmest|"
			+ "kind)\\s+regards|regards|in\\s+solidarity|cordially|in\\s+partnership)\\s*(?:[,.!:;]\\s*(.{0,200}))?$");

	/** Closings that could also be words of the body; taken only when no firmer closing is found. */
	private static final Pattern WEAK_CLOSING = Pattern.compile("(?i)^(?:thank\\s+you|many\\s+thanks|with\\s+"
			+ "(?:gratitude|appreciation|thanks|respect)|in\\s+peace|in\\s+faith|onward|best|signed|signatories|"
			+ "signed\\s+by|co-?signers|(?:organizational\\s+)?(?:signers|signatories|signatures))"
			+ "(?:\\s*\\([^)]{0,120}\\))?\\s*[,.!:;]?$");

	/**
	 * Closings in a letter's own words ("Yours in faith,", "With hope and in faith,"): a short phrase of at most six
	 * words ending in a comma, alone in its paragraph after the body. Taken only when no other closing is found.
	 */
	private static final Pattern PHRASE_CLOSING = Pattern.compile("^(?:yours|with|in)\\b[\\p{L}' ]{0,50},$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern CC = Pattern.compile("(?i)^(?:cc|c\\.c\\.|copies\\s+to|copy\\s+to)\\s*(?::\\s*(.*))?$");

	private static final Pattern DELIVERY = Pattern.compile("(?i)^(?:\\(?\\s*)?(?:sent\\s+|delivered\\s+|submitted\\s+|"
			+ "transmitted\\s+)?(?:via|by)\\s+(?:e-?mail|electronic\\s+(?:mail|submission|delivery)|fax|facsimile|"
			+ "hand|u\\.?s\\.?\\s+mail|(?:first[- ]class|certified|regular|postal)\\s+mail|mail|overnight|courier|"
			+ "fedex|federal\\s+express|ups|dhl|regulations\\.gov|online\\s+portal|"
			+ "web\\s+form)\\b.*$|(?i)^(?:submitted|delivered|sent)\\s+electronically.*$"
			+ "|(?i)^(?:hand[- ]delivered|e-?mailed\\s+to\\b.*)$");

	private static final Pattern CAPS_WORD = Pattern.compile("\\p{L}");

	/** Longer than this, a line before the salutation is a paragraph, and the body has begun. */
	private static final int HEADER_LINE = 160;

	private final LawmakerDirectory directory;

	private final Programs programs;

	private final int maxSignatures;

	/** A parser that keeps members of Congress by name only. */
	public PlainTextLetterParser() {
		this(null);
	}

	/** A parser that resolves members of Congress to their bioguide ids through {@code directory}. */
	public PlainTextLetterParser(LawmakerDirectory directory) {
		this(directory, List.of());
	}

	/**
	 * A parser that also finds the graph's {@code programs} in a letter by name and alias, besides the programs it
	 * knows of itself.
	 */
	public PlainTextLetterParser(LawmakerDirectory directory, List<KnownProgram> programs) {
		this(directory, new Programs(programs), DEFAULT_MAX_SIGNATURES);
	}

	private PlainTextLetterParser(LawmakerDirectory directory, Programs programs, int maxSignatures) {
		this.directory = directory;
		this.programs = programs;
		this.maxSignatures = maxSignatures;
	}

	/** The same parser, stopping with an error at the signature after the {@code max}th. */
	public PlainTextLetterParser withMaxSignatures(int max) {
		if (max < 1) {
			throw new IllegalArgumentException("the most signatures per letter must be at least 1, not " + max);
		}
		return new PlainTextLetterParser(this.directory, this.programs, max);
	}

	/** Reads a letter from UTF-8 bytes, refusing binary data and more than 5 MB. */
	public ParsedLetter parse(byte[] utf8) {
		return parse(TextLines.decode(utf8));
	}

	/**
	 * Reads a letter; a letter without signatures comes back partial, with its problems. Throws an
	 * {@link IngestException} that names the line only for text that cannot be read as a letter at all.
	 */
	public ParsedLetter parse(String text) {
		List<String> warnings = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		List<Line> lines = withoutMailHeaders(TextLines.read(text, warnings), warnings);
		Landmarks marks = Landmarks.find(lines);

		Optional<DateLine> date = date(lines, marks);
		if (date.isEmpty()) {
			date = dateNearClosing(lines, marks);
			date.ifPresent(d -> warnings.add("line " + lines.get(d.index()).number()
					+ ": no date in the header; the date by the closing is taken as the letter's."));
		}
		date.flatMap(d -> Optional.ofNullable(d.note())).ifPresent(warnings::add);
		if (date.isEmpty()) {
			warnings.add("line 1: no date found before the salutation; the letter is recorded as undated.");
		}
		int headerDate = date.filter(d -> d.index() < marks.headerEnd()).map(DateLine::index).orElse(-1);
		Header header = Header.read(lines, marks, headerDate);

		List<Participant> addressees = addressees(header, warnings);
		if (addressees.stream().noneMatch(p -> !"ORGANIZATION".equals(p.kind())) && marks.salutation() >= 0) {
			String context = header.text();
			boolean toCongress = context.toLowerCase(Locale.ROOT)
				.matches("(?s).*\\b(?:committee|subcommittee|senate|house\\s+of\\s+representatives|congress)\\b.*")
					|| context.contains("20510") || context.contains("20515");
			Line salutation = lines.get(marks.salutation());
			String chamber = AddressBlockParser.chamberOf(context + "\n" + salutation.text());
			List<Participant> named = AddressBlockParser.salutation(salutation, toCongress, chamber, this.directory,
					warnings);
			// a letter addressed to a county board or a company greets its officers ("Dear Chair Roe and
			// Supervisors") without addressing them apart; a committee's chair is a lawmaker addressed in person
			if (addressees.isEmpty() || toCongress) {
				addressees = new ArrayList<>(addressees);
				addressees.addAll(named);
			}
		}

		List<Line> body = lines.subList(marks.bodyStart(), marks.bodyEnd());
		List<String> asks = LetterBody.asks(body);
		Optional<Count> count = LetterBody.signerCount(body);

		List<Line> signatureLines = new ArrayList<>();
		if (marks.closing() >= 0) {
			Line closing = lines.get(marks.closing());
			if (marks.closingRest() != null && !marks.closingRest().isBlank()) {
				signatureLines.add(new Line(closing.number(), marks.closingRest(), marks.closingRest()));
			}
			signatureLines
				.addAll(lines.subList(marks.closing() + 1, (marks.cc() >= 0) ? marks.cc() : lines.size()));
		}
		List<Signature> signatures = new ArrayList<>(
				SignatoryListParser.parse(signatureLines, this.directory, warnings, this.maxSignatures));
		if (signatures.isEmpty() && marks.closing() >= 0 && header.letterhead() != null) {
			Line closing = lines.get(marks.closing());
			warnings.add("line " + closing.number() + ": no one signs after the closing '" + closing.text()
					+ "'; the letter is taken as signed by its letterhead, '" + header.letterhead() + "'.");
			signatures.add(new Signature(new Participant(null, header.letterhead(), "ORGANIZATION",
					SignatoryName.parse(header.letterhead()).aliases(), null, null, null), closing.number(), 0));
		}
		if (signatures.isEmpty()) {
			if (marks.closing() >= 0) {
				Line closing = lines.get(marks.closing());
				problems.add("line " + closing.number() + ": no signatures after the closing '" + closing.text()
						+ "'; add the signers (or a sign-on CSV) before writing.");
			}
			else {
				problems.add("line " + Landmarks.lastWithText(lines) + ": no closing ('Sincerely,', 'Respectfully,' "
						+ "…) or list heading ('Signatories:') found: the text ends without signatures; add the "
						+ "signers (or a sign-on CSV) before writing.");
			}
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

		Title title = title(lines, marks, header, addressees, signatures, warnings);
		LocalDate letterDate = date.map(DateLine::date).orElse(null);
		String slugTitle = forIds(title.text());
		String sourceId = "source:" + ((letterDate != null) ? letterDate.toString() : "undated") + "-"
				+ Slugs.of(slugTitle);
		String publisher = (header.letterhead() != null) ? header.letterhead()
				: signatures.isEmpty() ? null : signatures.get(0).participant().name();
		SourceRecord source = new SourceRecord(sourceId, title.text(), publisher, letterDate, null, "LETTER", null,
				null);

		Integer stated = count.map(Count::count).orElse(null);
		String qualifier = count.map(Count::qualifier).orElse(null);
		if (!signatures.isEmpty()) {
			count.filter(c -> "EXACTLY".equals(c.qualifier()) && c.count() != signatures.size())
				.ifPresent(c -> warnings.add("line " + c.line() + ": the letter says " + c.count() + " signed; "
						+ signatures.size() + " signatures were found."));
		}
		List<LetterRecord.Report> reports = count
			.map(c -> List.of(new LetterRecord.Report(sourceId, c.count(), c.qualifier())))
			.orElse(List.of());
		List<ProgramAsk> concerns = this.programs.find(title.descriptive() ? null : title.text(), body, sourceId);

		LetterRecord record = new LetterRecord(LetterIds.of(letterDate, slugTitle), title.text(),
				title.descriptive() ? Boolean.TRUE : null, letterDate, asks, stated, qualifier, List.of(sourceId),
				List.of(), reports, concerns, leads, signers, List.of(), addressees, cc);
		return new ParsedLetter(record, source, warnings, problems);
	}

	private static final Pattern MAIL_HEADER = Pattern.compile("(?i)^(?:from|sent|date|to|cc|bcc|subject|"
			+ "reply-to|importance)\\s*:.*");

	/**
	 * The letter without the headers of the e-mail it was pasted from: a block at the top whose lines are all
	 * "From:", "Sent:", "To:", "Subject:" … with a "From:" or "Sent:" among them. The mail's subject and date are
	 * the message's, not the letter's.
	 */
	static List<Line> withoutMailHeaders(List<Line> lines, List<String> warnings) {
		int start = 0;
		while (start < lines.size() && lines.get(start).blank()) {
			start++;
		}
		int end = start;
		boolean sender = false;
		while (end < lines.size() && !lines.get(end).blank() && MAIL_HEADER.matcher(lines.get(end).text()).matches()) {
			sender |= lines.get(end).text().matches("(?i)^(?:from|sent)\\s*:.*");
			end++;
		}
		boolean blockEnds = end == lines.size() || lines.get(end).blank();
		if (!sender || end - start < 2 || !blockEnds) {
			return lines;
		}
		List<Line> out = new ArrayList<>(lines);
		for (int i = start; i < end; i++) {
			out.set(i, new Line(lines.get(i).number(), "", ""));
		}
		warnings.add("line " + lines.get(start).number() + ": the e-mail's headers (From:, Subject: …) above the "
				+ "letter are left out.");
		return out;
	}

	/**
	 * A title as ids take it: "287(g)" is "287g" in every id the bundled letters have
	 * ({@code letter:2021-03-17-end-287g-and-ice-detainers}), not "287-g".
	 */
	static String forIds(String title) {
		return title.replaceAll("(\\d)\\s*\\(([A-Za-z0-9]{1,2})\\)", "$1$2");
	}

	/** A date line: where it is and what it says. */
	private record DateLine(int index, LocalDate date, String note) {
	}

	/**
	 * The first line of the header that is a date alone, else the first short line that is a date and little else
	 * ("Washington, DC, March 3, 2021"): a page that copies a letter puts "Posted March 9, 2022 by Staff" above the
	 * letter's own date line. A line that looks like a date but cannot be read is an error, not a missing date:
	 * "February 30, 2024" must not quietly become an undated letter.
	 */
	private static Optional<DateLine> date(List<Line> lines, Landmarks marks) {
		for (int wordsAround : new int[] { 0, 4 }) {
			for (int i = 0; i < marks.headerEnd(); i++) {
				Line line = lines.get(i);
				if (line.blank() || line.text().length() > 120 || i == marks.subject()) {
					continue;
				}
				Optional<DateLine> found = dateLine(lines, i, wordsAround);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<DateLine> dateLine(List<Line> lines, int i, int wordsAround) {
		Line line = lines.get(i);
		String text = line.text().replaceFirst("(?i)^dated?\\s*:\\s*", "");
		Optional<UsDateParser.Found> found = UsDateParser.find(text);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		String leftover = UsDateParser.leftover(text, found.get());
		if (!leftover.isEmpty() && (wordsAround == 0 || leftover.split(" ").length > wordsAround)) {
			return Optional.empty();
		}
		UsDateParser.Found f = found.get();
		if (f.date() == null) {
			throw new IngestException(line.number(), "cannot read the date '" + line.text() + "': " + f.problem());
		}
		String note = (f.note() != null) ? "line " + line.number() + ": " + f.note() : null;
		return Optional.of(new DateLine(i, f.date(), note));
	}

	/**
	 * For a header without a date: a line that is only a date among the last lines before the closing or the first
	 * after it ("Dated: March 3, 2021"). Dates in sentences are not taken; they are what the letter speaks of.
	 */
	private static Optional<DateLine> dateNearClosing(List<Line> lines, Landmarks marks) {
		if (marks.closing() < 0) {
			return Optional.empty();
		}
		int seen = 0;
		for (int i = marks.closing() - 1; i >= marks.bodyStart() && seen < 3; i--) {
			if (lines.get(i).blank()) {
				continue;
			}
			seen++;
			if (lines.get(i).text().length() <= 60) {
				Optional<DateLine> found = quietly(lines, i);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		seen = 0;
		int end = (marks.cc() >= 0) ? marks.cc() : lines.size();
		for (int i = marks.closing() + 1; i < end && seen < 3; i++) {
			if (lines.get(i).blank()) {
				continue;
			}
			seen++;
			Optional<DateLine> found = quietly(lines, i);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/** A line that is a readable date and nothing more; anything else is not a date line here. */
	private static Optional<DateLine> quietly(List<Line> lines, int i) {
		String text = lines.get(i).text().replaceFirst("(?i)^dated?\\s*:?\\s*", "");
		return UsDateParser.parse(text).map(d -> new DateLine(i, d, null));
	}

	/**
	 * The header between the top and the salutation (or subject), in parts: the letterhead (the sender's name and
	 * address, above the date), and the lines that may hold addressees.
	 *
	 * @param letterhead the sending organization's name from the letterhead, or null
	 * @param lines      the lines that may hold addressees, others blanked
	 * @param headline   the index of a bold or all-capitals headline's first line, or -1
	 * @param headlineText the headline, lines joined
	 */
	private record Header(String letterhead, List<Line> lines, int headline, String headlineText) {

		String text() {
			StringBuilder out = new StringBuilder();
			for (Line line : this.lines) {
				out.append(line.text()).append('\n');
			}
			return out.toString();
		}

		static Header read(List<Line> all, Landmarks marks, int dateIndex) {
			int end = marks.headerEnd();
			boolean[] drop = new boolean[end];
			String letterhead = null;
			// before the date: blocks that are not addressed to anyone are the sender's letterhead
			int letterheadEnd = (dateIndex >= 0) ? dateIndex : firstBlockEnd(all, end);
			boolean needContact = dateIndex < 0;
			int blockStart = -1;
			for (int i = 0; i <= letterheadEnd && i <= end; i++) {
				boolean boundary = i == letterheadEnd || i == end || all.get(i).blank();
				if (!boundary && blockStart < 0) {
					blockStart = i;
				}
				if (boundary && blockStart >= 0) {
					List<Line> block = all.subList(blockStart, i);
					if (isLetterhead(block, needContact)) {
						for (int j = blockStart; j < i; j++) {
							drop[j] = true;
						}
						if (letterhead == null) {
							letterhead = sender(block);
						}
					}
					blockStart = -1;
				}
			}
			if (dateIndex >= 0) {
				drop[dateIndex] = true;
			}
			for (int i = 0; i < end; i++) {
				Line line = all.get(i);
				boolean subject = marks.subject() >= 0 && line.number() >= marks.subjectLine()
						&& line.number() <= marks.subjectEndLine();
				if (subject || DELIVERY.matcher(line.text()).matches() || Markup.isHeading(line.raw())) {
					drop[i] = true;
				}
			}
			int headline = -1;
			StringBuilder headlineText = new StringBuilder();
			if (marks.subject() < 0) {
				headline = headline(all, drop, end);
				for (int i = headline; i >= 0 && i < end && !all.get(i).blank(); i++) {
					headlineText.append(headlineText.isEmpty() ? "" : " ").append(all.get(i).text());
					drop[i] = true;
				}
			}
			List<Line> lines = new ArrayList<>();
			for (int i = 0; i < end; i++) {
				Line line = all.get(i);
				if (drop[i]) {
					lines.add(new Line(line.number(), "", ""));
					continue;
				}
				List<String> pieces = AddressBlockParser.runTogether(line.text());
				for (String piece : pieces) {
					lines.add(new Line(line.number(), piece, piece));
					if (pieces.size() > 1) {
						lines.add(new Line(line.number(), "", ""));
					}
				}
			}
			return new Header(letterhead, lines, headline, headlineText.toString());
		}

		private static int firstBlockEnd(List<Line> all, int end) {
			int i = 0;
			while (i < end && all.get(i).blank()) {
				i++;
			}
			while (i < end && !all.get(i).blank()) {
				i++;
			}
			return i;
		}

		/**
		 * A block above the date that addresses no one: a name and an address, a phone number or a web site. With
		 * no date to go by, only a block with a phone number, e-mail or web address counts, since an addressee's
		 * block has a street and city too.
		 */
		private static boolean isLetterhead(List<Line> block, boolean needContact) {
			String first = null;
			boolean contact = false;
			boolean address = false;
			for (Line line : block) {
				String t = line.text();
				if (DELIVERY.matcher(t).matches()) {
					continue;
				}
				if (first == null) {
					first = t;
				}
				contact |= Words.isContact(t);
				address |= Words.isAddress(t);
			}
			if (first == null || looksAddressed(first)) {
				return false;
			}
			return needContact ? contact : (contact || address || Words.isOrganization(first) || block.size() == 1);
		}

		private static boolean looksAddressed(String text) {
			return text.matches("(?i)^(?:the\\s+)?(?:honorable|hon\\.)\\s.*") || text.matches("(?i)^(?:to|attn\\.?|"
					+ "attention)\\s*:.*") || AddressBlockParser.COMMITTEE_MEMBERS.matcher(text).lookingAt()
					|| Words.TITLE_BEFORE_NAME.matcher(text).lookingAt() || Words.isPersonName(text.split(",", -1)[0]);
		}

		/**
		 * A banner over a draft or restricted copy ("DRAFT – NOT FOR DISTRIBUTION", "Embargoed until …"): a
		 * note on the copy, never the sender's name.
		 */
		private static boolean isBanner(String text) {
			return text.matches("(?i)^(?:\\W*(?:draft|confidential|embargoed|not\\s+for\\s+(?:distribution|"
					+ "circulation|publication))\\b.*|.*\\bnot\\s+for\\s+(?:distribution|circulation|publication)"
					+ "\\W*)$");
		}

		/** The sender's name: the letterhead's first line, unless it is Congress itself or not a name at all. */
		private static String sender(List<Line> block) {
			for (Line line : block) {
				String t = line.text();
				if (DELIVERY.matcher(t).matches() || Words.isContact(t) || Words.isAddress(t) || isBanner(t)) {
					continue;
				}
				boolean congress = t.matches("(?i)^(?:the\\s+)?(?:congress\\s+of\\s+the\\s+united\\s+states|"
						+ "(?:united\\s+states\\s+|u\\.?s\\.?\\s+)?(?:senate|house\\s+of\\s+representatives)|"
						+ "(?:office\\s+of\\s+)?(?:senator|representative|congressman|congresswoman)\\b.*)$");
				// a sentence ("Today 25 groups sent the letter below. Read it here:") is no one's name
				boolean sentence = t.endsWith(":") || t.matches(".*\\p{Ll}[.!?]\\s+\\p{Lu}.*")
						|| t.matches(".*\\s\\p{Ll}\\p{L}*[.!?]$");
				if (congress || sentence || t.length() > 100 || UsDateParser.find(t).isPresent()) {
					return null;
				}
				return t.replaceAll("[,;:]+$", "").strip();
			}
			return null;
		}

		/**
		 * A headline standing for the subject: the last block above the salutation whose lines are all bold or all
		 * capitals, with no address in it and no addressee's name.
		 */
		private static int headline(List<Line> all, boolean[] drop, int end) {
			int found = -1;
			int i = 0;
			while (i < end) {
				if (drop[i] || all.get(i).blank()) {
					i++;
					continue;
				}
				int start = i;
				boolean shouting = true;
				while (i < end && !all.get(i).blank() && !drop[i]) {
					shouting &= isShouted(all.get(i));
					i++;
				}
				if (shouting && i - start <= 3 && !looksAddressed(all.get(start).text())
						&& !all.get(start).text().toLowerCase(Locale.ROOT).startsWith("members of")) {
					found = start;
				}
			}
			return found;
		}

		private static boolean isShouted(Line line) {
			String raw = line.raw().strip();
			String text = line.text();
			if (Words.isContact(text) || UsDateParser.find(text).isPresent()) {
				return false;
			}
			boolean bold = raw.matches("^(\\*\\*|__).+(\\*\\*|__)$");
			long letters = CAPS_WORD.matcher(text).results().count();
			boolean caps = letters >= 6 && text.equals(text.toUpperCase(Locale.ROOT)) && text.split(" ").length >= 2
					&& !Words.isAddress(text);
			return bold || caps;
		}
	}

	private List<Participant> addressees(Header header, List<String> warnings) {
		List<Participant> addressees = new ArrayList<>();
		for (List<Line> block : AddressBlockParser.blocks(header.lines())) {
			AddressBlockParser.parse(block, this.directory, warnings).ifPresent(addressees::add);
		}
		return addressees;
	}

	private static final Pattern ENCLOSURE = Pattern.compile("(?i)^(?:enclosures?|encl\\.|attachments?)"
			+ "(?:\\s*\\(\\d+\\))?(?:\\s*[:.-].*)?$");

	private List<Participant> cc(List<Line> lines, int ccIndex, List<String> warnings) {
		List<Line> ccLines = new ArrayList<>();
		Line ccLine = lines.get(ccIndex);
		Matcher inline = CC.matcher(ccLine.text());
		if (inline.matches() && inline.group(1) != null && !inline.group(1).isBlank()) {
			for (String piece : ccPieces(inline.group(1))) {
				ccLines.add(new Line(ccLine.number(), piece, piece));
				ccLines.add(new Line(ccLine.number(), "", ""));
			}
		}
		for (Line line : lines.subList(ccIndex + 1, lines.size())) {
			if (ENCLOSURE.matcher(line.text()).matches()
					|| line.text().matches("(?i)^(?:end\\s*notes|foot\\s*notes|notes)\\s*:?$")) {
				break;
			}
			ccLines.add(line);
		}
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

	/**
	 * "cc: Ana Ruiz, Tom Becker" is two people; "cc: The Honorable X, Director, Y" one person with title and agency;
	 * semicolons always separate.
	 */
	static List<String> ccPieces(String text) {
		List<String> out = new ArrayList<>();
		for (String piece : text.split("\\s*;\\s*")) {
			String p = piece.strip();
			if (p.isEmpty()) {
				continue;
			}
			String[] parts = p.split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
			boolean names = parts.length >= 2;
			for (String part : parts) {
				String name = Words.TITLE_BEFORE_NAME.matcher(Words.HONORIFIC.matcher(part).replaceFirst(""))
					.replaceFirst("");
				names &= Words.isPersonName(name);
			}
			if (names) {
				out.addAll(List.of(parts));
			}
			else {
				out.add(p);
			}
		}
		return out;
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

	private static Title title(List<Line> lines, Landmarks marks, Header header, List<Participant> addressees,
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
		if (header.headline() >= 0 && !header.headlineText().isBlank()) {
			return new Title(headline(header.headlineText()), false);
		}
		String to = addressees.stream().map(Participant::name).collect(Collectors.joining(", "));
		String described = !to.isEmpty() ? "Letter to " + to
				: !signatures.isEmpty() ? "Letter from " + signatures.get(0).participant().name() : "Untitled letter";
		if (described.length() > 120) {
			described = described.substring(0, described.lastIndexOf(' ', 118)) + " …";
		}
		warnings.add("line " + lines.get(0).number() + ": no subject line ('Re:'); the title describes the letter: '"
				+ described + "'.");
		return new Title(described, true);
	}

	/** An all-capitals headline in sentence case, as a title is kept: "END 287(G) NOW" → "End 287(g) now". */
	private static String headline(String text) {
		String t = text.replaceAll("^[\"'\u201C\u2018]+|[\"'\u201D\u2019]+$", "").strip();
		if (!t.equals(t.toUpperCase(Locale.ROOT))) {
			return t;
		}
		StringBuilder out = new StringBuilder();
		for (String word : t.split(" ")) {
			boolean acronym = word.replaceAll("[^\\p{L}]", "").length() <= 4 && KEEP_CAPS.contains(
					word.replaceAll("[^\\p{L}]", ""));
			String w = acronym ? word : word.toLowerCase(Locale.ROOT);
			if (out.isEmpty() && !acronym && !w.isEmpty()) {
				w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
			}
			out.append(out.isEmpty() ? "" : " ").append(w);
		}
		return out.toString();
	}

	/** Words an all-capitals headline keeps in capitals. */
	private static final java.util.Set<String> KEEP_CAPS = java.util.Set.of("ICE", "DHS", "CBP", "USCIS", "US", "U",
			"S", "USMS", "IGSA", "IGSAS", "DOJ", "HHS", "ORR", "EOIR", "TPS", "DACA", "CRCL", "OIG", "GAO", "ATD", "FY",
			"BOP", "CCA", "GEO", "AFL", "CIO", "SEIU", "ACLU", "NAACP");

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
	 * @param bodyEnd     where it ends: the closing, or without one the cc line or the end of the text
	 * @param closing     the "Sincerely," line, or -1 for a text that stops without one
	 * @param closingRest a signature on the closing's own line ("Sincerely, Casa de Esperanza"), or null
	 * @param cc          the "cc" line
	 */
	private record Landmarks(int subject, int subjectLine, int subjectEndLine, String subjectText, int salutation,
			int headerEnd, int bodyStart, int bodyEnd, int closing, String closingRest, int cc) {

		static Landmarks find(List<Line> lines) {
			int firm = first(lines, CLOSING, 0, lines.size());
			int salutation = first(lines, SALUTATION, 0, (firm >= 0) ? firm : lines.size());
			int closing = (firm >= 0) ? firm : first(lines, WEAK_CLOSING, salutation + 1, lines.size());
			if (closing < 0 && salutation >= 0) {
				closing = phraseClosing(lines, salutation + 1);
			}
			int ccWithoutClosing = (closing < 0) ? first(lines, CC, Math.max(salutation + 1, 0), lines.size()) : -1;
			int end = (closing >= 0) ? closing : (ccWithoutClosing >= 0) ? ccWithoutClosing : lines.size();
			int subject = first(lines, SUBJECT, 0, (salutation >= 0) ? salutation : end);
			String subjectText = null;
			int subjectEnd = subject;
			if (subject >= 0) {
				Matcher m = SUBJECT.matcher(lines.get(subject).text());
				StringBuilder text = new StringBuilder(m.matches() ? m.group(1).strip() : "");
				while (subjectEnd + 1 < end && !lines.get(subjectEnd + 1).blank() && subjectEnd + 1 != salutation
						&& text.length() < 300) {
					subjectEnd++;
					text.append(' ').append(lines.get(subjectEnd).text());
				}
				subjectText = text.toString().strip();
			}
			int headerEnd = firstOf(subject, salutation);
			if (headerEnd < 0) {
				headerEnd = end;
				for (int i = 0; i < end; i++) {
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
			bodyStart = Math.min(bodyStart, end);
			int cc = (closing >= 0) ? first(lines, CC, closing + 1, lines.size()) : ccWithoutClosing;
			int subjectLine = (subject >= 0) ? lines.get(subject).number() : -1;
			int subjectEndLine = (subject >= 0) ? lines.get(subjectEnd).number() : -1;
			String rest = (firm >= 0) ? closingRest(lines.get(closing).text()) : null;
			return new Landmarks(subject, subjectLine, subjectEndLine, subjectText, salutation, headerEnd, bodyStart,
					end, closing, rest, cc);
		}

		/**
		 * The first {@link #PHRASE_CLOSING} after {@code from} that stands alone: a blank line before it, or the end
		 * of a sentence (a Word paragraph's text comes without the blank line).
		 */
		private static int phraseClosing(List<Line> lines, int from) {
			for (int i = Math.max(from, 1); i < lines.size(); i++) {
				String text = lines.get(i).text();
				Line before = lines.get(i - 1);
				boolean alone = before.blank() || before.text().matches(".*[.!?][\"\u201D')]?$");
				if (!lines.get(i).blank() && alone && text.split("\\s+").length <= 6
						&& PHRASE_CLOSING.matcher(text).matches()) {
					return i;
				}
			}
			return -1;
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

		static int lastWithText(List<Line> lines) {
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
