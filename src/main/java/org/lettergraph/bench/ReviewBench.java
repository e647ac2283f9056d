package org.lettergraph.bench;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lettergraph.bench.BenchSuite.ReviewCost;
import org.lettergraph.generate.Corpus;
import org.lettergraph.graph.CypherQueries;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.LetterWriter;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.ingest.record.ReferenceRecords;
import org.lettergraph.ingest.WriteResult;
import org.lettergraph.resolve.ReviewCandidates;
import org.lettergraph.security.Authorship;
import org.neo4j.driver.Driver;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * What review proposals cost: one batch of {@link #LETTERS} letters, each signed by {@link #NAMES} new names, half
 * of them an existing organization's name with one letter doubled (near names, so proposals are made), half names
 * nobody has, written through the write path after the corpus. Timed as a whole, and the near-names statement
 * alone (run again afterwards, read only).
 */
final class ReviewBench {

	static final int LETTERS = 100;

	static final int NAMES = 10;

	private ReviewBench() {
	}

	static ReviewCost run(ConfigurableApplicationContext context, StatementCounter counter, Corpus corpus,
			PrintStream log) {
		List<ReferenceRecords.ActorRecord> orgs = corpus.reference().actors().stream()
			.filter(a -> a.kind().equals("ORGANIZATION"))
			.toList();
		String source = corpus.reference().sources().get(0).id();
		List<LetterRecord> letters = new ArrayList<>();
		List<Map<String, Object>> names = new ArrayList<>();
		for (int i = 0; i < LETTERS; i++) {
			List<Participant> signers = new ArrayList<>();
			for (int j = 0; j < NAMES; j++) {
				int n = i * NAMES + j;
				String name;
				if (j % 2 == 0) {
					String near = orgs.get((n * 7919) % orgs.size()).name();
					int at = near.length() / 2;
					name = near.substring(0, at) + near.charAt(at) + near.substring(at);
				}
				else {
					name = "Benchmark Newcomers Group " + Integer.toString(n, 36) + " " + Integer.toString(n * 31 + 7, 36);
				}
				signers.add(new Participant(null, name, null, null, null, null, null));
				names.add(Map.of("id", "bench:" + n, "label", "Organization", "query", ReviewCandidates.fuzzyQuery(name)));
			}
			letters.add(new LetterRecord(null, "Benchmark letter with new names " + (i + 1), true,
					LocalDate.of(2030, 1, 1).plusDays(i), List.of(), null, null, List.of(source), List.of(), List.of(),
					List.of(), List.of(), signers, List.of(), List.of(), List.of()));
		}
		LetterWriter writer = context.getBean(LetterWriter.class);
		counter.takeCount();
		long start = System.nanoTime();
		List<WriteResult> results = Authorship.as(BenchSuite.EDITOR, () -> writer.writeAll(letters));
		double writeMillis = (System.nanoTime() - start) / 1e6;
		int statements = counter.takeCount();
		Driver driver = context.getBean(Driver.class);
		String nearNames = context.getBean(CypherQueries.class).get("review/near-names");
		long nearStart = System.nanoTime();
		driver.executableQuery(nearNames).withParameters(Map.of("batch", Map.of("names", names))).execute();
		double nearMillis = (System.nanoTime() - nearStart) / 1e6;
		int created = results.stream().mapToInt(r -> r.created().size()).sum();
		int proposals = results.stream().mapToInt(r -> r.review().size()).sum();
		log.printf("review: %d letters, %d new actors, %d proposals in one batch: %.0f ms, %d statements;"
				+ " near-names statement alone %.0f ms%n", letters.size(), created, proposals, writeMillis, statements,
				nearMillis);
		return new ReviewCost(letters.size(), created, proposals, writeMillis, nearMillis, statements);
	}
}
