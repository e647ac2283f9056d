package org.lettergraph.ingest.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.ingest.report.Gazetteer.KnownConcern;
import org.lettergraph.ingest.report.Gazetteer.KnownEdge;
import org.lettergraph.ingest.report.Gazetteer.KnownLetter;

/**
 * The record that adds what a report says to a letter the graph already holds, written through the same write path
 * as any letter: the letter's own facts, edges and their titles and positions stay as they are; the report's source
 * is added to the edges it supports; what the report adds (a lead, an endorser, an addressee, a program, a date the
 * letter lacked) is appended. Writing it twice changes nothing.
 */
final class LetterMerge {

	private LetterMerge() {
	}

	static LetterRecord onto(KnownLetter held, LetterRecord reported, String sourceId, List<String> warnings,
			int line) {
		Set<String> saidLeads = ids(reported.leads());
		Set<String> saidEndorsers = ids(reported.endorsers());
		Set<String> saidAddressees = ids(reported.addressees());

		List<Participant> leads = new ArrayList<>();
		held.leads().forEach(e -> leads.add(kept(e, saidLeads.contains(e.actorId()), sourceId)));
		Set<String> heldLeads = edgeIds(held.leads());
		for (Participant p : reported.leads()) {
			if (heldLeads.contains(p.id())) {
				continue;
			}
			if (held.signers() > 0) {
				warnings.add("line " + line + ": " + p.name() + " is reported as leading " + held.id()
						+ ", whose signature list is held in order; add the lead to the letter's record by hand.");
				continue;
			}
			leads.add(withSource(p, sourceId));
		}
		List<Participant> endorsers = new ArrayList<>();
		held.endorsers().forEach(e -> endorsers.add(kept(e, saidEndorsers.contains(e.actorId()), sourceId)));
		Set<String> heldEndorsers = edgeIds(held.endorsers());
		reported.endorsers().stream().filter(p -> !heldEndorsers.contains(p.id()))
			.forEach(p -> endorsers.add(withSource(p, sourceId)));

		List<Participant> signers = new ArrayList<>();
		if (leads.isEmpty() && endorsers.isEmpty() && held.firstSigner() != null) {
			// a letter known by its signatures only: its first signer keeps the record whole, unchanged
			signers.add(kept(held.firstSigner(), false, sourceId));
		}

		List<Participant> addressees = new ArrayList<>();
		held.addressees().forEach(e -> addressees.add(kept(e, saidAddressees.contains(e.actorId()), sourceId)));
		Set<String> heldAddressees = edgeIds(held.addressees());
		reported.addressees().stream().filter(p -> !heldAddressees.contains(p.id()))
			.forEach(p -> addressees.add(withSource(p, sourceId)));

		Set<String> saidPrograms = new LinkedHashSet<>();
		reported.programs().forEach(p -> saidPrograms.add(p.program()));
		List<LetterRecord.ProgramAsk> programs = new ArrayList<>();
		Set<String> heldPrograms = new LinkedHashSet<>();
		for (KnownConcern c : held.programs()) {
			heldPrograms.add(c.programId());
			programs.add(new LetterRecord.ProgramAsk(c.programId(), c.ask(),
					sources(c.sources(), saidPrograms.contains(c.programId()), sourceId)));
		}
		reported.programs().stream().filter(p -> !heldPrograms.contains(p.program()))
			.forEach(p -> programs.add(new LetterRecord.ProgramAsk(p.program(), p.ask(), List.of(sourceId))));

		if (held.date() != null && reported.date() != null && !held.date().equals(reported.date())) {
			warnings.add("line " + line + ": the report dates the letter " + reported.date() + "; the graph holds "
					+ held.date() + " and keeps it.");
		}
		List<String> asks = held.asks().isEmpty() ? reported.asks() : held.asks();
		Integer count = (held.reportedSignerCount() != null) ? held.reportedSignerCount() : reported.reportedSignerCount();
		String qualifier = (held.reportedSignerCount() != null) ? held.reportedSignerCountQualifier()
				: reported.reportedSignerCountQualifier();
		return new LetterRecord(held.id(), held.title(), held.titleIsDescriptive(),
				(held.date() != null) ? held.date() : reported.date(), asks, count, qualifier, List.of(sourceId),
				List.of(), reported.reports(), programs, leads, signers, endorsers, addressees, List.of());
	}

	/** An edge as held; with the report's source added when the report names it too. */
	private static Participant kept(KnownEdge e, boolean said, String sourceId) {
		return new Participant(e.actorId(), null, null, List.of(), e.title(), e.organization(),
				sources(e.sources(), said, sourceId));
	}

	private static Participant withSource(Participant p, String sourceId) {
		return new Participant(p.id(), p.name(), p.kind(), p.aliases(), p.title(), p.organization(), List.of(sourceId));
	}

	private static List<String> sources(List<String> held, boolean add, String sourceId) {
		List<String> sources = new ArrayList<>(held);
		if (add && !sources.contains(sourceId)) {
			sources.add(sourceId);
		}
		if (sources.isEmpty()) {
			sources.add(sourceId);
		}
		return sources;
	}

	private static Set<String> ids(List<Participant> participants) {
		Set<String> ids = new LinkedHashSet<>();
		participants.forEach(p -> ids.add(p.id()));
		return ids;
	}

	private static Set<String> edgeIds(List<KnownEdge> edges) {
		Set<String> ids = new LinkedHashSet<>();
		edges.forEach(e -> ids.add(e.actorId()));
		return ids;
	}
}
