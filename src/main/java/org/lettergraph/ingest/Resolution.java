package org.lettergraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lettergraph.actor.ActorKind;
import org.lettergraph.actor.ActorWrites;
import org.lettergraph.ingest.LetterBatch.Slot;
import org.lettergraph.ingest.WriteResult.NameQuestion;
import org.lettergraph.ingest.WriteResult.ResolvedName;
import org.lettergraph.names.NameKey;
import org.lettergraph.names.Slugs;
import org.lettergraph.resolve.ActorResolver.Match;
import org.lettergraph.resolve.ReviewCandidates;

/** Which actor each participant of one letter is, and which actors the letter creates or adds names to. */
final class Resolution {

	private final Map<String, String> existingIds;

	private final List<String> letterSources;

	private final Map<Slot, String> ids = new LinkedHashMap<>();

	private final Map<String, String> newIdByKey = new HashMap<>();

	private final Map<String, ActorRow> rows = new LinkedHashMap<>();

	private final List<ResolvedName> created = new ArrayList<>();

	private final List<ResolvedName> matched = new ArrayList<>();

	private final List<NameQuestion> unnamed = new ArrayList<>();

	Resolution(Map<String, String> existingIds, List<String> letterSources) {
		this.existingIds = existingIds;
		this.letterSources = letterSources;
	}

	/** An actor to create or to add names and sources to. */
	record ActorRow(String id, ActorKind kind, String name, Set<String> aliases, Set<String> keys,
			Set<String> sources, Map<String, Object> facts) {
	}

	void byId(Slot slot, String id, ActorKind kind, String name, List<String> aliases) {
		this.ids.put(slot, id);
		boolean exists = this.existingIds.containsKey(id);
		row(id, kind, name, slot, aliases, !exists);
		(exists ? this.matched : this.created).add(new ResolvedName((name != null) ? name : id, id, exists ? "ID" : "NEW"));
	}

	void matched(Slot slot, String name, Match match, String how, List<String> aliases) {
		this.ids.put(slot, match.id());
		row(match.id(), kindOf(match.label()), null, slot, aliases, false);
		this.matched.add(new ResolvedName(name, match.id(), how));
	}

	void create(Slot slot, String name, String key, ActorKind kind, List<String> aliases) {
		String id = this.newIdByKey.computeIfAbsent(kind + "|" + key, k -> freeId(kind, name));
		boolean first = !this.rows.containsKey(id);
		this.ids.put(slot, id);
		row(id, kind, name, slot, aliases, true);
		if (first) {
			this.created.add(new ResolvedName(name, id, "NEW"));
		}
	}

	/**
	 * A participant named by surname only whom the graph cannot tell: it gets no actor and no edge, only the
	 * question to a person.
	 */
	void unnamed(NameQuestion question) {
		this.unnamed.add(question);
	}

	List<NameQuestion> unnamed() {
		return List.copyOf(this.unnamed);
	}

	/** The actor a participant went to; null for one named by surname only that the graph cannot tell. */
	String idOf(Slot slot) {
		return this.ids.get(slot);
	}

	List<ResolvedName> created() {
		return List.copyOf(this.created);
	}

	List<ResolvedName> matched() {
		return List.copyOf(this.matched);
	}

	/** The actors this letter creates, for review against those already in the graph. */
	List<ReviewCandidates.NewActor> createdActors() {
		return this.created.stream()
			.map(c -> new ReviewCandidates.NewActor(c.actorId(), this.rows.get(c.actorId()).kind().label(), c.name(),
					List.copyOf(this.rows.get(c.actorId()).aliases())))
			.toList();
	}

	/** The actors this letter creates or adds names and sources to, in the order it first names them. */
	Collection<ActorRow> rows() {
		return this.rows.values();
	}

	/**
	 * Writes the actors of several letters, one statement per kind: rows for the same actor are merged in the
	 * letters' order (aliases, keys and sources unioned, facts of later rows over earlier ones, the first name kept),
	 * which leaves each actor as writing the letters one after another would.
	 */
	static void writeActors(ActorWrites actors, List<Resolution> resolutions) {
		Map<String, ActorRow> merged = new LinkedHashMap<>();
		for (Resolution resolution : resolutions) {
			// Each letter's row on its own, so a batch writes what its letters written one by one would.
			for (ActorRow row : resolution.rows.values().stream().filter(Resolution::establishesSomething).toList()) {
				ActorRow into = merged.computeIfAbsent(row.id(), id -> new ActorRow(id, row.kind(), row.name(),
						new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashMap<>()));
				if (into.name() == null && row.name() != null) {
					into = new ActorRow(into.id(), into.kind(), row.name(), into.aliases(), into.keys(), into.sources(),
							into.facts());
					merged.put(into.id(), into);
				}
				into.aliases().addAll(row.aliases());
				into.keys().addAll(row.keys());
				into.sources().addAll(row.sources());
				into.facts().putAll(row.facts());
			}
		}
		for (ActorKind kind : ActorKind.values()) {
			actors.write(kind, merged.values()
				.stream()
				.filter(row -> row.kind() == kind)
				.map(row -> new ActorWrites.ActorFacts(row.id(), (row.name() != null) ? row.name() : row.id(),
						row.facts(), List.copyOf(row.aliases()), List.copyOf(row.keys()), List.copyOf(row.sources())))
				.toList(), false);
		}
	}

	/**
	 * Whether the row puts anything on the actor's node: a name (a new actor, or a name given with an id), an alias
	 * or a fact. A known actor that merely signs again gets no row: the letter's sources are on its edge, and
	 * {@code actors/sources} reads those too. Otherwise every letter would rewrite the node of each of its signers.
	 */
	private static boolean establishesSomething(ActorRow row) {
		return row.name() != null || !row.aliases().isEmpty() || !row.facts().isEmpty();
	}

	/** @param created whether the letter creates this actor; only then does its title on the letter become its own */
	private void row(String id, ActorKind kind, String name, Slot slot, List<String> aliases, boolean created) {
		ActorRow row = this.rows.computeIfAbsent(id, k -> new ActorRow(id, kind, name, new LinkedHashSet<>(),
				new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashMap<>()));
		if (name != null) {
			row.keys().add(NameKey.of(name));
		}
		aliases.forEach(alias -> {
			row.aliases().add(alias);
			row.keys().add(NameKey.of(alias));
		});
		row.sources().addAll(slot.participant().sources().isEmpty() ? this.letterSources
				: slot.participant().sources());
		if (created && kind == ActorKind.OFFICIAL && slot.participant().title() != null) {
			row.facts().put("title", slot.participant().title());
		}
	}

	private String freeId(ActorKind kind, String name) {
		String base = kind.idPrefix() + ":" + Slugs.of(name);
		String id = base;
		for (int n = 2; this.existingIds.containsKey(id) || this.rows.containsKey(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	private static ActorKind kindOf(String label) {
		for (ActorKind kind : ActorKind.values()) {
			if (kind.label().equals(label)) {
				return kind;
			}
		}
		throw new IllegalStateException("Not an actor label: " + label);
	}
}
