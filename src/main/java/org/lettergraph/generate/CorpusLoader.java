package org.lettergraph.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

import org.lettergraph.ingest.LetterRecord;
import org.lettergraph.ingest.LetterWriter;
import org.lettergraph.ingest.RecordReader;
import org.lettergraph.ingest.ReferenceWriter;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a corpus through the project's own write path ({@link ReferenceWriter}, then {@link LetterWriter} per
 * letter), committing {@code lettersPerTransaction} letters at a time: one commit per letter spends most of its
 * time flushing the transaction log, while a few dozen letters per commit keep each transaction small.
 */
@Component
public class CorpusLoader {

	private final ReferenceWriter references;

	private final LetterWriter letters;

	private final RecordReader reader;

	private final TransactionTemplate transactions;

	CorpusLoader(ReferenceWriter references, LetterWriter letters, RecordReader reader,
			TransactionTemplate transactions) {
		this.references = references;
		this.letters = letters;
		this.reader = reader;
		this.transactions = transactions;
	}

	/** What a load did and how long it took; the reference records are not part of the letters' time. */
	public record LoadResult(int letters, long signatures, long referenceNanos, long letterNanos) {

		public double signaturesPerSecond() {
			return this.signatures / (this.letterNanos / 1e9);
		}
	}

	public LoadResult load(Corpus corpus, int lettersPerTransaction) {
		long start = System.nanoTime();
		this.references.write(corpus.reference());
		long referenceNanos = System.nanoTime() - start;
		return letters(corpus.letters().size(), corpus.letters()::get, lettersPerTransaction, referenceNanos);
	}

	/** Loads a folder written by {@code generate}, reading each record with the ingest path's own reader. */
	public LoadResult load(Path dir, int lettersPerTransaction) {
		long start = System.nanoTime();
		this.references.write(this.reader.reference(CorpusFiles.read(dir.resolve("reference.yaml")),
				"reference.yaml"));
		long referenceNanos = System.nanoTime() - start;
		List<Path> files = CorpusFiles.letterFiles(dir);
		return letters(files.size(),
				i -> this.reader.letter(CorpusFiles.read(files.get(i)), files.get(i).getFileName().toString()),
				lettersPerTransaction, referenceNanos);
	}

	private LoadResult letters(int count, IntFunction<LetterRecord> letterAt, int perTransaction,
			long referenceNanos) {
		long start = System.nanoTime();
		long signatures = 0;
		for (int from = 0; from < count; from += perTransaction) {
			int to = Math.min(count, from + perTransaction);
			List<LetterRecord> batch = java.util.stream.IntStream.range(from, to).mapToObj(letterAt).toList();
			signatures += batch.stream().mapToLong(l -> l.leads().size() + l.signers().size()).sum();
			this.transactions.executeWithoutResult(status -> batch.forEach(this.letters::write));
		}
		return new LoadResult(count, signatures, referenceNanos, System.nanoTime() - start);
	}
}
