package org.lettergraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.Participant;

/**
 * What makes a letter record unusable, each problem named by its field ({@code signers[12].name}) and said in
 * plain words. Nothing is written while any problem stands.
 */
final class RecordChecks {

	/** How a stated signer count is meant: "193", "about 24", "more than 60". */
	static final Set<String> QUALIFIERS = Set.of("EXACTLY", "ABOUT", "MORE_THAN");

	private RecordChecks() {
	}

	static List<String> letter(LetterRecord record) {
		List<String> problems = new ArrayList<>();
		if (record.title() == null || record.title().isBlank()) {
			problems.add("title: a letter needs a title (its subject line, or a short description).");
		}
		if (record.sources().isEmpty()) {
			problems.add("sources: name at least one source id; every fact in the graph must say where it comes from.");
		}
		if (record.reportedSignerCount() != null && record.reportedSignerCount() < 0) {
			problems.add("reportedSignerCount: must not be negative, got " + record.reportedSignerCount() + ".");
		}
		qualifier("reportedSignerCountQualifier", record.reportedSignerCountQualifier(), problems);
		for (int i = 0; i < record.reports().size(); i++) {
			LetterRecord.Report report = record.reports().get(i);
			if (report.source() == null || !record.sources().contains(report.source())) {
				problems.add("reports[" + i + "].source: must be one of the letter's sources.");
			}
			qualifier("reports[" + i + "].signerCountQualifier", report.signerCountQualifier(), problems);
		}
		for (int i = 0; i < record.programs().size(); i++) {
			String program = record.programs().get(i).program();
			if (program == null) {
				problems.add("programs[" + i + "].program: give the program's id, e.g. program:287g.");
			}
			else if (!program.startsWith("program:") || program.length() == "program:".length()) {
				problems.add("programs[" + i + "].program: '" + program + "' is not a program id; program ids "
						+ "start with program:, e.g. program:287g.");
			}
		}
		participants("leads", record.leads(), problems);
		participants("signers", record.signers(), problems);
		participants("endorsers", record.endorsers(), problems);
		participants("addressees", record.addressees(), problems);
		participants("cc", record.cc(), problems);
		if (record.leads().isEmpty() && record.signers().isEmpty() && record.endorsers().isEmpty()) {
			problems.add("signers: a letter needs at least one lead, signer or endorser.");
		}
		return problems;
	}

	/**
	 * A letter over the most signatures one letter may have ({@code lettergraph.ingest.max-signatures}): refused
	 * before anything is looked up or written, so a runaway document costs neither time nor a half-written graph.
	 */
	static List<String> signatures(LetterRecord record, int max) {
		long count = (long) record.leads().size() + record.signers().size() + record.endorsers().size();
		if (count <= max) {
			return List.of();
		}
		return List.of(String.format(Locale.ROOT, "signers: the letter has %,d signatures (leads, signers and "
				+ "endorsers); the most one letter may have is %,d (lettergraph.ingest.max-signatures). Nothing was "
				+ "written.", count, max));
	}

	/**
	 * Ids the record refers to that are not in the graph, or are in it as something else. A program id the graph
	 * does not hold at all is not a problem: the letter goes in without it and the program is proposed for review
	 * (see {@link LetterBatch}); an id that names something other than a program is.
	 */
	static List<String> references(LetterRecord record, Map<String, String> existing) {
		List<String> problems = new ArrayList<>();
		for (String source : record.sources()) {
			if (!"Source".equals(existing.get(source))) {
				problems.add("sources: no source with id '" + source + "' in the graph.");
			}
		}
		for (int i = 0; i < record.programs().size(); i++) {
			String program = record.programs().get(i).program();
			String label = (program != null) ? existing.get(program) : null;
			if (label != null && !"Program".equals(label)) {
				problems.add("programs[" + i + "].program: '" + program + "' is a " + label + " in the graph, not a "
						+ "program.");
			}
		}
		return problems;
	}

	private static void qualifier(String field, String value, List<String> problems) {
		if (value != null && !QUALIFIERS.contains(value)) {
			problems.add(field + ": must be EXACTLY, ABOUT or MORE_THAN, got '" + value + "'.");
		}
	}

	private static void participants(String field, List<Participant> participants, List<String> problems) {
		for (int i = 0; i < participants.size(); i++) {
			Participant p = participants.get(i);
			if (p == null || ((p.id() == null || p.id().isBlank()) && (p.name() == null || p.name().isBlank()))) {
				problems.add(field + "[" + i + "]: needs a name or an id.");
			}
		}
	}
}
