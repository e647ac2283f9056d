package org.lettergraph.network;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.lettergraph.actor.Actor;
import org.lettergraph.generate.Corpus;
import org.lettergraph.graph.Rows;
import org.lettergraph.generate.CorpusFiles;
import org.lettergraph.generate.CorpusGenerator;
import org.lettergraph.generate.CorpusLoader;
import org.lettergraph.generate.CorpusSpec;
import org.lettergraph.ingest.LetterWriter;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.letter.LetterWhere;
import org.lettergraph.letter.Role;
import org.lettergraph.support.FixtureGraphTestSupport;
import org.neo4j.gds.core.loading.GraphStoreCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory co-signature index gives exactly the answers of the Cypher query, on a generated corpus loaded
 * from files through the write path, and stops being used the moment the graph changes.
 */
@FixtureGraphTestSupport
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoSignatureIndexTest {

	@Autowired
	Neo4jClient client;

	@Autowired
	CorpusLoader loader;

	@Autowired
	CoSignatureIndex index;

	@Autowired
	CoSignatureQueries queries;

	@Autowired
	LetterWriter writer;

	@Autowired
	ActorMeasures measures;

	@Autowired
	Communities communities;

	@Autowired
	Rows rows;

	@Autowired
	TransactionTemplate transactions;

	Corpus corpus;

	@BeforeAll
	void load(@TempDir Path dir) {
		this.client.query("MATCH (n) WHERE n:Actor OR n:Letter OR n:Program OR n:Source DETACH DELETE n").run();
		this.corpus = CorpusGenerator.generate(new CorpusSpec(120, 300, 11));
		CorpusFiles.write(this.corpus, dir);
		// Loading needs an editor, as the load-corpus command does.
		CorpusLoader.LoadResult result = org.lettergraph.security.Authorship.as("index-tester",
				() -> this.loader.load(dir, 25));
		assertThat(result.letters()).isEqualTo(120);
		assertThat(result.signatures()).isEqualTo(this.corpus.signatures());
		assertThat(this.index.rebuild()).isPositive();
	}

	@Test
	void theIndexAnswersAsCypherDoesForHubsTailsAndTies() {
		assertThat(this.index.isCurrent()).isTrue();
		List<String> actors = this.corpus.reference().actors().stream().map(a -> a.id()).toList();
		for (String actor : List.of(actors.get(0), actors.get(1), actors.get(40), actors.get(299), actors.get(310),
				"org:nobody")) {
			for (int[] args : new int[][] { { 1, 20 }, { 1, 100 }, { 2, 5 }, { 3, 1 } }) {
				assertThat(this.queries.coSigners(actor, args[0], args[1]))
					.as("%s minShared %d first %d", actor, args[0], args[1])
					.isEqualTo(this.queries.coSignersByCypher(actor, args[0], args[1]));
			}
			for (int minShared : new int[] { 1, 2, 3 }) {
				assertThat(this.queries.coSignerCount(actor, minShared)).as("%s: co-signers sharing %d", actor, minShared)
					.isEqualTo(this.queries.coSignerCountByCypher(actor, minShared));
			}
		}
		assertThat(this.queries.coSignerCount(this.corpus.hub(), 1)).isGreaterThan(50);
		assertThat(this.queries.coSigners(this.corpus.hub(), 1, 50)).hasSize(50);
	}

	/**
	 * The corpus's years, in order, but for the year of its biggest letter and the years next to it: Cypher alone
	 * pairs every two signers of a window's letters, and that letter's pairs take it past the request timeout on a
	 * busy machine.
	 */
	private List<Integer> yearsAwayFromTheBigLetter() {
		int bigYear = this.corpus.letters()
			.stream()
			.filter(l -> this.corpus.bigLetter().equals(l.id()))
			.findFirst()
			.orElseThrow()
			.date()
			.getYear();
		return this.corpus.letters()
			.stream()
			.map(l -> l.date().getYear())
			.filter(y -> Math.abs(y - bigYear) > 1)
			.distinct()
			.sorted()
			.toList();
	}

	@Test
	void theNetworksCountedInTheIndexAreThoseOfCypher() {
		this.index.rebuild();
		List<Integer> years = yearsAwayFromTheBigLetter();
		int firstYear = years.get(0);
		int secondYear = years.get(years.size() / 2);
		String program = this.corpus.reference().programs().get(0).id();
		LocalDate from = LocalDate.of(firstYear, 1, 1);
		LocalDate to = LocalDate.of(firstYear, 12, 31);
		List<LetterWhere> windows = List.of(new LetterWhere(null, null, null, from, to),
				new LetterWhere(null, null, null, LocalDate.of(secondYear, 3, 1), LocalDate.of(secondYear, 10, 31)),
				new LetterWhere(null, program, null, from, to),
				new LetterWhere(null, null, this.corpus.hub(), LocalDate.of(secondYear, 1, 1),
						LocalDate.of(secondYear, 12, 31)),
				new LetterWhere(null, null, null, LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31)));
		for (LetterWhere where : windows) {
			for (int[] args : new int[][] { { 1, 10 }, { 1, 5000 }, { 2, 7 }, { 3, 1000 }, { 50, 10 } }) {
				Optional<Network> indexed = this.queries.networkByIndex(where, args[0], args[1]);
				assertThat(indexed).as("%s minShared %d first %d: counted in the index", where, args[0], args[1])
					.isPresent();
				assertThat(indexed.get()).as("%s minShared %d first %d", where, args[0], args[1])
					.isEqualTo(this.queries.networkByCypher(where, args[0], args[1]));
			}
		}
		Network all = this.queries.network(LetterWhere.NONE, 1, 10);
		assertThat(all.edges()).hasSize(10);
		assertThat(all.truncated()).isTrue();
		assertThat(this.queries.networkByIndex(windows.get(0), 1, 5000).orElseThrow().edges()).isNotEmpty();
		for (LetterWhere where : List.of(LetterWhere.NONE, new LetterWhere(null, program, null, null, null),
				new LetterWhere(null, null, this.corpus.hub(), null, null))) {
			for (int[] args : new int[][] { { 1, 20 }, { 2, 5 }, { 1, 5000 } }) {
				Optional<List<YearNetwork>> indexed = this.queries.networkByYearByIndex(where, firstYear - 1,
						secondYear, args[0], args[1]);
				assertThat(indexed).as("%s by year, minShared %d first %d: counted in the index", where, args[0],
						args[1])
					.isPresent();
				assertThat(indexed.get()).as("%s by year, minShared %d first %d", where, args[0], args[1])
					.isEqualTo(this.queries.networkByYearByCypher(where, firstYear - 1, secondYear, args[0], args[1]));
			}
		}
		List<YearNetwork> byYear = this.queries.networkByYear(LetterWhere.NONE, firstYear - 1, secondYear, 1, 20);
		assertThat(byYear.get(0).network().nodes()).as("a year before the first letter").isEmpty();
		assertThat(byYear.get(1).network().edges()).isNotEmpty();
	}

	@Test
	void blocsOfPairsCountedInTheIndexAreThoseOfCypher() {
		this.index.rebuild();
		List<Integer> years = yearsAwayFromTheBigLetter();
		int firstYear = years.get(0);
		int secondYear = years.get(years.size() / 2);
		int lastYear = years.get(years.size() - 1);
		String program = this.corpus.reference().programs().get(0).id();
		List<LetterWhere> windows = List.of(
				new LetterWhere(null, null, null, LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear, 12, 31)),
				new LetterWhere(null, null, null, LocalDate.of(secondYear, 1, 1), LocalDate.of(secondYear, 12, 31)),
				new LetterWhere(null, null, null, LocalDate.of(lastYear, 1, 1), LocalDate.of(lastYear, 12, 31)),
				new LetterWhere(null, program, null, LocalDate.of(firstYear, 1, 1), LocalDate.of(secondYear, 12, 31)),
				new LetterWhere(null, null, this.corpus.hub(), LocalDate.of(secondYear, 1, 1),
						LocalDate.of(lastYear, 12, 31)),
				new LetterWhere(null, null, null, LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31)));
		int compared = 0;
		int severalBlocs = 0;
		for (LetterWhere where : windows) {
			for (int minShared : new int[] { 1, 2, 3 }) {
				assertThat(pairsOfTheIndex(where, minShared)).as("%s minShared %d: the pairs", where, minShared)
					.isEqualTo(pairsOfCypher(where, minShared));
			}
			for (int[] args : new int[][] { { 1, 100 }, { 1, 2 }, { 2, 100 }, { 3, 1 }, { 50, 10 } }) {
				Optional<List<Bloc>> indexed = this.communities.blocsByIndex(where, args[0], args[1]);
				assertThat(indexed).as("%s minShared %d first %d: counted in the index", where, args[0], args[1])
					.isPresent();
				List<Bloc> byCypher = this.communities.blocsByCypher(where, args[0], args[1]);
				assertThat(indexed.get()).as("%s minShared %d first %d", where, args[0], args[1]).isEqualTo(byCypher);
				assertThat(byCypher).hasSizeLessThanOrEqualTo(args[1]);
				compared++;
				if (byCypher.size() > 1) {
					severalBlocs++;
				}
			}
		}
		assertThat(compared).isEqualTo(30);
		assertThat(severalBlocs).as("comparisons with more than one bloc").isGreaterThanOrEqualTo(5);
		assertThat(GraphStoreCatalog.graphStoreCount()).isZero();
		// The whole graph, which Cypher would take long over (the biggest letter's pairs), counted in the index.
		assertThat(this.communities.blocsByIndex(LetterWhere.NONE, 1, 100).orElseThrow()).isNotEmpty();
		// Pairs counted at another graph than this one: nothing is projected, and the caller is told to ask Cypher.
		String[] two = this.corpus.reference().actors().stream().map(a -> a.id()).limit(2).toArray(String[]::new);
		Map<String, Object> stale = this.rows.one("network/blocs-of-pairs", Map.of("actors", List.of(two),
				"sources", List.of(0), "targets", List.of(1), "shared", List.of(1), "fingerprint", List.of(0, 0, 0, 0),
				"limit", 10, "graph",
				"blocs-of-stale-pairs"));
		assertThat(stale).containsEntry("current", false).containsEntry("blocs", List.of());
		assertThat(GraphStoreCatalog.graphStoreCount()).isZero();
	}

	/** The pairs the index counts for blocs, each as [source, target, shared letters], in their order. */
	private List<List<Object>> pairsOfTheIndex(LetterWhere where, int minShared) {
		CoSignatureIndex.AllPairs pairs = this.queries.allPairsByIndex(where, minShared).orElseThrow();
		List<List<Object>> result = new java.util.ArrayList<>();
		for (int i = 0; i < pairs.sources().length; i++) {
			result.add(List.of(pairs.actorIds().get(pairs.sources()[i]), pairs.actorIds().get(pairs.targets()[i]),
					(long) pairs.weights()[i]));
		}
		return result;
	}

	/** The pairs blocs.cypher projects (its first part, word for word), in the order it projects them. */
	private List<List<Object>> pairsOfCypher(LetterWhere where, int minShared) {
		Map<String, Object> parameters = new java.util.HashMap<>(where.parameters());
		parameters.put("minShared", minShared);
		return this.client.query("""
				MATCH (l:Letter)
				WHERE ($from IS NULL OR l.date >= $from)
				  AND ($to IS NULL OR l.date <= $to)
				  AND ($addressedTo IS NULL OR EXISTS { (l)-[:ADDRESSED_TO]->(:Actor {id: $addressedTo}) })
				  AND ($concerns IS NULL OR EXISTS { (l)-[:CONCERNS]->(:Program {id: $concerns}) })
				  AND ($participant IS NULL
				    OR EXISTS { (l)<-[:SIGNED|ENDORSED]-(:Actor {id: $participant}) }
				    OR EXISTS { (l)-[:ADDRESSED_TO|CC]->(:Actor {id: $participant}) })
				MATCH (a:Actor)-[:SIGNED|ENDORSED]->(l)<-[:SIGNED|ENDORSED]-(b:Actor)
				WHERE a.id < b.id
				WITH a, b, count(DISTINCT l) AS shared
				WHERE shared >= $minShared
				WITH a, b, shared ORDER BY a.id, b.id
				RETURN [a.id, b.id, shared] AS pair""")
			.bindAll(parameters)
			.fetch()
			.all()
			.stream()
			.map(row -> List.copyOf((List<?>) row.get("pair")).stream().map(Object.class::cast).toList())
			.toList();
	}

	@Test
	void degreesCountedInTheIndexAreThoseOfCypher() {
		this.index.rebuild();
		List<String> actors = this.corpus.reference().actors().stream().map(a -> a.id()).toList();
		List<String> ids = List.of(actors.get(0), actors.get(1), actors.get(40), actors.get(299), this.corpus.hub(),
				"org:nobody");
		String program = this.corpus.reference().programs().get(1).id();
		for (LetterWhere window : List.of(LetterWhere.NONE, new LetterWhere(null, program, null, null, null),
				new LetterWhere(null, null, null, LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31)))) {
			Map<String, Integer> indexed = this.queries.degreesByIndex(window, ids).orElseThrow();
			Map<String, Integer> byCypher = this.measures.degreesByCypher(window, ids);
			for (String id : ids) {
				assertThat(indexed.getOrDefault(id, 0)).as("%s in %s", id, window)
					.isEqualTo(byCypher.getOrDefault(id, 0));
			}
			// Every actor of the window at once (what ordering by degree reads): the same as Cypher's for every actor.
			Map<String, Integer> all = this.queries.degreesByIndex(window, null).orElseThrow();
			Map<String, Integer> allByCypher = this.measures.degreesByCypher(window, actors);
			for (String id : actors) {
				assertThat(all.getOrDefault(id, 0)).as("%s in %s, all at once", id, window)
					.isEqualTo(allByCypher.getOrDefault(id, 0));
			}
			for (String id : ids) {
				assertThat(all.getOrDefault(id, 0)).as("%s in %s, all at once", id, window)
					.isEqualTo(byCypher.getOrDefault(id, 0));
			}
		}
		assertThat(this.queries.degreesByIndex(LetterWhere.NONE, List.of(this.corpus.hub())).orElseThrow())
			.containsEntry(this.corpus.hub(), this.queries.coSignerCount(this.corpus.hub(), 1));
	}

	/** The roles a path travels by default, and the only ones the index answers for. */
	private static final Set<Role> CO_SIGNATURE = Set.of(Role.LEAD, Role.SIGNER, Role.ENDORSER);

	@Test
	void shortestPathsFoundInTheIndexAreAsShortAsCypherFindsAndMadeOfTheGraphsSignatures() {
		this.index.rebuild();
		List<String> all = this.corpus.reference().actors().stream().map(a -> a.id()).toList();
		List<String> actors = IntStream.of(0, 1, 2, 5, 17, 40, 77, 150, 299, 310, all.size() - 1)
			.mapToObj(all::get)
			.distinct()
			.toList();
		Set<String> signers = Set.copyOf(this.client.query("""
				MATCH (a:Actor) WHERE EXISTS { (a)-[:SIGNED|ENDORSED]->(:Letter) } RETURN a.id AS id""")
			.fetchAs(String.class)
			.all());
		assertThat(actors).as("some ends signed nothing").anyMatch(a -> !signers.contains(a));
		int found = 0;
		int none = 0;
		Set<Integer> lengths = new TreeSet<>();
		for (String from : actors) {
			for (String to : actors) {
				if (from.equals(to)) {
					continue;
				}
				for (int hops : new int[] { 2, 3, 4, 6, 10 }) {
					String pair = from + " to " + to + " within " + hops;
					ActorPath byCypher = this.queries.shortestPathByCypher(from, to, hops, CO_SIGNATURE);
					CoSignatureIndex.Chain chain = this.index.shortestChain(from, to, hops).orElseThrow();
					// No write since the index was built: it answers alone, unless an end signed nothing (and might be
					// of no actor at all, which only the graph can tell).
					assertThat(chain.exact()).as("%s: answered by the index alone", pair)
						.isEqualTo(signers.contains(from) && signers.contains(to));
					ActorPath path = this.queries.shortestPath(from, to, hops, CO_SIGNATURE);
					// As with a server, where the index cannot know of writes: the same chain, read back from the graph.
					assertThat(asWithAServer(() -> this.queries.shortestPath(from, to, hops, CO_SIGNATURE)))
						.as("%s, read back", pair)
						.isEqualTo(path);
					if (byCypher == null) {
						assertThat(chain.found()).as(pair).isFalse();
						assertThat(path).as(pair).isNull();
						none++;
						continue;
					}
					found++;
					lengths.add(byCypher.length());
					assertThat(chain.letterIds()).as(pair).hasSize(byCypher.length() / 2);
					// The answer is the index's chain, read back: actor, letter, actor, ...
					List<String> interleaved = new ArrayList<>();
					for (int j = 0; j < chain.letterIds().size(); j++) {
						interleaved.add(chain.actorIds().get(j));
						interleaved.add(chain.letterIds().get(j));
					}
					interleaved.add(to);
					assertThat(path.steps()).extracting(ActorPath.PathStep::id).as(pair).isEqualTo(interleaved);
					assertThat(path.length()).as(pair).isEqualTo(byCypher.length());
					assertThat(path.steps().get(0)).as(pair).isEqualTo(byCypher.steps().get(0));
					assertThat(path.steps().get(path.steps().size() - 1))
						.extracting(ActorPath.PathStep::id, ActorPath.PathStep::name, ActorPath.PathStep::kind)
						.as(pair)
						.containsExactly(to, byCypher.steps().get(byCypher.steps().size() - 1).name(),
								byCypher.steps().get(byCypher.steps().size() - 1).kind());
					assertSignaturesOfTheGraph(path, pair);
				}
			}
		}
		assertThat(found).isGreaterThan(100);
		assertThat(none).isGreaterThan(20);
		// Longer paths: GeneratedGraphTest's ring of clusters.
		assertThat(lengths).as("paths of one and two letters").contains(2, 4);
	}

	@Test
	void aSignatureMovedToAnotherLetterLeavesTheCountsAsTheyWereButNotThePath() {
		this.index.rebuild();
		String hub = this.corpus.hub();
		List<String> all = this.corpus.reference().actors().stream().map(a -> a.id()).toList();
		// An actor the hub shares a letter with, which the actor signed (not endorsed), and a letter it has no part in.
		String other = null;
		String shared = null;
		for (String candidate : all) {
			CoSignatureIndex.Chain chain = this.index.shortestChain(hub, candidate, 2).orElseThrow();
			if (chain.found() && signed(candidate, chain.letterIds().get(0))) {
				other = candidate;
				shared = chain.letterIds().get(0);
				break;
			}
		}
		assertThat(other).as("a co-signer of the hub").isNotNull();
		String elsewhere = this.client.query("""
				MATCH (l:Letter) WHERE NOT EXISTS { (:Actor {id: $actor})-[:SIGNED|ENDORSED]->(l) }
				RETURN l.id AS id ORDER BY id LIMIT 1""")
			.bind(other)
			.to("actor")
			.fetchAs(String.class)
			.one()
			.orElseThrow();
		// The same number of every count the fingerprint holds: only reading the chain back can tell.
		moveSignature(other, shared, elsewhere);
		try {
			assertThat(this.index.isCurrent()).isTrue();
			ActorPath path = this.queries.shortestPath(hub, other, 10, CO_SIGNATURE);
			assertThat(path).isEqualTo(this.queries.shortestPathByCypher(hub, other, 10, CO_SIGNATURE));
			if (path != null) {
				assertThat(path.steps()).extracting(ActorPath.PathStep::id).doesNotContain(shared);
				assertSignaturesOfTheGraph(path, "after the move");
			}
		}
		finally {
			// Reading the chain back found it stale and started a rebuild: it must not land after the move back.
			this.index.awaitRebuilds();
			moveSignature(other, elsewhere, shared);
			this.index.rebuild();
		}
		assertThat(this.queries.shortestPath(hub, other, 2, CO_SIGNATURE).steps()).extracting(ActorPath.PathStep::id)
			.containsExactly(hub, shared, other);
	}

	@Test
	void aLetterRetitledOnThePathShowsItsNewTitleAtOnce() {
		this.index.rebuild();
		String hub = this.corpus.hub();
		String other = this.corpus.reference().actors().get(40).id();
		ActorPath before = this.queries.shortestPath(hub, other, 10, CO_SIGNATURE);
		assertThat(before).isNotNull();
		assertThat(this.index.shortestChain(hub, other, 10).orElseThrow().exact()).isTrue();
		ActorPath.PathStep letter = before.steps().get(1);
		String corrected = letter.name() + " (corrected)";
		retitle(letter.id(), corrected);
		try {
			// A write has landed: the index no longer answers alone, and starts a rebuild.
			assertThat(this.index.shortestChain(hub, other, 10).orElseThrow().exact()).isFalse();
			ActorPath after = this.queries.shortestPath(hub, other, 10, CO_SIGNATURE);
			assertThat(after.steps()).extracting(ActorPath.PathStep::id)
				.isEqualTo(before.steps().stream().map(ActorPath.PathStep::id).toList());
			assertThat(after.steps().get(1).name()).isEqualTo(corrected);
			this.index.awaitRebuilds();
			assertThat(this.index.shortestChain(hub, other, 10).orElseThrow().exact()).as("rebuilt").isTrue();
			assertThat(this.queries.shortestPath(hub, other, 10, CO_SIGNATURE)).isEqualTo(after);
		}
		finally {
			this.index.awaitRebuilds();
			retitle(letter.id(), letter.name());
			this.index.rebuild();
		}
	}

	private void retitle(String letter, String title) {
		this.client.query("MATCH (l:Letter {id: $letter}) SET l.title = $title")
			.bindAll(Map.of("letter", letter, "title", title))
			.run();
	}

	/** What the service answers with a Neo4j server, where the index cannot know that no write has landed. */
	private <T> T asWithAServer(Supplier<T> answer) {
		this.index.trustTransactions(false);
		try {
			return answer.get();
		}
		finally {
			this.index.trustTransactions(true);
		}
	}

	private boolean signed(String actor, String letter) {
		return this.client.query("RETURN EXISTS { (:Actor {id: $actor})-[:SIGNED]->(:Letter {id: $letter}) } AS signed")
			.bindAll(Map.of("actor", actor, "letter", letter))
			.fetchAs(Boolean.class)
			.one()
			.orElseThrow();
	}

	/** Moves the actor's SIGNED relationship, with its properties, from one letter to another, in one transaction. */
	private void moveSignature(String actor, String from, String to) {
		this.client.query("""
				MATCH (a:Actor {id: $actor})-[r:SIGNED]->(:Letter {id: $from}), (l:Letter {id: $to})
				CREATE (a)-[moved:SIGNED]->(l)
				SET moved = properties(r)
				DELETE r""").bindAll(Map.of("actor", actor, "from", from, "to", to)).run();
	}

	/**
	 * Each step of the path is what the graph holds: the actor's name or the letter's title, and the relationship
	 * and role by which the actor of each letter signed or endorsed it.
	 */
	private void assertSignaturesOfTheGraph(ActorPath path, String pair) {
		List<ActorPath.PathStep> steps = path.steps();
		for (int i = 1; i < steps.size(); i++) {
			ActorPath.PathStep step = steps.get(i);
			ActorPath.PathStep actor = step.isLetter() ? steps.get(i - 1) : step;
			ActorPath.PathStep letter = step.isLetter() ? step : steps.get(i - 1);
			assertThat(letter.isLetter()).as("%s: step %d is a letter or follows one", pair, i).isTrue();
			Map<String, Object> held = this.client.query("""
					MATCH (a:Actor {id: $actor}), (l:Letter {id: $letter})
					RETURN a.name AS name, l.title AS title,
					  [(a)-[r:SIGNED|ENDORSED]->(l) | type(r) + ' ' + coalesce(r.role, 'ENDORSER')] AS signatures""")
				.bindAll(Map.of("actor", actor.id(), "letter", letter.id()))
				.fetch()
				.one()
				.orElseThrow();
			assertThat(List.<Object>of(actor.name(), letter.name())).as("%s: step %d", pair, i)
				.containsExactly(held.get("name"), held.get("title"));
			assertThat((List<Object>) held.get("signatures")).as("%s: step %d", pair, i)
				.contains(step.relationship() + " " + step.role());
		}
	}

	@Test
	void aNewLetterMakesTheIndexStaleAndCypherAnswersUntilItIsRebuilt() {
		String hub = this.corpus.hub();
		// Two organizations new to the graph, created by the letter itself.
		String first = "org:index-test-first";
		String second = "org:index-test-second";
		assertThat(this.queries.coSigners(first, 1, 100)).isEmpty();
		LetterRecord letter = new LetterRecord(null, "One more letter", true, java.time.LocalDate.of(2020, 1, 2),
				List.of(), null, null, List.of(this.corpus.letters().get(0).sources().get(0)), List.of(), List.of(),
				List.of(), List.of(), List.of(byId(hub), named(first, "Index Test First"), named(second, "Index Test Second")), List.of(), List.of(), List.of());
		this.transactions.executeWithoutResult(status -> this.writer.write(letter));
		assertThat(this.index.isCurrent()).isFalse();
		List<CoSigner> byCypher = this.queries.coSignersByCypher(first, 1, 100);
		assertThat(byCypher).extracting(c -> c.actor().id()).containsExactlyInAnyOrder(hub, second);
		assertThat(this.queries.coSigners(first, 1, 100)).isEqualTo(byCypher);
		// The count too: the index still holds the graph before the letter, so Cypher answers.
		assertThat(this.queries.coSignerCount(first, 1)).isEqualTo(2);
		// And the path between the two, through the new letter: by Cypher, or by the index if it was rebuilt by now.
		assertThat(this.queries.shortestPath(first, second, 6, CO_SIGNATURE).steps()).extracting(ActorPath.PathStep::name)
			.containsExactly("Index Test First", "One more letter", "Index Test Second");
		// Blocs too, whether Cypher counts the pairs or the index, rebuilt in the background by now, does.
		LetterWhere newYear = new LetterWhere(null, null, null, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31));
		assertThat(this.communities.blocs(newYear, 1, 10)).isEqualTo(this.communities.blocsByCypher(newYear, 1, 10))
			.anySatisfy(bloc -> assertThat(bloc.members()).extracting(Actor::id).contains(first, second));
		this.index.rebuild();
		assertThat(this.queries.coSignerCount(first, 1)).isEqualTo(2);
		assertThat(this.index.isCurrent()).isTrue();
		assertThat(this.queries.coSigners(first, 1, 100)).isEqualTo(byCypher);
	}

	private static Participant named(String id, String name) {
		return new Participant(id, name, "ORGANIZATION", null, null, null, null);
	}

	private static Participant byId(String id) {
		return new Participant(id, null, null, null, null, null, null);
	}
}
