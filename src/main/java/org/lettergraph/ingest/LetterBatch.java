package org.lettergraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
import org.lettergraph.graph.Edge;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.WriteResult.NameCandidate;
import org.lettergraph.ingest.WriteResult.NameQuestion;
import org.lettergraph.ingest.WriteResult.ProposedProgram;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.ingest.record.ReferenceRecords.SourceRecord;
import org.lettergraph.letter.LetterWrites.LetterFacts;
import org.lettergraph.letter.LetterWrites.Link;
import org.lettergraph.letter.LetterWrites.Unnamed;
import org.lettergraph.names.CommitteeNames;
import org.lettergraph.names.LetterIds;
import org.lettergraph.names.NameKey;
import org.lettergraph.names.PersonNames;
import org.lettergraph.names.SignatoryName;
import org.lettergraph.names.Slugs;
import org.lettergraph.resolve.ActorResolver.Match;
import org.lettergraph.resolve.ActorResolver.SurnameCandidate;
import org.lettergraph.resolve.ActorResolver.SurnameQuery;
import org.lettergraph.resolve.ReviewCandidates.Proposal;
import org.lettergraph.resolve.ReviewCandidates;
import org.lettergraph.resolve.Titles;

/**
 * The letters of one write on their way into the graph, step by step: every participant in its slot, the names
 * matched against known actors, the ids already taken, then which actor each participant is, and finally the
 * letters and edges to write. Names resolve as if the letters were written one after another in this order: a new
 * name used by two letters becomes one actor.
 *
 * <p>A person named by surname only ("Dear Secretary Mayorkas": one word, an official, lawmaker or person) is never
 * made an actor of its own: it goes to the one known actor of that surname whose title or office fits, and
 * otherwise stays off the graph as a question to a person ({@link NameQuestion}), kept on the letter. A program the
 * graph does not hold is proposed, not created; the rest of the letter goes in either way.
 */
final class LetterBatch {

	/** A participant in its place on the letter. */
	record Slot(String field, int index, String role, int position, Participant participant, ActorKind defaultKind) {
	}

	private final List<LetterRecord> records;

	private final List<List<Slot>> slots;

	private final Map<Slot, SignatoryName> names = new LinkedHashMap<>();

	private final Map<String, List<Match>> matches = new HashMap<>();

	private final Map<String, String> existing = new HashMap<>();

	private final List<Resolution> resolutions = new ArrayList<>();

	private final List<String> letterIds = new ArrayList<>();

	/**
	 * The participants named by surname only that no name or alias matched, and how each is looked up; by identity,
	 * as two letters of a batch may have equal slots and each asks about its own letter.
	 */
	private final Map<Slot, SurnameQuery> surnameSlots = new IdentityHashMap<>();

	private final Map<SurnameQuery, List<SurnameCandidate>> surnameCandidates = new HashMap<>();

	private final List<List<ProposedProgram>> proposedPrograms = new ArrayList<>();

	private final List<List<String>> warnings = new ArrayList<>();

	LetterBatch(List<LetterRecord> records) {
		this.records = List.copyOf(records);
		this.slots = records.stream().map(LetterBatch::slots).toList();
		this.slots.stream()
			.flatMap(List::stream)
			.filter(slot -> slot.participant().name() != null)
			.forEach(slot -> this.names.put(slot, SignatoryName.parse(slot.participant().name())));
		records.forEach(r -> this.letterIds.add((r.id() != null) ? r.id() : LetterIds.of(r.date(), r.title())));
	}

	/**
	 * What is wrong with each record on its own, before anything is looked up; each problem names its letter.
	 *
	 * @param maxSignatures the most signatures one letter may have
	 */
	static List<String> check(List<LetterRecord> records, int maxSignatures) {
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			List<String> own = new ArrayList<>(RecordChecks.signatures(records.get(i), maxSignatures));
			if (!own.isEmpty()) {
				// Nothing else is checked in a letter that large: the count is the answer, and it comes fast.
				problems.addAll(inLetter(records, i, own));
				continue;
			}
			own.addAll(RecordChecks.letter(records.get(i)));
			own.addAll(ReferenceWriter.checkSources(records.get(i).sourceDetails()));
			problems.addAll(inLetter(records, i, own));
		}
		return problems;
	}

	/** The sources the letters bring along, each once. */
	List<SourceRecord> broughtSources() {
		Map<String, SourceRecord> brought = new LinkedHashMap<>();
		this.records.forEach(r -> r.sourceDetails().forEach(s -> brought.putIfAbsent(s.id(), s)));
		return List.copyOf(brought.values());
	}

	/**
	 * The normalised keys of every name and alias on the letters, to match against known actors, and of the
	 * organizations individual signers sign for (to affiliate them when the graph knows the organization).
	 */
	Set<String> nameKeys() {
		Set<String> keys = this.names.values()
			.stream()
			.flatMap(n -> Stream.of(Stream.of(n.name()), n.aliases().stream(), PersonNames.variants(n.name()).stream(),
					CommitteeNames.variants(n.name()).stream())
				.flatMap(names -> names))
			.map(NameKey::of)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		this.slots.stream()
			.flatMap(List::stream)
			.filter(slot -> signs(slot) && slot.participant().organization() != null)
			.map(slot -> NameKey.of(slot.participant().organization()))
			.filter(key -> !key.isEmpty())
			.forEach(keys::add);
		return keys;
	}

	/**
	 * The participants named by surname only that no name or alias matched (call after {@link #matched}), each as
	 * the lookup of the actors its surname may stand for.
	 */
	List<SurnameQuery> surnameQueries() {
		for (int i = 0; i < this.records.size(); i++) {
			for (Slot slot : this.slots.get(i)) {
				ActorKind kind = surnameOnlyKind(slot);
				if (kind == null) {
					continue;
				}
				String surname = this.names.get(slot).name().strip();
				if (pick(this.matches.get(NameKey.of(surname)), kind) != null) {
					continue;
				}
				List<String> labels = (kind == ActorKind.PERSON) ? List.of(ActorKind.PERSON.label())
						: List.of(ActorKind.OFFICIAL.label(), ActorKind.LAWMAKER.label());
				this.surnameSlots.put(slot, new SurnameQuery(NameKey.of(surname), surname, labels,
						this.letterIds.get(i), link(slot.role()).name()));
			}
		}
		return List.copyOf(new LinkedHashSet<>(this.surnameSlots.values()));
	}

	/** The known actors each surname may stand for. */
	void surnameCandidates(Map<SurnameQuery, List<SurnameCandidate>> candidates) {
		this.surnameCandidates.putAll(candidates);
	}

	/** The known actors each key matched, primary names first. */
	void matched(Map<String, List<Match>> known) {
		this.matches.putAll(known);
	}

	/** Every id the letters name: their sources, programs and participants given by id. */
	Set<String> referencedIds() {
		Set<String> referenced = new LinkedHashSet<>();
		for (int i = 0; i < this.records.size(); i++) {
			LetterRecord record = this.records.get(i);
			referenced.addAll(record.sources());
			record.programs()
				.stream()
				.map(LetterRecord.ProgramAsk::program)
				.filter(Objects::nonNull)
				.forEach(referenced::add);
			this.slots.get(i)
				.stream()
				.map(slot -> slot.participant().id())
				.filter(Objects::nonNull)
				.forEach(referenced::add);
		}
		return referenced;
	}

	/** The ids new names would take (and so their "-2", "-3"), to know which are free. */
	Set<String> newIdPrefixes() {
		Set<String> prefixes = new LinkedHashSet<>();
		this.slots.stream().flatMap(List::stream).forEach(slot -> {
			if (slot.participant().id() == null && this.names.containsKey(slot)
					&& !this.surnameSlots.containsKey(slot)) {
				ActorKind kind = declaredKind(slot, new ArrayList<>());
				String name = this.names.get(slot).name();
				if (kind != null && pick(this.matches.get(NameKey.of(name)), kind) == null
						&& byVariant(name, kind) == null) {
					prefixes.add(kind.idPrefix() + ":" + Slugs.of(name));
				}
			}
		});
		return prefixes;
	}

	/** The label of each id that already names a node. */
	void existing(Map<String, String> labels) {
		this.existing.putAll(labels);
	}

	/**
	 * Decides which actor each participant is, letter by letter: each letter sees what the letters before it in
	 * the batch create and add, as it would after their commit.
	 *
	 * @return the problems found, each naming its letter and field; nothing may be written while any stands
	 */
	List<String> resolve() {
		List<String> problems = new ArrayList<>();
		Map<String, String> firstKeys = new HashMap<>();
		for (int i = 0; i < this.records.size(); i++) {
			LetterRecord record = this.records.get(i);
			List<String> own = new ArrayList<>(RecordChecks.references(record, this.existing));
			List<String> notes = new ArrayList<>();
			this.warnings.add(notes);
			this.proposedPrograms.add(proposedPrograms(record, notes));
			Resolution resolution = resolve(this.slots.get(i), record.sources(), own, notes);
			problems.addAll(inLetter(this.records, i, own));
			this.resolutions.add(resolution);
			for (Resolution.ActorRow row : resolution.rows()) {
				boolean created = this.existing.putIfAbsent(row.id(), row.kind().label()) == null;
				if (created && !row.keys().isEmpty()) {
					firstKeys.put(row.id(), row.keys().iterator().next());
				}
				for (String key : row.keys()) {
					List<Match> known = this.matches.computeIfAbsent(key, k -> new ArrayList<>());
					if (known.stream().noneMatch(m -> m.id().equals(row.id()))) {
						known.add(new Match(key, row.id(), row.kind().label(), key.equals(firstKeys.get(row.id()))));
						known.sort(Comparator.comparing(Match::primary).reversed().thenComparing(Match::id));
					}
				}
			}
		}
		return problems;
	}

	List<Resolution> resolutions() {
		return this.resolutions;
	}

	/** The actors each letter creates, with that letter's sources, for the review of near names. */
	List<ReviewCandidates.NewActors> newActors() {
		return IntStream.range(0, this.records.size())
			.mapToObj(i -> new ReviewCandidates.NewActors(this.resolutions.get(i).createdActors(),
					this.records.get(i).sources()))
			.toList();
	}

	int participants() {
		return this.slots.stream().mapToInt(List::size).sum();
	}

	List<LetterFacts> letters() {
		List<LetterFacts> letters = new ArrayList<>();
		for (int i = 0; i < this.records.size(); i++) {
			LetterRecord r = this.records.get(i);
			List<NameQuestion> unnamed = this.resolutions.get(i).unnamed();
			Unnamed byRole = new Unnamed(written(unnamed, "ADDRESSEE"), written(unnamed, "CC"),
					unnamed.stream()
						.filter(q -> !q.role().equals("ADDRESSEE") && !q.role().equals("CC"))
						.map(NameQuestion::written)
						.toList());
			letters.add(new LetterFacts(this.letterIds.get(i), r.title(), Boolean.TRUE.equals(r.titleIsDescriptive()),
					r.date(), r.asks(), r.reportedSignerCount(), r.reportedSignerCountQualifier(), r.sources(),
					byRole, this.proposedPrograms.get(i).stream().map(ProposedProgram::program).toList()));
		}
		return letters;
	}

	/** Every edge of the letters, by type, in the letters' order. */
	Map<Link, List<Edge>> edges() {
		Map<Link, List<Edge>> edges = new EnumMap<>(Link.class);
		for (Link type : Link.values()) {
			edges.put(type, new ArrayList<>());
		}
		for (int i = 0; i < this.records.size(); i++) {
			Set<String> proposed = this.proposedPrograms.get(i)
				.stream()
				.map(ProposedProgram::program)
				.collect(Collectors.toSet());
			edges(this.records.get(i), this.letterIds.get(i), this.slots.get(i), this.resolutions.get(i), proposed,
					edges);
		}
		return edges;
	}

	/**
	 * AFFILIATED_WITH from each individual signer to the organization it signs for, with its title, when the graph
	 * knows the organization or one of the letters creates it; an organization known by name only stays the
	 * signature's {@code organization}. Call after {@link #resolve}.
	 */
	List<Edge> affiliations() {
		List<Edge> affiliations = new ArrayList<>();
		for (int i = 0; i < this.records.size(); i++) {
			for (Slot slot : this.slots.get(i)) {
				Participant p = slot.participant();
				String actorId = this.resolutions.get(i).idOf(slot);
				if (!signs(slot) || p.organization() == null || actorId == null
						|| !ActorKind.PERSON.label().equals(this.existing.get(actorId))) {
					continue;
				}
				Match organization = pick(this.matches.get(NameKey.of(p.organization())), ActorKind.ORGANIZATION);
				if (organization != null) {
					Map<String, Object> properties = new LinkedHashMap<>();
					properties.put("title", p.title());
					affiliations.add(new Edge(actorId, organization.id(), properties,
							p.sources().isEmpty() ? this.records.get(i).sources() : p.sources()));
				}
			}
		}
		return affiliations;
	}

	/** What writing each letter did, in the order given. */
	List<WriteResult> results(List<List<Proposal>> proposals) {
		List<WriteResult> results = new ArrayList<>();
		for (int i = 0; i < this.records.size(); i++) {
			Resolution resolution = this.resolutions.get(i);
			results.add(new WriteResult(this.letterIds.get(i), resolution.created(), resolution.matched(),
					proposals.get(i), resolution.unnamed(), this.proposedPrograms.get(i), this.warnings.get(i)));
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

	/** The edges of one letter, added to those of the batch by type. */
	private static void edges(LetterRecord record, String letterId, List<Slot> slots, Resolution resolution,
			Set<String> proposedPrograms, Map<Link, List<Edge>> edges) {
		for (Slot slot : slots) {
			String actorId = resolution.idOf(slot);
			if (actorId == null) {
				continue; // named by surname only and not told apart: a question on the letter, not an edge
			}
			List<String> sources = slot.participant().sources().isEmpty() ? record.sources()
					: slot.participant().sources();
			Map<String, Object> properties = new LinkedHashMap<>();
			switch (slot.role()) {
				case "LEAD", "SIGNER" -> {
					properties.put("role", slot.role());
					properties.put("position", slot.position());
					properties.put("title", slot.participant().title());
					properties.put("organization", slot.participant().organization());
					properties.put("location", slot.participant().location());
					edges.get(Link.SIGNED).add(new Edge(actorId, letterId, properties, sources));
				}
				case "ENDORSER" -> edges.get(Link.ENDORSED).add(new Edge(actorId, letterId, properties, sources));
				case "ADDRESSEE", "CC" -> {
					properties.put("position", slot.position());
					properties.put("title", slot.participant().title());
					properties.put("organization", slot.participant().organization());
					edges.get(slot.role().equals("CC") ? Link.CC : Link.ADDRESSED_TO)
						.add(new Edge(letterId, actorId, properties, sources));
				}
				default -> throw new IllegalStateException(slot.role());
			}
		}
		record.programs()
			.stream()
			.filter(p -> !proposedPrograms.contains(p.program()))
			.forEach(p -> edges.get(Link.CONCERNS)
				.add(new Edge(letterId, p.program(), Map.of(),
						p.sources().isEmpty() ? record.sources() : p.sources(), askOf(p))));
		Map<String, LetterRecord.Report> reports = new LinkedHashMap<>();
		record.reports().forEach(r -> reports.put(r.source(), r));
		for (String sourceId : record.sources()) {
			LetterRecord.Report report = reports.get(sourceId);
			Map<String, Object> properties = new LinkedHashMap<>();
			if (report != null) {
				properties.put("signerCount", report.signerCount());
				properties.put("signerCountQualifier", report.signerCountQualifier());
			}
			edges.get(Link.REPORTED_IN).add(new Edge(letterId, sourceId, properties, List.of(sourceId)));
		}
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

	private Resolution resolve(List<Slot> letterSlots, List<String> letterSources, List<String> problems,
			List<String> warnings) {
		Resolution resolution = new Resolution(this.existing, letterSources);
		for (Slot slot : letterSlots) {
			Participant p = slot.participant();
			SignatoryName name = this.names.get(slot);
			ActorKind kind = kindOf(slot, problems);
			if (kind == null) {
				continue;
			}
			if (this.surnameSlots.containsKey(slot)) {
				bySurname(slot, name.name().strip(), resolution, warnings);
				continue;
			}
			List<String> aliases = new ArrayList<>(p.aliases());
			if (name != null) {
				name.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
			}
			if (p.id() != null && name == null && !this.existing.containsKey(p.id())) {
				problems.add(slot.field() + "[" + slot.index() + "].id: no actor '" + p.id()
						+ "' in the graph; give a name as well to create it.");
				continue;
			}
			if (p.id() != null) {
				resolution.byId(slot, p.id(), kind, (name != null) ? name.name() : null, aliases);
				continue;
			}
			String key = NameKey.of(name.name());
			Match match = pick(this.matches.get(key), kind);
			Match plain = (match == null) ? byVariant(name.name(), kind) : null;
			if (match != null) {
				resolution.matched(slot, name.name(), match, match.primary() ? "NAME" : "ALIAS", aliases);
			}
			else if (plain != null) {
				resolution.matched(slot, name.name(), plain, "NAME_VARIANT", aliases);
			}
			else {
				resolution.create(slot, name.name(), key, kind, aliases);
			}
		}
		return resolution;
	}

	/**
	 * A participant named by surname only: the one known actor whose title or office fits the letter's title (or
	 * the one the letter already names in this role), or else a question to a person, with the candidates.
	 */
	private void bySurname(Slot slot, String surname, Resolution resolution, List<String> warnings) {
		SurnameQuery query = this.surnameSlots.get(slot);
		List<SurnameCandidate> all = this.surnameCandidates.getOrDefault(query, List.of());
		String title = slot.participant().title();
		boolean titled = Titles.isTitle(title);
		List<SurnameCandidate> onLetter = all.stream()
			.filter(SurnameCandidate::onLetter)
			.filter(c -> !titled || Titles.fits(title, c))
			.toList();
		List<SurnameCandidate> fitting = titled ? all.stream().filter(c -> Titles.fits(title, c)).toList() : List.of();
		if (onLetter.size() == 1 || fitting.size() == 1) {
			SurnameCandidate chosen = (onLetter.size() == 1) ? onLetter.get(0) : fitting.get(0);
			resolution.matched(slot, surname, new Match(query.key(), chosen.id(), chosen.label(), false),
					(onLetter.size() == 1) ? "SURNAME_ON_LETTER" : "SURNAME_AND_TITLE", List.of());
			return;
		}
		List<SurnameCandidate> shown = fitting.isEmpty() ? all : fitting;
		NameQuestion question = new NameQuestion(slot.role(), slot.field() + "[" + slot.index() + "]",
				titled ? title.strip() : null, surname,
				shown.stream().map(c -> new NameCandidate(c.id(), c.name(), c.titles())).toList());
		resolution.unnamed(question);
		String who = slot.role().equals("ADDRESSEE") ? "addressee" : slot.role().equals("CC") ? "cc" : "signer";
		String why;
		if (fitting.size() > 1) {
			why = fitting.size() + " actors in the graph fit that surname and title ("
					+ fitting.stream().map(SurnameCandidate::name).collect(Collectors.joining(", ")) + ")";
		}
		else if (!titled && !all.isEmpty()) {
			why = "the letter gives no title to tell " + all.size() + " known actor" + ((all.size() == 1) ? "" : "s")
					+ " of that surname by";
		}
		else {
			why = "no official, lawmaker or person of that surname" + (titled ? " and title" : "") + " is in the graph";
		}
		warnings.add(question.field() + ": '" + question.written() + "' is named by surname only and " + why
				+ "; the letter is written without this " + who + ". Give the full name (see needsName) and ingest "
				+ "the letter again to add it.");
	}

	/** The programs a letter names that the graph does not hold: proposed for a person, not created. */
	private List<ProposedProgram> proposedPrograms(LetterRecord record, List<String> warnings) {
		List<ProposedProgram> proposed = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (LetterRecord.ProgramAsk ask : record.programs()) {
			String program = ask.program();
			if (program != null && !this.existing.containsKey(program) && seen.add(program)) {
				proposed.add(new ProposedProgram(program, ask.ask()));
				warnings.add("programs: " + program + " is not in the graph, so the letter is written without it. "
						+ "Add the program (README, 'Programs') and ingest the letter again, or correct the id.");
			}
		}
		return proposed;
	}

	/** The unnamed participants of one role, as the letter writes them. */
	private static List<String> written(List<NameQuestion> unnamed, String role) {
		return unnamed.stream().filter(q -> q.role().equals(role)).map(NameQuestion::written).toList();
	}

	/** The edge a participant of this role has on its letter. */
	private static Link link(String role) {
		return switch (role) {
			case "LEAD", "SIGNER" -> Link.SIGNED;
			case "ENDORSER" -> Link.ENDORSED;
			case "ADDRESSEE" -> Link.ADDRESSED_TO;
			case "CC" -> Link.CC;
			default -> throw new IllegalStateException(role);
		};
	}

	private static boolean signs(Slot slot) {
		return slot.role().equals("LEAD") || slot.role().equals("SIGNER") || slot.role().equals("ENDORSER");
	}

	/**
	 * The kind of a participant named by one word only, when that word is a person's surname (an official,
	 * lawmaker or person given by name, not id); null for everyone else, organizations with one-word names
	 * included.
	 */
	private ActorKind surnameOnlyKind(Slot slot) {
		Participant p = slot.participant();
		SignatoryName name = this.names.get(slot);
		if (p.id() != null || name == null || name.name() == null) {
			return null;
		}
		String written = name.name().strip();
		if (written.isEmpty() || written.codePoints().anyMatch(Character::isWhitespace)
				|| NameKey.of(written).isEmpty()) {
			return null;
		}
		ActorKind kind = declaredKind(slot, new ArrayList<>());
		return (kind == ActorKind.OFFICIAL || kind == ActorKind.LAWMAKER || kind == ActorKind.PERSON) ? kind : null;
	}

	/**
	 * An actor the graph knows by another wording of the name a letter writes: a person with middle initials, a
	 * suffix or the short form of a given name ("Joseph R. Biden, Jr." is Joe Biden), a committee "on" its subject
	 * or named after it ("House Committee on Homeland Security" is the House Homeland Security Committee).
	 */
	private Match byVariant(String name, ActorKind kind) {
		List<String> variants = (kind == ActorKind.ORGANIZATION) ? CommitteeNames.variants(name)
				: PersonNames.variants(name);
		for (String variant : variants) {
			Match match = pick(this.matches.get(NameKey.of(variant)), kind);
			if (match != null) {
				return match;
			}
		}
		return null;
	}

	private static Match pick(List<Match> candidates, ActorKind kind) {
		if (candidates == null) {
			return null;
		}
		return candidates.stream().filter(m -> kind.label().equals(m.label())).findFirst().orElse(null);
	}

	private ActorKind kindOf(Slot slot, List<String> problems) {
		Participant p = slot.participant();
		String where = slot.field() + "[" + slot.index() + "]";
		if (p.id() != null && this.existing.containsKey(p.id())) {
			String label = this.existing.get(p.id());
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

	/** The ask a letter makes of a program, as first said: a later document does not overwrite it. */
	private static Map<String, Object> askOf(LetterRecord.ProgramAsk program) {
		return (program.ask() != null && !program.ask().isBlank()) ? Map.of("ask", program.ask()) : Map.of();
	}
}
