package org.lettergraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.lettergraph.actor.ActorKind;
import org.lettergraph.ingest.GraphWriter.Edge;
import org.lettergraph.resolve.ActorResolver;
import org.lettergraph.resolve.ActorResolver.Match;
import org.lettergraph.resolve.NameKey;
import org.lettergraph.resolve.ReviewCandidates;
import org.lettergraph.resolve.SignatoryName;
import org.lettergraph.resolve.Slugs;
import org.lettergraph.security.Authorship;
import org.lettergraph.security.Authorship.Stamp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one write path for letters: a {@link LetterRecord} goes into the graph in a single transaction, or not at
 * all. Writing the same record twice changes nothing: nodes and edges are merged on their ids, and sources and
 * aliases are only ever added to.
 */
@Component
public class LetterWriter {

	private static final Logger log = LoggerFactory.getLogger(LetterWriter.class);

	static final Set<String> QUALIFIERS = Set.of("EXACTLY", "ABOUT", "MORE_THAN");

	private final GraphWriter graph;

	private final ActorResolver resolver;

	private final ReviewCandidates review;

	private final ReferenceWriter references;

	LetterWriter(GraphWriter graph, ActorResolver resolver, ReviewCandidates review, ReferenceWriter references) {
		this.graph = graph;
		this.resolver = resolver;
		this.review = review;
		this.references = references;
	}

	/** The id a letter gets when its record names none: its date and the slug of its title. */
	public static String letterId(LocalDate date, String title) {
		return "letter:" + ((date != null) ? date.toString() : "undated") + "-" + Slugs.of(title);
	}

	/** Writes one letter: {@link #writeAll} with a batch of one, so one letter and a batch go the same way. */
	@Transactional
	public WriteResult write(LetterRecord record) {
		return writeAll(List.of(record)).get(0);
	}

	/**
	 * Writes these letters in one transaction, all or none, with a fixed number of statements whatever their count:
	 * one lookup of the names and one of the ids they use, the sources they bring, one statement per actor kind,
	 * one for the letters, one per relationship type and the review proposals. Names resolve as if the letters were
	 * written one after another in this order: a new name used by two letters becomes one actor. One stamp (who,
	 * when) covers the whole write. A problem in any letter writes nothing; each problem names the letter (its index
	 * in the batch and its title) and the field.
	 *
	 * @return what writing each letter did, in the order given
	 */
	@Transactional
	public List<WriteResult> writeAll(List<LetterRecord> records) {
		if (records.isEmpty()) {
			return List.of();
		}
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			LetterRecord record = records.get(i);
			List<String> own = new ArrayList<>(RecordChecks.letter(record));
			own.addAll(ReferenceWriter.checkSources(record.sourceDetails()));
			problems.addAll(inLetter(records, i, own));
		}
		if (!problems.isEmpty()) {
			throw new IngestException(problems);
		}
		Stamp stamp = Authorship.stamp();
		Map<String, ReferenceRecords.SourceRecord> brought = new LinkedHashMap<>();
		records.forEach(r -> r.sourceDetails().forEach(s -> brought.putIfAbsent(s.id(), s)));
		this.references.sourcesIfAbsent(List.copyOf(brought.values()), stamp);

		List<List<Slot>> slots = records.stream().map(LetterWriter::slots).toList();
		Map<Slot, SignatoryName> names = new LinkedHashMap<>();
		slots.stream().flatMap(List::stream).filter(slot -> slot.participant().name() != null)
			.forEach(slot -> names.put(slot, SignatoryName.parse(slot.participant().name())));
		Map<String, List<Match>> matches = new HashMap<>(this.resolver.existing(names.values()
			.stream()
			.flatMap(n -> Stream.concat(Stream.of(n.name()), n.aliases().stream()))
			.map(NameKey::of)
			.collect(Collectors.toCollection(LinkedHashSet::new))));

		// One lookup for every id the letters name, and for the ids new names would take (and their "-2", "-3").
		Set<String> referenced = new LinkedHashSet<>();
		Set<String> prefixes = new LinkedHashSet<>();
		for (int i = 0; i < records.size(); i++) {
			LetterRecord record = records.get(i);
			referenced.addAll(record.sources());
			record.programs().stream().map(LetterRecord.ProgramAsk::program).filter(Objects::nonNull)
				.forEach(referenced::add);
			for (Slot slot : slots.get(i)) {
				Participant p = slot.participant();
				if (p.id() != null) {
					referenced.add(p.id());
				}
				else if (names.containsKey(slot)) {
					ActorKind kind = declaredKind(slot, new ArrayList<>());
					String name = names.get(slot).name();
					if (kind != null && pick(matches.get(NameKey.of(name)), kind) == null) {
						prefixes.add(kind.idPrefix() + ":" + Slugs.of(name));
					}
				}
			}
		}
		Map<String, String> existing = new HashMap<>(this.graph.existing(referenced, prefixes));

		// Each letter sees what the letters before it in the batch create and add, as it would after their commit.
		List<Resolution> resolutions = new ArrayList<>();
		Map<String, String> firstKeys = new HashMap<>();
		for (int i = 0; i < records.size(); i++) {
			LetterRecord record = records.get(i);
			List<String> own = new ArrayList<>(RecordChecks.references(record, existing));
			Resolution resolution = resolve(slots.get(i), names, existing, matches, record.sources(), own);
			problems.addAll(inLetter(records, i, own));
			resolutions.add(resolution);
			for (Resolution.ActorRow row : resolution.rows()) {
				boolean created = existing.putIfAbsent(row.id(), row.kind().label()) == null;
				if (created && !row.keys().isEmpty()) {
					firstKeys.put(row.id(), row.keys().iterator().next());
				}
				for (String key : row.keys()) {
					List<Match> known = matches.computeIfAbsent(key, k -> new ArrayList<>());
					if (known.stream().noneMatch(m -> m.id().equals(row.id()))) {
						known.add(new Match(key, row.id(), row.kind().label(), key.equals(firstKeys.get(row.id()))));
						known.sort(Comparator.comparing(Match::primary).reversed().thenComparing(Match::id));
					}
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new IngestException(problems);
		}
		ReviewCandidates.Found review = this.review.find(IntStream.range(0, records.size())
			.mapToObj(i -> new ReviewCandidates.NewActors(resolutions.get(i).createdActors(), records.get(i).sources()))
			.toList());
		Resolution.writeActors(this.graph, resolutions, stamp);
		// Inside the batch's transaction, nothing committed yet (the crash test waits for this line).
		log.debug("Writing {}: actors written, linking {} participants; transaction still open",
				(records.size() == 1) ? "letter" : records.size() + " letters",
				slots.stream().mapToInt(List::size).sum());

		List<Map<String, Object>> letters = new ArrayList<>();
		List<String> letterIds = new ArrayList<>();
		Map<String, List<Edge>> edges = new LinkedHashMap<>();
		for (String type : List.of("SIGNED", "ENDORSED", "ADDRESSED_TO", "CC", "CONCERNS", "REPORTED_IN")) {
			edges.put(type, new ArrayList<>());
		}
		for (int i = 0; i < records.size(); i++) {
			LetterRecord record = records.get(i);
			String letterId = (record.id() != null) ? record.id() : letterId(record.date(), record.title());
			letterIds.add(letterId);
			letters.add(Map.of("id", letterId, "properties", letterProperties(record, letterId), "sources",
					record.sources()));
			edges(record, letterId, slots.get(i), resolutions.get(i), edges);
		}
		this.graph.letters(letters, stamp);
		this.graph.link("Actor", "SIGNED", "Letter", edges.get("SIGNED"), stamp);
		this.graph.link("Actor", "ENDORSED", "Letter", edges.get("ENDORSED"), stamp);
		this.graph.link("Letter", "ADDRESSED_TO", "Actor", edges.get("ADDRESSED_TO"), stamp);
		this.graph.link("Letter", "CC", "Actor", edges.get("CC"), stamp);
		this.graph.link("Letter", "CONCERNS", "Program", edges.get("CONCERNS"), stamp);
		this.graph.link("Letter", "REPORTED_IN", "Source", edges.get("REPORTED_IN"), stamp);
		log.debug("Writing {} letter(s): {} signatures linked, recording near names; transaction still open",
				records.size(), edges.get("SIGNED").size());

		List<List<ReviewCandidates.Proposal>> proposals = this.review.record(review, stamp);
		List<WriteResult> results = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			Resolution resolution = resolutions.get(i);
			results.add(new WriteResult(letterIds.get(i), resolution.created(), resolution.matched(),
					proposals.get(i)));
		}
		return results;
	}

	/** A batch's problems name the letter they are in; a single letter's need not. */
	private static List<String> inLetter(List<LetterRecord> records, int index, List<String> problems) {
		if (records.size() == 1 || problems.isEmpty()) {
			return problems;
		}
		String title = records.get(index).title();
		String letter = "letters[" + index + "]"
				+ ((title != null && !title.isBlank()) ? " '" + title.strip() + "'" : " (untitled)") + ": ";
		return problems.stream().map(problem -> letter + problem).toList();
	}

	/** The edges of one letter, added to those of the batch by relationship type. */
	private static void edges(LetterRecord record, String letterId, List<Slot> slots, Resolution resolution,
			Map<String, List<Edge>> edges) {
		for (Slot slot : slots) {
			String actorId = resolution.idOf(slot);
			List<String> sources = slot.participant().sources().isEmpty() ? record.sources()
					: slot.participant().sources();
			Map<String, Object> properties = new LinkedHashMap<>();
			switch (slot.role()) {
				case "LEAD", "SIGNER" -> {
					properties.put("role", slot.role());
					properties.put("position", slot.position());
					properties.put("title", slot.participant().title());
					properties.put("organization", slot.participant().organization());
					edges.get("SIGNED").add(new Edge(actorId, letterId, properties, sources));
				}
				case "ENDORSER" -> edges.get("ENDORSED").add(new Edge(actorId, letterId, properties, sources));
				case "ADDRESSEE", "CC" -> {
					properties.put("position", slot.position());
					properties.put("title", slot.participant().title());
					properties.put("organization", slot.participant().organization());
					edges.get(slot.role().equals("CC") ? "CC" : "ADDRESSED_TO")
						.add(new Edge(letterId, actorId, properties, sources));
				}
				default -> throw new IllegalStateException(slot.role());
			}
		}
		record.programs()
			.forEach(p -> edges.get("CONCERNS").add(new Edge(letterId, p.program(),
					Map.of("ask", (p.ask() != null) ? p.ask() : ""),
					p.sources().isEmpty() ? record.sources() : p.sources())));
		Map<String, LetterRecord.Report> reports = new LinkedHashMap<>();
		record.reports().forEach(r -> reports.put(r.source(), r));
		for (String sourceId : record.sources()) {
			LetterRecord.Report report = reports.get(sourceId);
			Map<String, Object> properties = new LinkedHashMap<>();
			if (report != null) {
				properties.put("signerCount", report.signerCount());
				properties.put("signerCountQualifier", report.signerCountQualifier());
			}
			edges.get("REPORTED_IN").add(new Edge(letterId, sourceId, properties, List.of(sourceId)));
		}
	}

	private static Map<String, Object> letterProperties(LetterRecord record, String letterId) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("title", record.title().strip());
		properties.put("titleKey", NameKey.of(record.title()));
		properties.put("titleIsDescriptive", Boolean.TRUE.equals(record.titleIsDescriptive()));
		properties.put("asks", record.asks());
		properties.put("sortKey", ((record.date() != null) ? record.date().toString() : "0000-00-00") + "|" + letterId);
		if (record.date() != null) {
			properties.put("date", record.date());
		}
		if (record.reportedSignerCount() != null) {
			properties.put("reportedSignerCount", record.reportedSignerCount());
			properties.put("reportedSignerCountQualifier",
					(record.reportedSignerCountQualifier() != null) ? record.reportedSignerCountQualifier() : "EXACTLY");
		}
		return properties;
	}

	/** A participant in its place on the letter. */
	record Slot(String field, int index, String role, int position, Participant participant, ActorKind defaultKind) {
	}

	private static List<Slot> slots(LetterRecord record) {
		List<Slot> slots = new ArrayList<>();
		int position = 0;
		for (int i = 0; i < record.leads().size(); i++) {
			slots.add(new Slot("leads", i, "LEAD", ++position, record.leads().get(i), ActorKind.ORGANIZATION));
		}
		for (int i = 0; i < record.signers().size(); i++) {
			slots.add(new Slot("signers", i, "SIGNER", ++position, record.signers().get(i), ActorKind.ORGANIZATION));
		}
		for (int i = 0; i < record.endorsers().size(); i++) {
			slots.add(new Slot("endorsers", i, "ENDORSER", i + 1, record.endorsers().get(i),
					ActorKind.ORGANIZATION));
		}
		for (int i = 0; i < record.addressees().size(); i++) {
			slots.add(new Slot("addressees", i, "ADDRESSEE", i + 1, record.addressees().get(i),
					ActorKind.OFFICIAL));
		}
		for (int i = 0; i < record.cc().size(); i++) {
			slots.add(new Slot("cc", i, "CC", i + 1, record.cc().get(i), ActorKind.OFFICIAL));
		}
		return slots;
	}

	private static Resolution resolve(List<Slot> slots, Map<Slot, SignatoryName> names, Map<String, String> existing,
			Map<String, List<Match>> matches, List<String> letterSources, List<String> problems) {
		Resolution resolution = new Resolution(existing, letterSources);
		for (Slot slot : slots) {
			Participant p = slot.participant();
			SignatoryName name = names.get(slot);
			ActorKind kind = kindOf(slot, existing, problems);
			if (kind == null) {
				continue;
			}
			List<String> aliases = new ArrayList<>(p.aliases());
			if (name != null) {
				name.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
			}
			if (p.id() != null && name == null && !existing.containsKey(p.id())) {
				problems.add(slot.field() + "[" + slot.index() + "].id: no actor '" + p.id()
						+ "' in the graph; give a name as well to create it.");
				continue;
			}
			if (p.id() != null) {
				resolution.byId(slot, p.id(), kind, (name != null) ? name.name() : null, aliases);
				continue;
			}
			String key = NameKey.of(name.name());
			Match match = pick(matches.get(key), kind);
			if (match != null) {
				resolution.matched(slot, name.name(), match, match.primary() ? "NAME" : "ALIAS", aliases);
			}
			else {
				resolution.create(slot, name.name(), key, kind, aliases);
			}
		}
		return resolution;
	}

	private static Match pick(List<Match> candidates, ActorKind kind) {
		if (candidates == null) {
			return null;
		}
		return candidates.stream().filter(m -> kind.label().equals(m.label())).findFirst().orElse(null);
	}

	private static ActorKind kindOf(Slot slot, Map<String, String> existing, List<String> problems) {
		Participant p = slot.participant();
		String where = slot.field() + "[" + slot.index() + "]";
		if (p.id() != null && existing.containsKey(p.id())) {
			String label = existing.get(p.id());
			for (ActorKind kind : ActorKind.values()) {
				if (kind.label().equals(label)) {
					return kind;
				}
			}
			problems.add(where + ".id: '" + p.id() + "' is a " + label + ", not an actor.");
			return null;
		}
		return declaredKind(slot, problems);
	}

	/** The kind a participant's record gives it (its kind, its id's prefix, or its role's default). */
	private static ActorKind declaredKind(Slot slot, List<String> problems) {
		Participant p = slot.participant();
		String where = slot.field() + "[" + slot.index() + "]";
		if (p.kind() != null) {
			try {
				return ActorKind.valueOf(p.kind().strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				problems.add(where + ".kind: '" + p.kind() + "' is not one of ORGANIZATION, LAWMAKER, OFFICIAL, PERSON.");
				return null;
			}
		}
		if (p.id() != null) {
			for (ActorKind kind : ActorKind.values()) {
				if (p.id().startsWith(kind.idPrefix() + ":")) {
					return kind;
				}
			}
			problems.add(where + ".id: '" + p.id() + "' does not start with org:, lawmaker:, official: or person:.");
			return null;
		}
		return slot.defaultKind();
	}
}
