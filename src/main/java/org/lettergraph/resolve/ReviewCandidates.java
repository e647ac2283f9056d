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

import org.lettergraph.graph.CypherQueries;
import org.lettergraph.graph.Rows;
import org.lettergraph.security.Authorship;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * After a letter brings in new actors, looks for existing actors of the same kind with near names and records
 * each likely pair as {@code POSSIBLY_SAME_AS}, for a person to merge or dismiss. Nothing is merged here.
 */
@Component
public class ReviewCandidates {

	private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "of", "in", "on", "at", "to", "a");

	private final Neo4jClient client;

	private final CypherQueries queries;

	public ReviewCandidates(Neo4jClient client, CypherQueries queries) {
		this.client = client;
		this.queries = queries;
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

	/** Finds and records the candidates for these new actors; returns what it proposed. */
	public List<Proposal> propose(List<NewActor> created, List<String> sources, Authorship.Stamp stamp) {
		return proposeAll(List.of(new NewActors(created, sources)), stamp).get(0);
	}

	/**
	 * Finds and records the candidates for the actors several letters of one write created, with two statements
	 * whatever their number: one full-text lookup of near names for all of them (it runs after they are written, so
	 * it also sees those the other letters of the write created) and one that records every pair. A pair of two new
	 * actors is proposed as writing the letters one after another would: from the later letter's actor to the earlier
	 * one's (within one letter, from the earlier name to the later), with the later letter's sources.
	 *
	 * @return per letter, in the order given, the pairs it proposed
	 */
	public List<List<Proposal>> proposeAll(List<NewActors> letters, Authorship.Stamp stamp) {
		Map<String, NewActor> byId = new LinkedHashMap<>();
		Map<String, int[]> order = new HashMap<>();
		for (int i = 0; i < letters.size(); i++) {
			List<NewActor> created = letters.get(i).created();
			for (int j = 0; j < created.size(); j++) {
				byId.putIfAbsent(created.get(j).id(), created.get(j));
				order.putIfAbsent(created.get(j).id(), new int[] { i, j });
			}
		}
		// Pairs by their two ids, with the letter whose write proposes them.
		Map<String, Proposal> proposals = new LinkedHashMap<>();
		Map<String, Integer> letterOf = new HashMap<>();
		List<Map<String, Object>> names = new ArrayList<>();
		for (NewActor actor : byId.values()) {
			String query = fuzzyQuery(actor.name());
			if (!query.isEmpty()) {
				names.add(Map.of("id", actor.id(), "label", actor.label(), "query", query));
			}
		}
		if (!names.isEmpty()) {
			for (Map<String, Object> row : this.client.query(this.queries.get("review/near-names"))
				.bind(names).to("names")
				.fetch()
				.all()) {
				NewActor actor = byId.get(Rows.string(row, "id"));
				String candidateId = Rows.string(row, "candidateId");
				if (byId.containsKey(candidateId)) {
					between(actor, byId.get(candidateId), order, proposals, letterOf);
					continue;
				}
				String candidateName = Rows.string(row, "candidateName");
				best(actor, candidateId, candidateName, Rows.strings(row, "candidateAliases"))
					.ifPresent(p -> keep(proposals, letterOf, p, order.get(actor.id())[0]));
			}
		}
		// Near names within one letter (a name typed twice, differently), compared within the same first word.
		for (NewActors letter : letters) {
			Map<String, List<NewActor>> byFirstWord = letter.created()
				.stream()
				.collect(Collectors.groupingBy(a -> a.label() + " " + NameKey.of(a.name()).split(" ")[0],
						LinkedHashMap::new, Collectors.toList()));
			for (List<NewActor> group : byFirstWord.values()) {
				for (int i = 0; i < group.size(); i++) {
					for (int j = i + 1; j < group.size(); j++) {
						between(group.get(i), group.get(j), order, proposals, letterOf);
					}
				}
			}
		}
		List<List<Proposal>> perLetter = new ArrayList<>();
		letters.forEach(l -> perLetter.add(new ArrayList<>()));
		if (proposals.isEmpty()) {
			return perLetter;
		}
		List<Map<String, Object>> pairs = new ArrayList<>();
		proposals.forEach((key, p) -> {
			int letter = letterOf.get(key);
			perLetter.get(letter).add(p);
			pairs.add(Map.of("a", p.actorId(), "b", p.candidateId(), "score", p.score(), "reason", p.reason(),
					"sources", letters.get(letter).sources()));
		});
		Map<String, Object> parameters = new HashMap<>(stamp.parameters());
		parameters.put("pairs", pairs);
		this.client.query(this.queries.get("review/propose")).bindAll(parameters).run();
		return perLetter.stream().map(List::copyOf).toList();
	}

	/** Two actors of this write: from the later letter's to the earlier's, or within a letter from first to second. */
	private static void between(NewActor x, NewActor y, Map<String, int[]> order, Map<String, Proposal> proposals,
			Map<String, Integer> letterOf) {
		int[] ox = order.get(x.id());
		int[] oy = order.get(y.id());
		boolean xFirst = (ox[0] == oy[0]) ? ox[1] < oy[1] : ox[0] > oy[0];
		NewActor actor = xFirst ? x : y;
		NewActor candidate = xFirst ? y : x;
		best(actor, candidate.id(), candidate.name(), candidate.aliases())
			.ifPresent(p -> keep(proposals, letterOf, p, Math.max(ox[0], oy[0])));
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
	private static void keep(Map<String, Proposal> proposals, Map<String, Integer> letterOf, Proposal proposal,
			int letter) {
		String a = proposal.actorId();
		String b = proposal.candidateId();
		String key = (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
		Proposal old = proposals.get(key);
		if (old == null || proposal.score() > old.score()) {
			proposals.put(key, proposal);
			letterOf.put(key, letter);
		}
	}

	/** Each word of three or more letters, allowing one or two edits; words are ORed and ranked by Lucene. */
	public static String fuzzyQuery(String name) {
		return Stream.of(NameKey.of(name).split(" "))
			.filter(word -> word.length() >= 3 && !STOP_WORDS.contains(word))
			.map(word -> word + "~")
			.collect(Collectors.joining(" OR "));
	}
}
