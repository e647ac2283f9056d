package org.lettergraph.bench;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small run of the whole benchmark suite: it must work end to end, and every read must give the same answer
 * through GraphQL as through raw Cypher. Times are printed, never asserted.
 */
class BenchSmokeTest {

	@Test
	void theSuiteRunsAndGraphQlAnswersAsRawCypherDoes() {
		// 2,000 organizations so the big letter has its full 1,000 signers; few letters to stay quick.
		BenchSuite.Options options = new BenchSuite.Options(List.of(150), 2000, 5, 1, 3, 50,
				Path.of("target/bench-smoke"), true, 0);
		List<BenchSuite.SizeResult> results = new BenchSuite(options, System.out).run();

		assertThat(results).hasSize(1);
		BenchSuite.SizeResult run = results.get(0);
		assertThat(run.writePathRate()).isPositive();
		assertThat(run.rawRate()).isPositive();
		assertThat(run.indexBytes()).isPositive();
		assertThat(run.restartSeconds()).isPositive();
		assertThat(run.reads()).hasSize(14).allSatisfy(read -> assertThat(read.same()).as(read.name()).isTrue());
		// The floor costs no statement, and so does a shortest path: the co-signature index finds it, and the embedded
		// database says no write has landed since the index was built. The letter and its signers with their counts
		// cost two; the others one or two (actors by degree: the window's degrees counted in the co-signature index,
		// the page, and the degrees of its actors; the network by year: the years' letters, then the actors of the
		// edges counted in the co-signature index; organizations by letters: the page and the total together; lawmakers
		// by state: the total and the group-by, no page; letters per year: the aggregate and the group-by together; an
		// actor's letters: the actor and its page; co-signers: the actors of the page and the graph's fingerprint, both
		// counted in the index; PageRank: projection, scores and page in one; no path: the co-signature index finds
		// none, and one statement checks the two ids and the graph's fingerprint).
		// (e) reads the degrees of its page's actors only when the page has any: at 150 letters the window of (e) and
		// (l) (a less common program in 2021) holds no letter, so both sides answer with nobody there; the 10k and
		// 50k runs compare their ten actors.
		int degreeStatements = (run.reads().get(5).answerSize() > 0) ? 3 : 2;
		assertThat(run.reads()).extracting(BenchSuite.ReadResult::statements)
			.containsExactly(0, 2, 1, 2, 0, degreeStatements, 2, 1, 2, 1, 2, 2, 1, 1);
		// (g) to (k) have something to compare at this size: a non-empty answer on the raw side too.
		assertThat(run.reads().subList(7, 12)).allSatisfy(read -> assertThat(read.answerSize()).as(read.name())
			.isGreaterThan(1));
		// Process CPU time comes in the system's clock ticks (10 ms here), so the three runs of a read that takes well
		// under a millisecond ({ __typename }) may count none: each read has a figure, and the reads together count some.
		assertThat(run.reads()).allSatisfy(read -> assertThat(read.graphQlCpu()).as(read.name()).isNotNegative());
		assertThat(run.reads().stream().mapToDouble(BenchSuite.ReadResult::graphQlCpu).sum()).isPositive();
		assertThat(run.reads()).extracting(BenchSuite.ReadResult::answerSize).startsWith(1, 1000, 50);
		String report = BenchCommand.report(options, results, java.time.LocalDateTime.now(), "0", "0", "bench");
		assertThat(report).contains("| 150 |", "(a) letter, 1,000 signers", "same answer");
	}
}
