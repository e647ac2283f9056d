package org.lettergraph.generate;

import java.util.List;

import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.ReferenceRecords;

/**
 * A generated corpus: the reference records (sources, programs, organizations, lawmakers, officials) and the
 * letters, plus the few ids a benchmark asks about.
 *
 * @param reference  everything the letters refer to by id
 * @param letters    the letters, in generation order
 * @param bigLetter  a letter with exactly {@link CorpusGenerator#BIG_LETTER_SIGNERS} signers
 * @param hub        the most popular organization (rank 1 of the Zipf draw)
 * @param program    the program most letters are about
 */
public record Corpus(ReferenceRecords reference, List<LetterRecord> letters, String bigLetter, String hub,
		String program) {

	public long signatures() {
		return this.letters.stream().mapToLong(l -> l.leads().size() + l.signers().size()).sum();
	}
}
