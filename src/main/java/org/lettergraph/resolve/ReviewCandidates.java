package org.lettergraph.resolve;

import java.util.ArrayList;
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

	/** An actor the letter created. */
	public record NewActor(String id, String label, String name) {
	}

	/** A pair proposed for review, by id and name. */
	public record Proposal(String actorId, String actorName, String candidateId, String candidateName, double score,
			String reason) {
	}

	/** Finds and records the candidates for these new actors; returns what it proposed. */
	public List<Proposal> propose(List<NewActor> created, List<String> sources, Authorship.Stamp stamp) {
		Map<String, Proposal> proposals = new LinkedHashMap<>();
		List<Map<String, Object>> names = new ArrayList<>();
		for (NewActor actor : created) {
			String query = fuzzyQuery(actor.name());
			if (!query.isEmpty()) {
				names.add(Map.of("id", actor.id(), "label", actor.label(), "query", query));
			}
		}
		Map<String, NewActor> byId = created.stream()
			.collect(Collectors.toMap(NewActor::id, a -> a, (a, b) -> a, LinkedHashMap::new));
		if (!names.isEmpty()) {
			for (Map<String, Object> row : this.client.query(this.queries.get("review/near-names"))
				.bind(names).to("names")
				.fetch()
				.all()) {
				NewActor actor = byId.get(Rows.string(row, "id"));
				String candidateId = Rows.string(row, "candidateId");
				String candidateName = Rows.string(row, "candidateName");
				Stream.concat(Stream.of(candidateName), Rows.strings(row, "candidateAliases").stream())
					.map(name -> NearMatch.compare(actor.name(), name))
					.flatMap(Optional::stream)
					.max(java.util.Comparator.comparingDouble(NearMatch.Candidate::score))
					.ifPresent(c -> keep(proposals, new Proposal(actor.id(), actor.name(), candidateId, candidateName,
							c.score(), c.reason())));
			}
		}
		// Near names within the letter itself (a name typed twice, differently), compared within the same first word.
		Map<String, List<NewActor>> byFirstWord = created.stream()
			.collect(Collectors.groupingBy(a -> a.label() + " " + NameKey.of(a.name()).split(" ")[0]));
		for (List<NewActor> group : byFirstWord.values()) {
			for (int i = 0; i < group.size(); i++) {
				for (int j = i + 1; j < group.size(); j++) {
					NewActor x = group.get(i);
					NewActor y = group.get(j);
					NearMatch.compare(x.name(), y.name())
						.ifPresent(c -> keep(proposals,
								new Proposal(x.id(), x.name(), y.id(), y.name(), c.score(), c.reason())));
				}
			}
		}
		if (proposals.isEmpty()) {
			return List.of();
		}
		List<Map<String, Object>> pairs = proposals.values()
			.stream()
			.map(p -> Map.<String, Object>of("a", p.actorId(), "b", p.candidateId(), "score", p.score(), "reason",
					p.reason(), "sources", sources))
			.toList();
		Map<String, Object> parameters = new java.util.HashMap<>(stamp.parameters());
		parameters.put("pairs", pairs);
		this.client.query(this.queries.get("review/propose")).bindAll(parameters).run();
		return List.copyOf(proposals.values());
	}

	/** One proposal per pair, whichever way round it was found. */
	private static void keep(Map<String, Proposal> proposals, Proposal proposal) {
		String a = proposal.actorId();
		String b = proposal.candidateId();
		String key = (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
		proposals.merge(key, proposal, (old, now) -> (now.score() > old.score()) ? now : old);
	}

	/** Each word of three or more letters, allowing one or two edits; words are ORed and ranked by Lucene. */
	static String fuzzyQuery(String name) {
		return Stream.of(NameKey.of(name).split(" "))
			.filter(word -> word.length() >= 3 && !STOP_WORDS.contains(word))
			.map(word -> word + "~")
			.collect(Collectors.joining(" OR "));
	}
}
