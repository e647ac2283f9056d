package org.lettergraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lettergraph.actor.ActorKind;
import org.lettergraph.ingest.GraphWriter.Edge;
import org.lettergraph.ingest.ReferenceRecords.ActorRecord;
import org.lettergraph.ingest.ReferenceRecords.Link;
import org.lettergraph.ingest.ReferenceRecords.ProgramRecord;
import org.lettergraph.ingest.ReferenceRecords.SourceRecord;
import org.lettergraph.resolve.NameKey;
import org.lettergraph.security.Authorship;
import org.lettergraph.security.Authorship.Stamp;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes reference records (sources, programs, actors and their affiliations and appearances) in one transaction.
 * These records are authoritative for the facts they state, so names and facts are set, not only added.
 */
@Component
public class ReferenceWriter {

	private final GraphWriter graph;

	ReferenceWriter(GraphWriter graph) {
		this.graph = graph;
	}

	@Transactional
	public void write(ReferenceRecords records) {
		List<String> problems = check(records);
		if (!problems.isEmpty()) {
			throw new IngestException(problems);
		}
		Stamp stamp = Authorship.stamp();
		this.graph.nodes("ingest/sources", records.sources().stream().map(ReferenceWriter::sourceRow).toList(), stamp);
		for (ActorKind kind : ActorKind.values()) {
			this.graph.actors(kind.label(), records.actors()
				.stream()
				.filter(a -> kind(a) == kind)
				.map(ReferenceWriter::actorRow)
				.toList(), true, stamp);
		}
		this.graph.nodes("ingest/programs", records.programs().stream().map(ReferenceWriter::programRow).toList(),
				stamp);

		List<Edge> affiliated = new ArrayList<>();
		List<Edge> offices = new ArrayList<>();
		List<Edge> statements = new ArrayList<>();
		List<Edge> mentions = new ArrayList<>();
		List<Edge> authored = new ArrayList<>();
		for (ActorRecord actor : records.actors()) {
			List<Edge> memberships = (kind(actor) == ActorKind.OFFICIAL) ? offices : affiliated;
			actor.affiliations().forEach(link -> memberships.add(linkEdge(actor.id(), link, actor.sources())));
			actor.statements().forEach(source -> statements.add(appearance(actor.id(), source)));
			actor.mentions().forEach(source -> mentions.add(appearance(actor.id(), source)));
			actor.authored().forEach(source -> authored.add(appearance(actor.id(), source)));
		}
		this.graph.link("Actor", "AFFILIATED_WITH", "Organization", affiliated, stamp);
		this.graph.link("Actor", "HOLDS_OFFICE", "Organization", offices, stamp);
		this.graph.link("Actor", "STATEMENT_IN", "Source", statements, stamp);
		this.graph.link("Actor", "MENTIONED_IN", "Source", mentions, stamp);
		this.graph.link("Actor", "AUTHORED", "Source", authored, stamp);
		this.graph.link("Program", "RUN_BY", "Organization", records.programs()
			.stream()
			.flatMap(p -> p.runBy().stream().map(link -> linkEdge(p.id(), link, p.sources())))
			.toList(), stamp);
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

	/** Creates these sources unless they exist; an existing source is never changed by a letter that cites it. */
	void sourcesIfAbsent(List<SourceRecord> sources, Stamp stamp) {
		List<String> problems = checkSources(sources);
		if (!problems.isEmpty()) {
			throw new IngestException(problems);
		}
		this.graph.nodes("ingest/sources-if-absent", sources.stream().map(ReferenceWriter::sourceRow).toList(), stamp);
	}

	/** What is wrong with the sources a letter brings along, each problem named by its field. */
	static List<String> checkSources(List<SourceRecord> sources) {
		return check(new ReferenceRecords(sources, List.of(), List.of()));
	}

	private static Map<String, Object> sourceRow(SourceRecord s) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("title", s.title());
		properties.put("kind", s.kind());
		putIfPresent(properties, "publisher", s.publisher());
		putIfPresent(properties, "date", s.date());
		putIfPresent(properties, "dateNote", s.dateNote());
		putIfPresent(properties, "author", s.author());
		putIfPresent(properties, "location", s.location());
		return Map.of("id", s.id(), "properties", properties);
	}

	private static Map<String, Object> programRow(ProgramRecord p) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("name", p.name());
		putIfPresent(properties, "description", p.description());
		return Map.of("id", p.id(), "properties", properties, "aliases", p.aliases(), "sources", p.sources());
	}

	private static Map<String, Object> actorRow(ActorRecord a) {
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
		return Map.of("id", a.id(), "name", a.name(), "facts", facts, "aliases", a.aliases(), "keys",
				List.copyOf(keys), "sources", a.sources());
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
