package org.lettergraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.lettergraph.actor.ActorKind;
import org.lettergraph.ingest.GraphWriter.Edge;
import org.lettergraph.ingest.WriteResult.ResolvedName;
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

	@Transactional
	public WriteResult write(LetterRecord record) {
		List<String> problems = RecordChecks.letter(record);
		if (!problems.isEmpty()) {
			throw new IngestException(problems);
		}
		Stamp stamp = Authorship.stamp();
		this.references.sourcesIfAbsent(record.sourceDetails(), stamp);
		String letterId = (record.id() != null) ? record.id() : letterId(record.date(), record.title());
		List<Slot> slots = slots(record);

		Set<String> referenced = new LinkedHashSet<>(record.sources());
		record.programs().forEach(p -> referenced.add(p.program()));
		slots.stream().map(s -> s.participant().id()).filter(id -> id != null).forEach(referenced::add);
		Map<String, String> existing = new java.util.HashMap<>(this.graph.existing(referenced));
		problems.addAll(RecordChecks.references(record, existing));

		Resolution resolution = resolve(slots, existing, record.sources(), problems);
		// A new actor's id is the slug of its name; where that id is taken by an actor of another name, pick again.
		for (Map<String, String> taken = this.graph.existing(resolution.newIds()); !taken.isEmpty() && problems
			.isEmpty(); taken = this.graph.existing(resolution.newIds())) {
			existing.putAll(taken);
			resolution = resolve(slots, existing, record.sources(), problems);
		}
		if (!problems.isEmpty()) {
			throw new IngestException(problems);
		}
		resolution.writeActors(this.graph, stamp);
		// Inside the letter's transaction, nothing committed yet (the crash test waits for this line).
		log.debug("Writing {}: actors written, linking {} participants; transaction still open", letterId,
				slots.size());

		this.graph.letter(Map.of("id", letterId, "properties", letterProperties(record, letterId), "sources",
				record.sources()), stamp);
		List<Edge> signed = new ArrayList<>();
		List<Edge> endorsed = new ArrayList<>();
		List<Edge> addressed = new ArrayList<>();
		List<Edge> cc = new ArrayList<>();
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
					signed.add(new Edge(actorId, letterId, properties, sources));
				}
				case "ENDORSER" -> endorsed.add(new Edge(actorId, letterId, properties, sources));
				case "ADDRESSEE", "CC" -> {
					properties.put("position", slot.position());
					properties.put("title", slot.participant().title());
					properties.put("organization", slot.participant().organization());
					(slot.role().equals("CC") ? cc : addressed).add(new Edge(letterId, actorId, properties, sources));
				}
				default -> throw new IllegalStateException(slot.role());
			}
		}
		this.graph.link("Actor", "SIGNED", "Letter", signed, stamp);
		this.graph.link("Actor", "ENDORSED", "Letter", endorsed, stamp);
		this.graph.link("Letter", "ADDRESSED_TO", "Actor", addressed, stamp);
		this.graph.link("Letter", "CC", "Actor", cc, stamp);
		this.graph.link("Letter", "CONCERNS", "Program", record.programs()
			.stream()
			.map(p -> new Edge(letterId, p.program(), Map.of("ask", (p.ask() != null) ? p.ask() : ""),
					p.sources().isEmpty() ? record.sources() : p.sources()))
			.toList(), stamp);
		Map<String, LetterRecord.Report> reports = new LinkedHashMap<>();
		record.reports().forEach(r -> reports.put(r.source(), r));
		this.graph.link("Letter", "REPORTED_IN", "Source", record.sources().stream().map(sourceId -> {
			LetterRecord.Report report = reports.get(sourceId);
			Map<String, Object> properties = new LinkedHashMap<>();
			if (report != null) {
				properties.put("signerCount", report.signerCount());
				properties.put("signerCountQualifier", report.signerCountQualifier());
			}
			return new Edge(letterId, sourceId, properties, List.of(sourceId));
		}).toList(), stamp);
		log.debug("Writing {}: letter and {} signatures linked, checking new actors for near names; transaction still open",
				letterId, signed.size());
		List<ReviewCandidates.Proposal> proposals = this.review.propose(resolution.createdActors(), record.sources(),
				stamp);
		return new WriteResult(letterId, resolution.created(), resolution.matched(), proposals);
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

	private Resolution resolve(List<Slot> slots, Map<String, String> existing, List<String> letterSources,
			List<String> problems) {
		Map<Slot, SignatoryName> names = new LinkedHashMap<>();
		for (Slot slot : slots) {
			if (slot.participant().name() != null) {
				names.put(slot, SignatoryName.parse(slot.participant().name()));
			}
		}
		List<String> keys = names.values()
			.stream()
			.flatMap(n -> Stream.concat(Stream.of(n.name()), n.aliases().stream()))
			.map(NameKey::of)
			.toList();
		Map<String, List<Match>> matches = this.resolver.existing(keys);
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
