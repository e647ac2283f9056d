package org.lettergraph.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lettergraph.actor.Actor;
import org.lettergraph.actor.ActorKind;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.Rows;
import org.lettergraph.letter.LetterWhere;
import org.lettergraph.letter.Role;
import org.lettergraph.network.ActorPath.PathStep;

import org.springframework.stereotype.Repository;

/**
 * The co-signature questions, each one Cypher statement from {@code cypher/queries/network/}. Ids that name nothing
 * are reported as an {@link InvalidArgumentException} where an empty answer would mislead.
 */
@Repository
class CoSignatureQueries {

	private final Rows rows;

	private final CoSignatureIndex index;

	CoSignatureQueries(Rows rows, CoSignatureIndex index) {
		this.rows = rows;
		this.index = index;
	}

	/**
	 * From the in-memory index when it is current (counted there; one statement loads the actors and checks the
	 * index against the graph), else from Cypher; both give the same answer, ordered by shared letters, name, id.
	 */
	List<CoSigner> coSigners(String actorId, int minShared, int limit) {
		Optional<CoSignatureIndex.Answer> indexed = this.index.coSigners(actorId, minShared, limit);
		if (indexed.isEmpty()) {
			return coSignersByCypher(actorId, minShared, limit);
		}
		List<CoSignatureIndex.Shared> shared = indexed.get().shared();
		Map<String, Object> row = this.rows.one("network/co-signers-actors",
				Map.of("ids", shared.stream().map(CoSignatureIndex.Shared::actorId).toList()));
		if (!CoSignatureIndex.fingerprint(row).equals(indexed.get().fingerprint())) {
			this.index.stale();
			return coSignersByCypher(actorId, minShared, limit);
		}
		Map<String, Actor> actors = new HashMap<>();
		((List<?>) row.get("found")).forEach(value -> {
			Actor actor = Actor.from(value);
			actors.put(actor.id(), actor);
		});
		return shared.stream()
			.filter(s -> actors.containsKey(s.actorId()))
			.map(s -> new CoSigner(actors.get(s.actorId()), s.letterIds().size(), s.letterIds()))
			.sorted(Comparator.comparingInt(CoSigner::count)
				.reversed()
				.thenComparing(c -> c.actor().name(), Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(c -> c.actor().id()))
			.limit(limit)
			.toList();
	}

	List<CoSigner> coSignersByCypher(String actorId, int minShared, int limit) {
		return this.rows
			.list("network/co-signers", Map.of("actorId", actorId, "minShared", minShared, "limit", limit))
			.stream()
			.map(row -> new CoSigner(Actor.from(row.get("actor")), Rows.integer(row, "count"),
					Rows.strings(row, "letterIds")))
			.toList();
	}

	List<Actor> commonSigners(Collection<String> letterIds) {
		return commonSigners(letterIds, 0, Integer.MAX_VALUE).actors();
	}

	/** The common signers after the first {@code skip}, at most {@code limit}, and how many there are in all. */
	ActorPage commonSigners(Collection<String> letterIds, int skip, int limit) {
		Map<String, Object> row = this.rows.one("network/common-signers",
				Map.of("letterIds", List.copyOf(letterIds), "skip", skip, "limit", limit));
		requireFound("letterIds", row);
		return new ActorPage(actors(row.get("actors")), Rows.integer(row, "total"));
	}

	List<Actor> signedButNot(String signed, String notSigned) {
		return signedButNot(signed, notSigned, 0, Integer.MAX_VALUE).actors();
	}

	/** The outreach list after the first {@code skip}, at most {@code limit}, and how many there are in all. */
	ActorPage signedButNot(String signed, String notSigned, int skip, int limit) {
		Map<String, Object> row = this.rows.one("network/signed-but-not",
				Map.of("signed", signed, "notSigned", notSigned, "skip", skip, "limit", limit));
		requireFound(Rows.strings(row, "missing").contains(signed) ? "signed" : "notSigned", row);
		return new ActorPage(actors(row.get("actors")), Rows.integer(row, "total"));
	}

	/**
	 * How many co-signers {@link #coSigners} has for the actor in all: counted in the in-memory index when it is
	 * current (one statement reads the graph's fingerprint from the count store to check it), else by Cypher.
	 */
	int coSignerCount(String actorId, int minShared) {
		Optional<CoSignatureIndex.Count> indexed = this.index.coSignerCount(actorId, minShared);
		if (indexed.isPresent()) {
			if (CoSignatureIndex.fingerprint(this.rows.one("network/co-signature-fingerprint", Map.of()))
				.equals(indexed.get().fingerprint())) {
				return indexed.get().total();
			}
			this.index.stale();
		}
		return coSignerCountByCypher(actorId, minShared);
	}

	int coSignerCountByCypher(String actorId, int minShared) {
		return Rows.integer(this.rows.one("network/co-signer-count", Map.of("actorId", actorId, "minShared", minShared)),
				"total");
	}

	/** A page of actors and how many the whole list holds. */
	record ActorPage(List<Actor> actors, int total) {
	}

	/** One shortest path, or null when none is within {@code maxHops}; unknown actors are refused. */
	ActorPath shortestPath(String from, String to, int maxHops, Collection<Role> via) {
		List<String> types = via.stream().map(CoSignatureQueries::relationshipOf).distinct().toList();
		Map<String, Object> row = this.rows.oneWithTypes("network/shortest-path", types, Map.of("from", from, "to", to,
				"maxHops", maxHops, "roles", via.stream().map(Role::name).toList()));
		if (!Rows.flag(row, "fromFound")) {
			throw new InvalidArgumentException("from", "no actor has the id '" + from + "'.");
		}
		if (!Rows.flag(row, "toFound")) {
			throw new InvalidArgumentException("to", "no actor has the id '" + to + "'.");
		}
		if (row.get("nodes") == null) {
			return null;
		}
		List<?> nodes = (List<?>) row.get("nodes");
		List<?> hops = (List<?>) row.get("hops");
		List<PathStep> steps = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			steps.add(step(Rows.map(nodes.get(i)), (i > 0) ? Rows.map(hops.get(i - 1)) : Map.of()));
		}
		return new ActorPath(hops.size(), steps);
	}

	/** The strongest {@code limit} edges of the network and their endpoints, with Jaccard worked out here. */
	Network network(LetterWhere where, int minShared, int limit) {
		Map<String, Object> parameters = new HashMap<>(where.parameters());
		parameters.put("minShared", minShared);
		// One edge more than asked tells whether the answer is cut short.
		parameters.put("limit", limit + 1);
		return network(this.rows.one("network/co-signature-network", parameters), where, minShared, limit);
	}

	/**
	 * One network per calendar year from {@code fromYear} to {@code toYear}, oldest first, each of the letters of
	 * its year that match {@code where} (its dates narrowed to the year, so blocs of a year are that year's), in one
	 * statement.
	 */
	List<YearNetwork> networkByYear(LetterWhere where, int fromYear, int toYear, int minShared, int limit) {
		Map<String, Object> parameters = new HashMap<>(where.parameters());
		parameters.put("fromYear", fromYear);
		parameters.put("toYear", toYear);
		parameters.put("minShared", minShared);
		parameters.put("limit", limit + 1);
		List<YearNetwork> years = new ArrayList<>();
		for (Map<String, Object> row : this.rows.list("network/co-signature-network-by-year", parameters)) {
			int year = Rows.integer(row, "year");
			LocalDate first = LocalDate.of(year, 1, 1);
			LocalDate last = LocalDate.of(year, 12, 31);
			LetterWhere ofYear = new LetterWhere(where.addressedTo(), where.concerns(), where.participant(),
					(where.from() != null && where.from().isAfter(first)) ? where.from() : first,
					(where.to() != null && where.to().isBefore(last)) ? where.to() : last);
			years.add(new YearNetwork(year, network(row, ofYear, minShared, limit)));
		}
		return years;
	}

	private static Network network(Map<String, Object> row, LetterWhere where, int minShared, int limit) {
		Map<String, Integer> letterCounts = new HashMap<>();
		List<Network.Node> nodes = new ArrayList<>();
		for (Object value : (List<?>) row.get("nodes")) {
			Map<String, Object> node = Rows.map(value);
			Actor actor = Actor.from(node.get("actor"));
			letterCounts.put(actor.id(), Rows.integer(node, "letterCount"));
			nodes.add(new Network.Node(actor.id(), actor, Rows.integer(node, "letterCount"), null));
		}
		List<Network.Edge> edges = new ArrayList<>();
		for (Object value : (List<?>) row.get("edges")) {
			Map<String, Object> edge = Rows.map(value);
			String source = Rows.string(edge, "source");
			String target = Rows.string(edge, "target");
			int weight = Rows.integer(edge, "weight");
			edges.add(new Network.Edge(source, target, weight,
					jaccard(weight, letterCounts.get(source), letterCounts.get(target)),
					overlap(weight, letterCounts.get(source), letterCounts.get(target))));
		}
		boolean truncated = edges.size() > limit;
		if (truncated) {
			// The extra edge may be a node's only one: keep just the nodes the kept edges use.
			edges = edges.subList(0, limit);
			Set<String> used = new HashSet<>();
			edges.forEach(e -> {
				used.add(e.source());
				used.add(e.target());
			});
			nodes.removeIf(n -> !used.contains(n.id()));
		}
		return new Network(nodes, edges, truncated, where, minShared);
	}

	ActorSummary actorSummary(String id) {
		return this.rows.list("network/actor-summary", Map.of("id", id)).stream().findFirst().map(row -> {
			List<ActorSummary.RoleCount> byRole = ((List<?>) row.get("byRole")).stream()
				.map(Rows::map)
				.map(m -> new ActorSummary.RoleCount(Rows.string(m, "role"), Rows.integer(m, "letters")))
				.sorted(Comparator.comparing(c -> Role.valueOf(c.role())))
				.toList();
			List<ActorSummary.ProgramCount> programs = ((List<?>) row.get("programs")).stream()
				.map(Rows::map)
				.map(m -> new ActorSummary.ProgramCount(Rows.string(m, "programId"), Rows.integer(m, "letters")))
				.toList();
			return new ActorSummary(Actor.from(row.get("actor")), Rows.integer(row, "letters"), byRole,
					Rows.date(row, "firstLetter"), Rows.date(row, "lastLetter"), programs,
					Rows.integer(row, "coSigners"));
		}).orElse(null);
	}

	ProgramSummary programSummary(String id) {
		return this.rows.list("network/program-summary", Map.of("id", id)).stream().findFirst().map(row -> {
			List<ProgramSummary.YearCount> byYear = ((List<?>) row.get("byYear")).stream()
				.map(Rows::map)
				.map(m -> new ProgramSummary.YearCount(Rows.integer(m, "year"), Rows.integer(m, "letters"),
						Rows.integer(m, "signers")))
				.toList();
			return new ProgramSummary(Rows.string(row, "programId"), Rows.integer(row, "letters"),
					Rows.integer(row, "signers"), Rows.date(row, "firstLetter"), Rows.date(row, "lastLetter"), byYear);
		}).orElse(null);
	}

	List<SignerCount> topSigners(TopSignersFilter filter, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("from", filter.from());
		parameters.put("to", filter.to());
		parameters.put("concerns", filter.concerns());
		parameters.put("label", (filter.kind() != null) ? filter.kind().label() : null);
		parameters.put("limit", limit);
		return this.rows.list("network/top-signers", parameters)
			.stream()
			.map(row -> new SignerCount(Actor.from(row.get("actor")), Rows.integer(row, "letters"),
					Rows.integer(row, "leads")))
			.toList();
	}

	/** A letter's signers then endorsers, or null when there is no such letter. */
	List<LetterSigner> letterSigners(String letterId) {
		Map<String, Object> row = this.rows.one("network/letter-signers", Map.of("id", letterId));
		if (!Rows.flag(row, "found")) {
			return null;
		}
		return ((List<?>) row.get("signers")).stream()
			.map(Rows::map)
			.map(m -> new LetterSigner(Actor.from(m.get("actor")), Rows.string(m, "role"), Rows.integer(m, "position"),
					Rows.strings(m, "sources")))
			.toList();
	}

	/** The filters of {@code topSigners}; every one optional. */
	record TopSignersFilter(LocalDate from, LocalDate to, String concerns, ActorKind kind) {
	}

	/** Shared letters over the letters of the one of the two with fewer: 1 when one signed all the other did. */
	static double overlap(int shared, int lettersOfOne, int lettersOfOther) {
		int fewer = Math.min(lettersOfOne, lettersOfOther);
		return (fewer > 0) ? (double) shared / fewer : 0.0;
	}

	static double jaccard(int shared, int lettersOfOne, int lettersOfOther) {
		int union = lettersOfOne + lettersOfOther - shared;
		return (union > 0) ? (double) shared / union : 0.0;
	}

	private static PathStep step(Map<String, Object> node, Map<String, Object> hop) {
		List<String> labels = Rows.strings(node, "labels");
		String kind = labels.contains("Letter") ? "LETTER" : actorKind(labels).name();
		String name = labels.contains("Letter") ? Rows.string(node, "title") : Rows.string(node, "name");
		return new PathStep(Rows.string(node, "id"), name, kind, Rows.string(hop, "relationship"),
				Rows.string(hop, "role"));
	}

	/** The relationship that carries a role: LEAD and SIGNER are SIGNED edges, and so on. */
	private static String relationshipOf(Role role) {
		return switch (role) {
			case LEAD, SIGNER -> "SIGNED";
			case ENDORSER -> "ENDORSED";
			case ADDRESSEE -> "ADDRESSED_TO";
			case CC -> "CC";
		};
	}

	private static ActorKind actorKind(List<String> labels) {
		for (ActorKind kind : ActorKind.values()) {
			if (labels.contains(kind.label())) {
				return kind;
			}
		}
		throw new IllegalStateException("A path node that is neither a letter nor an actor: " + labels);
	}

	private static void requireFound(String argument, Map<String, Object> row) {
		List<String> missing = Rows.strings(row, "missing");
		if (!missing.isEmpty()) {
			throw new InvalidArgumentException(argument, "no letter has the id '" + String.join("', '", missing)
					+ "'.");
		}
	}

	private static List<Actor> actors(Object values) {
		return ((List<?>) values).stream().map(Actor::from).toList();
	}
}
