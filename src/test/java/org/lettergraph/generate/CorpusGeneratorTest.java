package org.lettergraph.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.Participant;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated corpus has the promised shape and is the same for the same seed. */
class CorpusGeneratorTest {

	static final CorpusSpec SPEC = new CorpusSpec(1000, 2400, 7);

	@Test
	void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
		Corpus one = CorpusGenerator.generate(SPEC);
		assertThat(CorpusGenerator.generate(SPEC)).isEqualTo(one);
		assertThat(CorpusGenerator.generate(new CorpusSpec(1000, 2400, 8)).letters()).isNotEqualTo(one.letters());
	}

	@Test
	void signerCountsAreHeavyTailedAndPopularityIsZipfLike() {
		Corpus corpus = CorpusGenerator.generate(SPEC);
		List<Integer> sizes = corpus.letters().stream().map(l -> l.leads().size() + l.signers().size()).sorted().toList();
		assertThat(sizes.get(0)).isEqualTo(1);
		assertThat(sizes.get(sizes.size() - 1)).isGreaterThanOrEqualTo(CorpusGenerator.BIG_LETTER_SIGNERS);
		int median = sizes.get(sizes.size() / 2);
		assertThat(median).isBetween(8, 30);
		assertThat(corpus.signatures() / corpus.letters().size()).isGreaterThan(median);
		assertThat(corpus.letters().stream().filter(l -> l.id().equals(corpus.bigLetter())).findFirst().orElseThrow()
			.signers()).hasSize(CorpusGenerator.BIG_LETTER_SIGNERS);

		Map<String, Integer> lettersOf = new HashMap<>();
		corpus.letters().forEach(l -> Stream.concat(l.leads().stream(), l.signers().stream())
			.map(Participant::id)
			.forEach(id -> lettersOf.merge(id, 1, Integer::sum)));
		int hub = lettersOf.get(corpus.hub());
		assertThat(lettersOf.values()).allMatch(n -> n <= hub);
		assertThat(hub).isGreaterThan(corpus.letters().size() / 2);
		List<Integer> counts = lettersOf.values().stream().sorted().toList();
		assertThat(counts.get(counts.size() / 2) * 50).isLessThan(hub);
		assertThat(counts.get(0)).isEqualTo(1);
	}

	@Test
	void itHoldsChaptersLawmakersOfficialsProgramsAndFifteenYears() {
		Corpus corpus = CorpusGenerator.generate(SPEC);
		List<String> names = corpus.reference().actors().stream().map(a -> a.name()).toList();
		assertThat(names).anyMatch(n -> n.endsWith(" Denver")).anyMatch(n -> n.endsWith(" NY"));
		assertThat(names.stream().filter(n -> names.contains(n + " Denver"))).isNotEmpty();
		assertThat(corpus.reference().actors()).anyMatch(a -> a.kind().equals("LAWMAKER"))
			.anyMatch(a -> a.kind().equals("OFFICIAL"));
		assertThat(corpus.reference().programs()).hasSizeGreaterThan(5);
		assertThat(corpus.letters()).anyMatch(l -> l.leads().stream().anyMatch(p -> p.id().startsWith("lawmaker:")))
			.allMatch(l -> !l.addressees().isEmpty() && !l.programs().isEmpty());
		assertThat(corpus.letters().stream().map(LetterRecord::date).min(Comparable::compareTo).orElseThrow())
			.isBefore(CorpusGenerator.FIRST_DAY.plusYears(1));
		assertThat(corpus.letters().stream().map(LetterRecord::date).max(Comparable::compareTo).orElseThrow())
			.isAfter(CorpusGenerator.FIRST_DAY.plusYears(14));
		assertThat(corpus.letters().stream().map(LetterRecord::id).distinct()).hasSize(corpus.letters().size());
	}

	@Test
	void filesHoldOneRecordPerLetterAndTheReference(@TempDir Path dir) throws Exception {
		Corpus corpus = CorpusGenerator.generate(new CorpusSpec(20, 50, 1));
		CorpusFiles.write(corpus, dir);
		assertThat(CorpusFiles.letterFiles(dir)).hasSize(20);
		assertThat(Files.readString(dir.resolve("corpus.yaml"))).contains("hub: " + corpus.hub());
		assertThat(GenerateCommand.run(new String[] { "generate", "--letters", "20", "--orgs", "50", "--seed", "1",
				"--out", dir.resolve("again").toString() })).isZero();
		assertThat(Files.readString(dir.resolve("again/letters/000007.yaml")))
			.isEqualTo(Files.readString(dir.resolve("letters/000007.yaml")));
		assertThat(GenerateCommand.run(new String[] { "generate", "--orgs", "50" })).isEqualTo(2);
	}
}
