package org.lettergraph.ingest.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.ParsedLetter;
import org.lettergraph.ingest.record.Participant;

/**
 * What one ingest path read from a letter, in the terms the corpus compares: the record's date, addressees (with
 * the actor each resolved to, when the path resolves), subject, signers in order, programs, the actors the letter
 * would create, and its problems. {@code read} is false when the path gave no record at all.
 */
record LetterFacts(boolean read, LocalDate date, List<Person> addressees, String subject, boolean subjectDescriptive,
		List<String> signers, List<String> programs, List<Person> created, List<String> problems) {

	/** A name as read, with the actor id it is (or would be) when known. */
	record Person(String name, String id, String title) {
	}

	static LetterFacts nothing(List<String> problems) {
		return new LetterFacts(false, null, List.of(), null, false, List.of(), List.of(), List.of(), problems);
	}

	/** From the text parser alone: names, no resolution against the graph. */
	static LetterFacts of(ParsedLetter parsed) {
		LetterRecord r = parsed.record();
		if (r == null) {
			return nothing(parsed.problems());
		}
		List<String> signers = new ArrayList<>();
		r.leads().forEach(p -> signers.add(name(p)));
		r.signers().forEach(p -> signers.add(name(p)));
		return new LetterFacts(true, r.date(),
				r.addressees().stream().map(p -> new Person(p.name(), p.id(), p.title())).toList(), r.title(),
				Boolean.TRUE.equals(r.titleIsDescriptive()), signers,
				r.programs().stream().map(LetterRecord.ProgramAsk::program).toList(), List.of(), parsed.problems());
	}

	private static String name(Participant p) {
		return (p.name() != null) ? p.name() : p.id();
	}

	/**
	 * From the ingestLetter payload of a dry run: the record as read, and each addressee's actor from what the write
	 * matched or would create under the addressee's name.
	 */
	@SuppressWarnings("unchecked")
	static LetterFacts of(Map<String, Object> payload) {
		List<String> problems = ((List<Map<String, Object>>) payload.getOrDefault("errors", List.of())).stream()
			.map(e -> (String) e.get("message"))
			.toList();
		Map<String, Object> record = (Map<String, Object>) payload.get("record");
		List<Person> created = people(payload.get("created"));
		if (record == null) {
			return new LetterFacts(false, null, List.of(), null, false, List.of(), List.of(), created, problems);
		}
		List<Person> matched = people(payload.get("matched"));
		List<Person> addressees = new ArrayList<>();
		for (Map<String, Object> a : (List<Map<String, Object>>) record.getOrDefault("addressees", List.of())) {
			String name = (String) a.get("name");
			String id = (String) a.get("id");
			if (id == null && name != null) {
				id = resolved(name, matched);
				if (id == null) {
					id = resolved(name, created);
				}
			}
			addressees.add(new Person(name, id, (String) a.get("title")));
		}
		List<String> signers = new ArrayList<>();
		for (String list : List.of("leads", "signers")) {
			for (Map<String, Object> p : (List<Map<String, Object>>) record.getOrDefault(list, List.of())) {
				signers.add((p.get("name") != null) ? (String) p.get("name") : (String) p.get("id"));
			}
		}
		List<String> programs = ((List<Map<String, Object>>) record.getOrDefault("programs", List.of())).stream()
			.map(p -> (String) p.get("program"))
			.toList();
		String date = (String) record.get("date");
		return new LetterFacts(true, (date != null) ? LocalDate.parse(date) : null, addressees,
				(String) record.get("title"), Boolean.TRUE.equals(record.get("titleIsDescriptive")), signers, programs,
				created, problems);
	}

	@SuppressWarnings("unchecked")
	private static List<Person> people(Object list) {
		if (list == null) {
			return List.of();
		}
		return ((List<Map<String, Object>>) list).stream()
			.map(m -> new Person((String) m.get("name"), (String) m.get("actorId"), null))
			.toList();
	}

	private static String resolved(String name, List<Person> resolutions) {
		return resolutions.stream().filter(r -> name.equals(r.name())).map(Person::id).findFirst().orElse(null);
	}
}
