package org.lettergraph.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lettergraph.actor.ActorKind;
import org.lettergraph.actor.ActorWrites.Appearance;
import org.lettergraph.actor.ActorWrites;
import org.lettergraph.graph.Edge;
import org.lettergraph.graph.GraphWrites;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.ReferenceRecords.ActorRecord;
import org.lettergraph.ingest.record.ReferenceRecords.Link;
import org.lettergraph.ingest.record.ReferenceRecords.ProgramRecord;
import org.lettergraph.ingest.record.ReferenceRecords.SourceRecord;
import org.lettergraph.ingest.record.ReferenceRecords;
import org.lettergraph.names.NameKey;
import org.lettergraph.program.ProgramWrites;
import org.lettergraph.source.Source;
import org.lettergraph.source.SourceWrites;

import org.springframework.stereotype.Component;

/**
 * Writes reference records (sources, programs, actors and their affiliations and appearances) in one transaction.
 * These records are authoritative for the facts they state, so names and facts are set, not only added.
 */
@Component
public class ReferenceWriter {

	private final GraphWrites writes;

	private final SourceWrites sources;

	private final ActorWrites actors;

	private final ProgramWrites programs;

	ReferenceWriter(GraphWrites writes, SourceWrites sources, ActorWrites actors, ProgramWrites programs) {
		this.writes = writes;
		this.sources = sources;
		this.actors = actors;
		this.programs = programs;
	}

	public void write(ReferenceRecords records) {
		List<String> problems = check(records);
		if (!problems.isEmpty()) {
			throw new IngestException(problems);
		}
		this.writes.transaction(stamp -> {
			try {
				writeChecked(records);
			}
			catch (GraphWrites.MissingNodesException ex) {
				throw new IngestException(ex.getMessage());
			}
			return null;
		});
	}

	private void writeChecked(ReferenceRecords records) {
		this.sources.write(records.sources().stream().map(ReferenceWriter::source).toList());
		for (ActorKind kind : ActorKind.values()) {
			this.actors.write(kind, records.actors()
				.stream()
				.filter(a -> kind(a) == kind)
				.map(ReferenceWriter::actorFacts)
				.toList(), true);
		}
		this.programs.write(records.programs()
			.stream()
			.map(p -> new ProgramWrites.ProgramFacts(p.id(), p.name(), p.description(), p.aliases(), p.sources()))
			.toList());

		List<Edge> affiliated = new ArrayList<>();
		List<Edge> offices = new ArrayList<>();
		Map<Appearance, List<Edge>> appearances = new EnumMap<>(Appearance.class);
		for (Appearance appearance : Appearance.values()) {
			appearances.put(appearance, new ArrayList<>());
		}
		for (ActorRecord actor : records.actors()) {
			List<Edge> memberships = (kind(actor) == ActorKind.OFFICIAL) ? offices : affiliated;
			actor.affiliations().forEach(link -> memberships.add(linkEdge(actor.id(), link, actor.sources())));
			actor.statements().forEach(s -> appearances.get(Appearance.STATEMENT_IN).add(appearance(actor.id(), s)));
			actor.mentions().forEach(s -> appearances.get(Appearance.MENTIONED_IN).add(appearance(actor.id(), s)));
			actor.authored().forEach(s -> appearances.get(Appearance.AUTHORED).add(appearance(actor.id(), s)));
		}
		this.actors.affiliations(affiliated);
		this.actors.offices(offices);
		appearances.forEach(this.actors::appearances);
		this.programs.runBy(records.programs()
			.stream()
			.flatMap(p -> p.runBy().stream().map(link -> linkEdge(p.id(), link, p.sources())))
			.toList());
	}

	private static Edge linkEdge(String from, Link link, List<String> fallbackSources) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("title", link.title());
		return new Edge(from, link.target(), properties, link.sources().isEmpty() ? fallbackSources : link.sources());
	}

	/** Appearing in a source is supported by that source itself. */
	private static Edge appearance(String actorId, String sourceId) {
		return new Edge(actorId, sourceId, Map.of(), List.of(sourceId));
	}

	/**
	 * Creates these sources unless they exist (inside the caller's write); an existing source is never changed by a
	 * letter that cites it.
	 */
	void sourcesIfAbsent(List<SourceRecord> sources) {
		List<String> problems = checkSources(sources);
		if (!problems.isEmpty()) {
			throw new IngestException(problems);
		}
		this.sources.createIfAbsent(sources.stream().map(ReferenceWriter::source).toList());
	}

	/** What is wrong with the sources a letter brings along, each problem named by its field. */
	static List<String> checkSources(List<SourceRecord> sources) {
		return check(new ReferenceRecords(sources, List.of(), List.of()));
	}

	private static Source source(SourceRecord s) {
		return new Source(s.id(), s.title(), s.publisher(), s.date(), s.dateNote(), s.kind(), s.author(),
				s.location());
	}

	private static ActorWrites.ActorFacts actorFacts(ActorRecord a) {
		Map<String, Object> facts = new LinkedHashMap<>();
		putIfPresent(facts, "category", a.category());
		putIfPresent(facts, "description", a.description());
		putIfPresent(facts, "bioguideId", a.bioguideId());
		putIfPresent(facts, "party", a.party());
		putIfPresent(facts, "state", a.state());
		putIfPresent(facts, "chamber", a.chamber());
		putIfPresent(facts, "district", a.district());
		putIfPresent(facts, "title", a.title());
		Set<String> keys = new LinkedHashSet<>();
		keys.add(NameKey.of(a.name()));
		a.aliases().forEach(alias -> keys.add(NameKey.of(alias)));
		return new ActorWrites.ActorFacts(a.id(), a.name(), facts, a.aliases(), List.copyOf(keys), a.sources());
	}

	private static void putIfPresent(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	private static ActorKind kind(ActorRecord a) {
		return ActorKind.valueOf(a.kind());
	}

	private static List<String> check(ReferenceRecords records) {
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < records.sources().size(); i++) {
			SourceRecord s = records.sources().get(i);
			require(problems, "sources[" + i + "].id", s.id(), "source:");
			if (s.title() == null || s.title().isBlank()) {
				problems.add("sources[" + i + "].title: a source is cited by its title.");
			}
			if (s.kind() == null || !Set.of("NEWS_ARTICLE", "PRESS_RELEASE", "LETTER", "DATASET").contains(s.kind())) {
				problems.add("sources[" + i + "].kind: must be NEWS_ARTICLE, PRESS_RELEASE, LETTER or DATASET.");
			}
		}
		for (int i = 0; i < records.programs().size(); i++) {
			ProgramRecord p = records.programs().get(i);
			require(problems, "programs[" + i + "].id", p.id(), "program:");
			if (p.name() == null || p.name().isBlank()) {
				problems.add("programs[" + i + "].name: is required.");
			}
		}
		for (int i = 0; i < records.actors().size(); i++) {
			ActorRecord a = records.actors().get(i);
			String field = "actors[" + i + "]";
			ActorKind kind = null;
			try {
				kind = ActorKind.valueOf(String.valueOf(a.kind()));
			}
			catch (IllegalArgumentException ex) {
				problems.add(field + ".kind: must be ORGANIZATION, LAWMAKER, OFFICIAL or PERSON.");
			}
			if (kind != null) {
				require(problems, field + ".id", a.id(), kind.idPrefix() + ":");
			}
			if (a.name() == null || a.name().isBlank()) {
				problems.add(field + ".name: is required.");
			}
			if (a.sources().isEmpty()) {
				problems.add(field + ".sources: name the sources of what is known about " + a.name() + ".");
			}
		}
		return problems;
	}

	private static void require(List<String> problems, String field, String id, String prefix) {
		if (id == null || !id.startsWith(prefix) || id.length() == prefix.length()) {
			problems.add(field + ": must be an id starting with '" + prefix + "', got '" + id + "'.");
		}
	}
}
