package org.lettergraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.lettergraph.graph.GraphWrites;
import org.lettergraph.graph.Rows;
import org.lettergraph.names.NameKey;

import org.springframework.stereotype.Component;

/**
 * After a letter brings in new actors, looks for existing actors of the same kind with near names and records
 * each likely pair as {@code POSSIBLY_SAME_AS}, for a person to merge or dismiss. Nothing is merged here.
 */
@Component
public class ReviewCandidates {

	private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "of", "in", "on", "at", "to", "a");

	private final Rows rows;

	private final GraphWrites writes;

	ReviewCandidates(Rows rows, GraphWrites writes) {
		this.rows = rows;
		this.writes = writes;
	}

	/** An actor the letter created, with the aliases it was given. */
	public record NewActor(String id, String label, String name, List<String> aliases) {

		public NewActor {
			aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		}
	}

	/** The actors one letter of a write created, and that letter's sources (which back its proposals). */
	public record NewActors(List<NewActor> created, List<String> sources) {
	}

	/** A pair proposed for review, by id and name. */
	public record Proposal(String actorId, String actorName, String candidateId, String candidateName, double score,
			String reason) {
	}

	/** Pairs found for one write, not yet recorded: by their two ids, with the letter that proposes each. */
	public static final class Found {

		private final List<NewActors> letters;

		private final Map<String, Proposal> proposals = new LinkedHashMap<>();

		private final Map<String, Integer> letterOf = new HashMap<>();

		private Found(List<NewActors> letters) {
			this.letters = letters;
		}
	}

	/**
	 * The near names of the actors several letters of one write will create, found before they are written (so the
	 * full-text index is read as committed, without this write's own changes): one full-text lookup for all of them
	 * against the actors already in the graph, and, in memory, the pairs among themselves. A pair of two new actors
	 * is proposed as writing the letters one after another would: from the later letter's actor to the earlier
	 * one's (within one letter, from the earlier name to the later), with the later letter's sources.
	 */
	public Found find(List<NewActors> letters) {
		Found found = new Found(letters);
		Map<String, NewActor> byId = new LinkedHashMap<>();
		Map<String, int[]> order = new HashMap<>();
		for (int i = 0; i < letters.size(); i++) {
			List<NewActor> created = letters.get(i).created();
			for (int j = 0; j < created.size(); j++) {
				byId.putIfAbsent(created.get(j).id(), created.get(j));
				order.putIfAbsent(created.get(j).id(), new int[] { i, j });
			}
		}
		List<Map<String, Object>> names = new ArrayList<>();
		for (NewActor actor : byId.values()) {
			String query = fuzzyQuery(actor.name());
			if (!query.isEmpty()) {
				names.add(Map.of("id", actor.id(), "label", actor.label(), "query", query));
			}
		}
		if (!names.isEmpty()) {
			for (Map<String, Object> row : this.rows.list("review/near-names", Map.of("names", names))) {
				NewActor actor = byId.get(Rows.string(row, "id"));
				String candidateId = Rows.string(row, "candidateId");
				if (byId.containsKey(candidateId)) {
					continue; // an id this write takes over again; compared below as one of its new actors
				}
				best(actor, candidateId, Rows.string(row, "candidateName"), Rows.strings(row, "candidateAliases"))
					.ifPresent(p -> keep(found, p, order.get(actor.id())[0]));
			}
		}
		// The new actors among themselves, same kind, compared when two of their words start alike.
		Set<String> compared = new java.util.HashSet<>();
		Map<String, List<NewActor>> byPrefix = new LinkedHashMap<>();
		for (NewActor actor : byId.values()) {
			for (String word : NameKey.of(actor.name()).split(" ")) {
				if (!word.isEmpty()) {
					String block = actor.label() + " " + word.substring(0, Math.min(3, word.length()));
					List<NewActor> others = byPrefix.computeIfAbsent(block, k -> new ArrayList<>());
					for (NewActor other : others) {
						String pair = (other.id().compareTo(actor.id()) < 0) ? other.id() + "|" + actor.id()
								: actor.id() + "|" + other.id();
						if (compared.add(pair)) {
							between(other, actor, order, found);
						}
					}
					if (others.isEmpty() || others.get(others.size() - 1) != actor) {
						others.add(actor);
					}
				}
			}
		}
		return found;
	}

	/** Records the pairs found, once the actors they name are written; returns them per letter. */
	public List<List<Proposal>> record(Found found) {
		List<List<Proposal>> perLetter = new ArrayList<>();
		found.letters.forEach(l -> perLetter.add(new ArrayList<>()));
		if (found.proposals.isEmpty()) {
			return perLetter;
		}
		List<Map<String, Object>> pairs = new ArrayList<>();
		found.proposals.forEach((key, p) -> {
			int letter = found.letterOf.get(key);
			perLetter.get(letter).add(p);
			pairs.add(Map.of("a", p.actorId(), "b", p.candidateId(), "score", p.score(), "reason", p.reason(),
					"sources", found.letters.get(letter).sources()));
		});
		this.writes.update("review/propose", Map.of("pairs", pairs));
		return perLetter.stream().map(List::copyOf).toList();
	}

	/** Two actors of this write: from the later letter's to the earlier's, or within a letter from first to second. */
	private static void between(NewActor x, NewActor y, Map<String, int[]> order, Found found) {
		int[] ox = order.get(x.id());
		int[] oy = order.get(y.id());
		boolean xFirst = (ox[0] == oy[0]) ? ox[1] < oy[1] : ox[0] > oy[0];
		NewActor actor = xFirst ? x : y;
		NewActor candidate = xFirst ? y : x;
		best(actor, candidate.id(), candidate.name(), candidate.aliases())
			.ifPresent(p -> keep(found, p, Math.max(ox[0], oy[0])));
	}

	/** The best of the candidate's names against the new actor's name, if any comes near enough. */
	private static Optional<Proposal> best(NewActor actor, String candidateId, String candidateName,
			List<String> candidateAliases) {
		return Stream.concat(Stream.of(candidateName), candidateAliases.stream())
			.map(name -> NearMatch.compare(actor.name(), name))
			.flatMap(Optional::stream)
			.max(java.util.Comparator.comparingDouble(NearMatch.Candidate::score))
			.map(c -> new Proposal(actor.id(), actor.name(), candidateId, candidateName, c.score(), c.reason()));
	}

	/** One proposal per pair, whichever way round it was found; the higher score wins. */
	private static void keep(Found found, Proposal proposal, int letter) {
		String a = proposal.actorId();
		String b = proposal.candidateId();
		String key = (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
		Proposal old = found.proposals.get(key);
		if (old == null || proposal.score() > old.score()) {
			found.proposals.put(key, proposal);
			found.letterOf.put(key, letter);
		}
	}

	/**
	 * Each word of three or more letters, allowing one edit, or two in words of eight letters or more; words are
	 * ORed and ranked by Lucene. Two edits in a shorter word put it below {@link NearMatch#THRESHOLD} anyway, and
	 * their automata cost most of the search.
	 */
	public static String fuzzyQuery(String name) {
		return Stream.of(NameKey.of(name).split(" "))
			.filter(word -> word.length() >= 3 && !STOP_WORDS.contains(word))
			.map(word -> word + ((word.length() >= 8) ? "~2" : "~1"))
			.collect(Collectors.joining(" OR "));
	}
}
