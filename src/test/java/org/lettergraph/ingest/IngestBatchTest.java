package org.lettergraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.lettergraph.bench.StatementCounter;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.security.Authorship;
import org.lettergraph.support.GraphDump;
import org.lettergraph.support.WritableGraphTest;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link LetterWriter#writeAll}: a batch of letters in one transaction, as if written one after another. */
@WritableGraphTest
class IngestBatchTest {

	/** What differs between one write per letter and one write for all: only when things were written. */
	static final Set<String> WRITE_TIMES = Set.of("createdAt", "updatedAt", "updatedBy");

	@Autowired
	LetterWriter writer;

	@Autowired
	RecordReader reader;

	@Autowired
	Neo4jClient client;

	@Autowired
	Driver driver;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	StatementCounter statements;

	/** A letter record in YAML; {@code tag} keeps the names and sources of one test apart from another's. */
	LetterRecord letter(String tag, int n, String signers) {
		return this.reader.letter("""
				title: Batch letter %2$d of %1$s
				date: 2025-04-%2$02d
				sources: [source:batch-%1$s-%2$d]
				sourceDetails:
				  - {id: source:batch-%1$s-%2$d, title: Batch source %2$d of %1$s, publisher: Tests, date: 2025-04-01, kind: LETTER}
				reports: [{source: source:batch-%1$s-%2$d, signerCount: 5, signerCountQualifier: ABOUT}]
				programs: [{program: program:immigration-detention, ask: end it}]
				leads: ["Detention Watch Network"]
				signers: %3$s
				endorsers: ["United We Dream"]
				addressees: [{id: official:alejandro-mayorkas, title: Secretary}]
				cc: ["Jane Roe %1$s"]
				""".formatted(tag, n, signers), "test");
	}

	/** Three letters: new names shared between letters, one by acronym, and a near spelling across letters. */
	List<LetterRecord> letters(String tag) {
		return List.of(letter(tag, 1, "[ACLU, \"Riverside Newcomer Alliance %1$s (RNA%1$s)\", \"Harbor Refugee Welcome Council %1$s\"]".formatted(tag)),
				letter(tag, 2, "[\"Riverside Newcomer Alliance %1$s\", \"Harbour Refugee Welcome Council %1$s\"]".formatted(tag)),
				letter(tag, 3, "[\"RNA%1$s\", \"Desert Asylum Seekers Fund %1$s\"]".formatted(tag)));
	}

	<T> T asEditor(Supplier<T> work) {
		return Authorship.as("batch-tester", work);
	}

	@Test
	void aNewNameUsedByTwoLettersOfABatchBecomesOneActor() {
		List<WriteResult> results = asEditor(() -> this.writer.writeAll(letters("shared")));
		assertThat(results).hasSize(3);
		String alliance = "org:riverside-newcomer-alliance-shared";
		assertThat(results.get(0).created()).extracting(WriteResult.ResolvedName::actorId).contains(alliance);
		assertThat(results.get(1).matched())
			.contains(new WriteResult.ResolvedName("Riverside Newcomer Alliance shared", alliance, "NAME"));
		assertThat(results.get(2).matched()).contains(new WriteResult.ResolvedName("RNAshared", alliance, "ALIAS"));
		assertThat(results.get(1).created()).extracting(WriteResult.ResolvedName::actorId).doesNotContain(alliance);
		// Jane Roe is on all three letters (cc): one new official.
		assertThat(results.get(0).created()).extracting(WriteResult.ResolvedName::actorId)
			.contains("official:jane-roe-shared");

		List<Map<String, Object>> actors = new ArrayList<>(this.client.query("""
				MATCH (a:Actor) WHERE a.name IN ['Riverside Newcomer Alliance shared', 'Jane Roe shared']
				RETURN a.id AS id, a.createdBy AS by, COUNT { (a)-[:SIGNED]->() } AS signed,
				       COUNT { ()-[:CC]->(a) } AS copied""").fetch().all());
		assertThat(actors).hasSize(2);
		assertThat(actors).anySatisfy(a -> assertThat(a).containsEntry("id", alliance).containsEntry("signed", 3L))
			.anySatisfy(a -> assertThat(a).containsEntry("copied", 3L))
			.allSatisfy(a -> assertThat(a).containsEntry("by", "batch-tester"));
		// The near spelling in letter 2 is held for review against letter 1's new actor, from the later to the earlier.
		assertThat(results.get(1).review()).anySatisfy(p -> {
			assertThat(p.actorId()).isEqualTo("org:harbour-refugee-welcome-council-shared");
			assertThat(p.candidateId()).isEqualTo("org:harbor-refugee-welcome-council-shared");
		});
	}

	@Test
	void aBatchLeavesTheGraphAsWritingItsLettersOneByOneDoes() {
		List<LetterRecord> letters = letters("same");
		List<String> oneByOne = rolledBack(() -> letters.forEach(this.writer::write));
		List<String> batch = rolledBack(() -> this.writer.writeAll(letters));
		assertThat(GraphDump.difference(oneByOne, batch)).isEmpty();
		// and both wrote something: the dumps hold the letters
		assertThat(batch).anyMatch(line -> line.contains("Batch letter 3 of same"))
			.anyMatch(line -> line.contains("POSSIBLY_SAME_AS"));
		List<String> untouched = GraphDump.of(this.client, WRITE_TIMES);
		assertThat(untouched).noneMatch(line -> line.contains("Batch letter 3 of same"));
	}

	/** The graph after {@code work}, read inside its transaction, which is then rolled back. */
	private List<String> rolledBack(Runnable work) {
		return asEditor(() -> this.transactions.execute(status -> {
			work.run();
			List<String> dump = GraphDump.of(this.client, WRITE_TIMES);
			status.setRollbackOnly();
			return dump;
		}));
	}

	@Test
	void writingTheSameBatchTwiceChangesNothing() {
		List<LetterRecord> letters = letters("twice");
		asEditor(() -> this.writer.writeAll(letters));
		List<String> once = GraphDump.of(this.driver);
		List<WriteResult> again = asEditor(() -> this.writer.writeAll(letters));
		assertThat(GraphDump.difference(once, GraphDump.of(this.driver))).isEmpty();
		assertThat(again).allSatisfy(r -> assertThat(r.created()).isEmpty());
	}

	@Test
	void aBadLetterInABatchWritesNothingAndItsProblemsNameTheLetter() {
		List<String> before = GraphDump.of(this.driver);
		List<LetterRecord> letters = new ArrayList<>(letters("bad"));
		letters.set(1, this.reader.letter("""
				title: The broken one
				sources: [source:batch-bad-1]
				signers: [{aliases: [X]}]
				""", "test"));
		assertThatThrownBy(() -> asEditor(() -> this.writer.writeAll(letters))).isInstanceOf(IngestException.class)
			.satisfies(ex -> assertThat(((IngestException) ex).problems())
				.containsExactly("letters[1] 'The broken one': signers[0]: needs a name or an id."));

		// A problem only the graph shows (a source nobody brings), found after the first statements ran.
		letters.set(1, letter("bad", 2, "[\"Somebody New bad\"]"));
		letters.set(2, this.reader.letter("""
				title: Cites a missing source
				sources: [source:nowhere-bad]
				signers: ["Somebody Else bad"]
				""", "test"));
		assertThatThrownBy(() -> asEditor(() -> this.writer.writeAll(letters))).isInstanceOf(IngestException.class)
			.satisfies(ex -> assertThat(((IngestException) ex).problems()).containsExactly(
					"letters[2] 'Cites a missing source': sources: no source with id 'source:nowhere-bad' in the graph."));
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).isEmpty();
	}

	@Test
	void aBatchCostsTheSameStatementsWhateverItsSize() {
		List<LetterRecord> small = letters("count-a");
		List<LetterRecord> large = new ArrayList<>();
		for (int i = 1; i <= 7; i++) {
			large.addAll(letters("count-b" + i));
		}
		this.statements.reset();
		asEditor(() -> this.writer.writeAll(small));
		List<String> forTwo = this.statements.statements();
		this.statements.reset();
		asEditor(() -> this.writer.writeAll(large));
		List<String> forTwenty = this.statements.statements();
		assertThat(forTwenty).hasSize(forTwo.size()).isEqualTo(forTwo);
		// names, ids and sources looked up once each; sources; actors by kind; letters; six edge types; review
		assertThat(forTwenty.size()).isLessThanOrEqualTo(16);
	}
}
