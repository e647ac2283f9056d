package org.lettergraph.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lettergraph.actor.Actor;
import org.lettergraph.actor.ActorKind;
import org.lettergraph.graph.Composer;
import org.lettergraph.graph.Fragment;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.Rows;
import org.lettergraph.letter.LetterWhere;
import org.lettergraph.letter.NetworkMeasures;
import org.lettergraph.letter.Role;
import org.lettergraph.network.ActorPath.PathStep;

import org.springframework.stereotype.Repository;

/**
 * The co-signature questions, each one Cypher statement from {@code cypher/queries/network/}. Ids that name nothing
 * are reported as an {@link InvalidArgumentException} where an empty answer would mislead.
 */
@Repository
class CoSignatureQueries {

	/** The roles whose relationships the index holds: every SIGNED and every ENDORSED relationship. */
	private static final Set<Role> INDEXED_ROLES = Set.of(Role.LEAD, Role.SIGNER, Role.ENDORSER);

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

	/**
	 * One shortest path, or null when none is within {@code maxHops}; unknown actors are refused. Through the
	 * default roles (LEAD, SIGNER and ENDORSER: every SIGNED and ENDORSED relationship) the path is found in the
	 * in-memory index when it is current. With the embedded database, while no write has landed since the index was
	 * built, the index's answer is the answer and no statement runs; otherwise one statement reads its steps back and
	 * checks the index against the graph. When the index is not current, and for any other roles, Cypher finds the
	 * path. Either way one of the shortest paths, not always the same one of several.
	 */
	ActorPath shortestPath(String from, String to, int maxHops, Collection<Role> via) {
		if (Set.copyOf(via).equals(INDEXED_ROLES)) {
			Optional<CoSignatureIndex.Chain> chain = this.index.shortestChain(from, to, maxHops);
			if (chain.isPresent() && chain.get().exact()) {
				return chain.get().found() ? path(chain.get().steps()) : null;
			}
			if (chain.isPresent()) {
				ReadBack path = readBack(chain.get(), from, to);
				if (path.current()) {
					return path.path();
				}
				this.index.stale();
			}
		}
		return shortestPathByCypher(from, to, maxHops, via);
	}

	/**
	 * The index's chain read back from the graph: {@code current} is false when the graph has changed since the index
	 * was built (its fingerprint differs, or a node or relationship of the chain is gone); {@code path} is null when
	 * there is none.
	 */
	private record ReadBack(boolean current, ActorPath path) {

		static final ReadBack STALE = new ReadBack(false, null);
	}

	private ReadBack readBack(CoSignatureIndex.Chain chain, String from, String to) {
		if (!chain.found()) {
			Map<String, Object> row = this.rows.one("network/shortest-path-ends", Map.of("from", from, "to", to));
			requireEnds(row, from, to);
			return CoSignatureIndex.fingerprint(row).equals(chain.fingerprint()) ? new ReadBack(true, null)
					: ReadBack.STALE;
		}
		List<String> actors = chain.actorIds();
		List<String> letters = chain.letterIds();
		List<Map<String, Object>> legs = this.rows.list("network/shortest-path-indexed",
				Map.of("actors", actors, "letters", letters));
		if (legs.size() != letters.size() || !CoSignatureIndex.fingerprint(legs.get(0)).equals(chain.fingerprint())) {
			return ReadBack.STALE;
		}
		List<Map<String, Object>> ordered = new ArrayList<>(legs);
		ordered.sort(Comparator.comparingInt(leg -> Rows.integer(leg, "j")));
		List<PathStep> steps = new ArrayList<>();
		Map<String, Object> first = ordered.get(0);
		steps.add(step(actors.get(0), Rows.string(first, "beforeName"), Rows.strings(first, "beforeLabels"), null, null));
		for (int j = 0; j < letters.size(); j++) {
			Map<String, Object> leg = ordered.get(j);
			CoSignatureIndex.Tie reached = CoSignatureIndex.Tie.of((List<?>) leg.get("reached"));
			CoSignatureIndex.Tie left = CoSignatureIndex.Tie.of((List<?>) leg.get("left"));
			if (reached == null || left == null) {
				return ReadBack.STALE;
			}
			steps.add(new PathStep(letters.get(j), Rows.string(leg, "title"), "LETTER", reached.relationship(),
					reached.role()));
			steps.add(step(actors.get(j + 1), Rows.string(leg, "afterName"), Rows.strings(leg, "afterLabels"),
					left.relationship(), left.role()));
		}
		return new ReadBack(true, new ActorPath(steps.size() - 1, steps));
	}

	/** An exact chain's steps as the answer gives them. */
	private static ActorPath path(List<CoSignatureIndex.Step> chain) {
		List<PathStep> steps = chain.stream()
			.map(step -> step(step.id(), step.name(), step.labels(), step.relationship(), step.role()))
			.toList();
		return new ActorPath(steps.size() - 1, steps);
	}

	/**
	 * The same question asked of Cypher alone. Only roles that take one of LEAD and SIGNER without the other need
	 * each SIGNED relationship checked for its role on the way.
	 */
	ActorPath shortestPathByCypher(String from, String to, int maxHops, Collection<Role> via) {
		List<String> types = via.stream().map(CoSignatureQueries::relationshipOf).distinct().toList();
		Fragment roles = (via.contains(Role.LEAD) == via.contains(Role.SIGNER)) ? Fragment.TRUE
				: this.rows.composer()
					.of("network/shortest-path-roles", Map.of("roles", via.stream().map(Role::name).toList()));
		Map<String, Object> row = this.rows.one("network/shortest-path", Map.of("TYPES", Fragment.types(types), "ROLES",
				roles), Map.of("from", from, "to", to, "maxHops", maxHops));
		requireEnds(row, from, to);
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

	/**
	 * The strongest {@code limit} edges of the network and their endpoints, with Jaccard worked out here: counted in
	 * the in-memory index when it is current (one statement finds the window's letters, one loads the actors), else
	 * by Cypher; both give the same answer.
	 */
	Network network(LetterWhere where, int minShared, int limit) {
		return networkByIndex(where, minShared, limit).orElseGet(() -> networkByCypher(where, minShared, limit));
	}

	/** The network counted in the in-memory index; empty when the index is not current. */
	Optional<Network> networkByIndex(LetterWhere where, int minShared, int limit) {
		return fromIndex(where, null, minShared, limit + 1).map(rows -> network(rows.get(0), where, minShared, limit));
	}

	Network networkByCypher(LetterWhere where, int minShared, int limit) {
		return network(networkRowByCypher(where, minShared, limit), where, minShared, limit);
	}

	private Map<String, Object> networkRowByCypher(LetterWhere where, int minShared, int limit) {
		Map<String, Object> parameters = new HashMap<>(where.parameters());
		parameters.put("minShared", minShared);
		// One edge more than asked tells whether the answer is cut short.
		parameters.put("limit", limit + 1);
		return this.rows.one("network/co-signature-network", parameters);
	}

	/**
	 * One network per calendar year from {@code fromYear} to {@code toYear}, oldest first, each of the letters of
	 * its year that match {@code where} (its dates narrowed to the year, so blocs of a year are that year's): counted
	 * in the in-memory index when it is current, else by Cypher in one statement.
	 */
	List<YearNetwork> networkByYear(LetterWhere where, int fromYear, int toYear, int minShared, int limit) {
		return networkByYearByIndex(where, fromYear, toYear, minShared, limit)
			.orElseGet(() -> networkByYearByCypher(where, fromYear, toYear, minShared, limit));
	}

	/** The networks by year counted in the in-memory index; empty when the index is not current. */
	Optional<List<YearNetwork>> networkByYearByIndex(LetterWhere where, int fromYear, int toYear, int minShared,
			int limit) {
		return fromIndex(where, new int[] { fromYear, toYear }, minShared, limit + 1).map(rows -> {
			List<YearNetwork> years = new ArrayList<>();
			for (int year = fromYear; year <= toYear; year++) {
				years.add(new YearNetwork(year, network(rows.get(year - fromYear), ofYear(where, year), minShared, limit)));
			}
			return years;
		});
	}

	List<YearNetwork> networkByYearByCypher(LetterWhere where, int fromYear, int toYear, int minShared, int limit) {
		Map<String, Object> parameters = new HashMap<>(where.parameters());
		parameters.put("fromYear", fromYear);
		parameters.put("toYear", toYear);
		parameters.put("minShared", minShared);
		parameters.put("limit", limit + 1);
		List<YearNetwork> years = new ArrayList<>();
		for (Map<String, Object> row : this.rows.list("network/co-signature-network-by-year", parameters)) {
			int year = Rows.integer(row, "year");
			years.add(new YearNetwork(year, network(row, ofYear(where, year), minShared, limit)));
		}
		return years;
	}

	/** The filter with its dates narrowed to one calendar year. */
	private static LetterWhere ofYear(LetterWhere where, int year) {
		return within(where, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	private static LetterWhere within(LetterWhere where, LocalDate first, LocalDate last) {
		return new LetterWhere(where.addressedTo(), where.concerns(), where.participant(),
				(where.from() != null && where.from().isAfter(first)) ? where.from() : first,
				(where.to() != null && where.to().isBefore(last)) ? where.to() : last);
	}

	/** The letters of a window, each as its id and year, and the graph's fingerprint: one statement. */
	private Map<String, Object> windowLetters(LetterWhere window) {
		Composer composer = this.rows.composer();
		return this.rows.one("network/window-letters",
				Map.of("LETTERS", NetworkMeasures.windowLetters(window, composer)), Map.of());
	}

	/**
	 * Degrees in the co-signature network of a window, counted in the in-memory index (one statement finds the
	 * window's letters and checks the index against the graph): of {@code actorIds}, or of every actor of the window
	 * when that is null; empty when the index is not current.
	 */
	Optional<Map<String, Integer>> degreesByIndex(LetterWhere window, Collection<String> actorIds) {
		Map<String, Object> found = windowLetters(window);
		return this.index.degrees(CoSignatureIndex.fingerprint(found), letterIds(found), actorIds);
	}

	/**
	 * Every pair of the co-signature network of a window that shares at least {@code minShared} letters, in the
	 * order of their ids, counted in the in-memory index (one statement finds the window's letters with the graph's
	 * fingerprint, which the answer carries for the caller's next statement to check); empty when the index is not
	 * current.
	 */
	Optional<CoSignatureIndex.AllPairs> allPairsByIndex(LetterWhere window, int minShared) {
		Map<String, Object> found = windowLetters(window);
		return this.index.allPairs(CoSignatureIndex.fingerprint(found), letterIds(found), minShared);
	}

	private static List<String> letterIds(Map<String, Object> windowLetters) {
		return ((List<?>) windowLetters.get("window")).stream().map(v -> (String) ((List<?>) v).get(0)).toList();
	}

	/**
	 * The network of the window {@code where} (or one per year of {@code years}, from and to), counted in the
	 * co-signature index, as rows shaped like those of the Cypher statements ({@code nodes} with each actor and its
	 * letter count, strongest {@code edges} first); empty when the index is not current. Two statements: the
	 * window's letters with the graph's fingerprint, then the actors of the answer, with the fingerprint again (a
	 * write in between sends the question to Cypher).
	 */
	private Optional<List<Map<String, Object>>> fromIndex(LetterWhere where, int[] years, int minShared, int limit) {
		LetterWhere window = (years != null)
				? within(where, LocalDate.of(years[0], 1, 1), LocalDate.of(years[1], 12, 31)) : where;
		Map<String, Object> found = windowLetters(window);
		List<List<String>> windows = new ArrayList<>();
		int count = (years != null) ? years[1] - years[0] + 1 : 1;
		for (int i = 0; i < count; i++) {
			windows.add(new ArrayList<>());
		}
		for (Object value : (List<?>) found.get("window")) {
			List<?> letter = (List<?>) value;
			int slot = (years != null) ? ((Number) letter.get(1)).intValue() - years[0] : 0;
			windows.get(slot).add((String) letter.get(0));
		}
		Optional<List<CoSignatureIndex.WindowPairs>> counted = this.index
			.windows(CoSignatureIndex.fingerprint(found), windows, minShared, limit);
		if (counted.isEmpty()) {
			return Optional.empty();
		}
		Set<String> ids = new LinkedHashSet<>();
		counted.get().forEach(w -> ids.addAll(w.letterCounts().keySet()));
		Map<String, Object> loaded = this.rows.one("network/co-signers-actors", Map.of("ids", List.copyOf(ids)));
		if (!CoSignatureIndex.fingerprint(loaded).equals(CoSignatureIndex.fingerprint(found))) {
			this.index.stale();
			return Optional.empty();
		}
		Map<String, Map<String, Object>> actors = new HashMap<>();
		((List<?>) loaded.get("found")).forEach(value -> {
			Map<String, Object> actor = Rows.map(value);
			actors.put(Rows.string(actor, "id"), actor);
		});
		if (!actors.keySet().containsAll(ids)) {
			this.index.stale();
			return Optional.empty();
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (CoSignatureIndex.WindowPairs pairs : counted.get()) {
			List<Map<String, Object>> nodes = new ArrayList<>();
			pairs.letterCounts().forEach((id, letters) -> nodes.add(Map.of("actor", actors.get(id), "letterCount", letters)));
			// As the Cypher statements order them: most letters first, then name (none last), then id.
			nodes.sort(Comparator.<Map<String, Object>>comparingInt(n -> -Rows.integer(n, "letterCount"))
				.thenComparing(n -> Rows.string(Rows.map(n.get("actor")), "name"),
						Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(n -> Rows.string(Rows.map(n.get("actor")), "id")));
			List<Map<String, Object>> edges = pairs.pairs()
				.stream()
				.map(p -> Map.<String, Object>of("source", p.source(), "target", p.target(), "weight", p.weight()))
				.toList();
			rows.add(Map.of("nodes", nodes, "edges", edges));
		}
		return Optional.of(rows);
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
		String name = labels.contains("Letter") ? Rows.string(node, "title") : Rows.string(node, "name");
		return step(Rows.string(node, "id"), name, labels, Rows.string(hop, "relationship"), Rows.string(hop, "role"));
	}

	/** A step of a path: a letter, or an actor of the kind its labels say. */
	private static PathStep step(String id, String name, List<String> labels, String relationship, String role) {
		String kind = labels.contains("Letter") ? "LETTER" : actorKind(labels).name();
		return new PathStep(id, name, kind, relationship, role);
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

	private static void requireEnds(Map<String, Object> row, String from, String to) {
		if (!Rows.flag(row, "fromFound")) {
			throw new InvalidArgumentException("from", "no actor has the id '" + from + "'.");
		}
		if (!Rows.flag(row, "toFound")) {
			throw new InvalidArgumentException("to", "no actor has the id '" + to + "'.");
		}
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
