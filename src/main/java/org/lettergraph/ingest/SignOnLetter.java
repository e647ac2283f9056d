package org.lettergraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lettergraph.ingest.csv.CsvOptions;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.ParsedLetter;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.names.NameKey;

/**
 * A sign-on letter as organizers have it: the letter itself as a document (its date, title, addressees, asks,
 * programs, leads and any signatures it prints) and its signers as a sign-on form's CSV export. The two become one
 * letter record: the document says everything but who signed on, the document's own signatures come first, and the
 * CSV's follow, each name once.
 */
final class SignOnLetter {

	private SignOnLetter() {
	}

	/**
	 * What the CSV parser is told of the letter: the document's title and date, unless the caller gave them; the
	 * columns and leads the caller gave.
	 */
	static CsvOptions options(CsvOptions given, LetterRecord document) {
		CsvOptions options = (given != null) ? given : CsvOptions.of(null, null);
		String title = (document.title() != null && !document.title().isBlank()) ? document.title() : options.title();
		return new CsvOptions(title, (document.date() != null) ? document.date() : options.date(),
				options.sourceId(), options.sourceTitle(), options.sourcePublisher(), options.leads(),
				options.nameColumn(), options.cityColumn(), options.stateColumn());
	}

	/**
	 * The document with the CSV's signers added after its own signatures. The document's problems are all about
	 * what it lacks (a draft without signatures, a text that stops before them): with the CSV's signers they become
	 * warnings, and the record's own checks decide whether the letter can go in. The CSV's warnings (rows it
	 * skipped, duplicate submissions it counted once) are kept, and so is each name it shares with the document.
	 */
	static ParsedLetter merge(ParsedLetter document, ParsedLetter csv) {
		LetterRecord d = document.record();
		LetterRecord c = csv.record();
		List<String> warnings = new ArrayList<>(document.warnings());
		document.problems().forEach(p -> warnings.add("document: " + p + " (the signers come from the CSV)"));
		csv.warnings().forEach(w -> warnings.add("signers CSV, " + w));

		Set<String> seen = new HashSet<>();
		List<Participant> leads = new ArrayList<>();
		List<Participant> signers = new ArrayList<>();
		d.leads().forEach(p -> add(p, leads, seen, null));
		d.signers().forEach(p -> add(p, signers, seen, null));
		c.leads().forEach(p -> add(p, leads, seen, warnings));
		c.signers().forEach(p -> add(p, signers, seen, warnings));

		LetterRecord merged = new LetterRecord(d.id(), d.title(), d.titleIsDescriptive(),
				(d.date() != null) ? d.date() : c.date(), d.asks(), d.reportedSignerCount(),
				d.reportedSignerCountQualifier(), d.sources().isEmpty() ? c.sources() : d.sources(), d.sourceDetails(),
				d.reports(), d.programs(), leads, signers, d.endorsers(), d.addressees(), d.cc());
		return new ParsedLetter(merged, (document.source() != null || !d.sources().isEmpty()) ? document.source()
				: csv.source(), warnings);
	}

	/** Adds the participant unless the letter already has that name (or id); a CSV's repeat is reported. */
	private static void add(Participant p, List<Participant> into, Set<String> seen, List<String> warnings) {
		String key = (p.name() != null) ? "name|" + NameKey.of(p.name()) : "id|" + p.id();
		if (seen.add(key)) {
			into.add(p);
		}
		else if (warnings != null) {
			warnings.add("signers CSV: '" + ((p.name() != null) ? p.name() : p.id())
					+ "' is already among the document's signatures; counted once.");
		}
	}
}
