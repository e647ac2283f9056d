package org.lettergraph.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;

import org.lettergraph.ingest.LetterWriter;
import org.lettergraph.ingest.RecordReader;
import org.lettergraph.ingest.ReferenceWriter;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Loads a corpus through the project's own write path ({@link ReferenceWriter}, then
 * {@link LetterWriter#writeAll}), {@code lettersPerTransaction} letters per batch: each batch is one transaction
 * with the same dozen statements whatever its size. Only an editor may load (the caller signs in first, or runs as
 * one through {@link org.lettergraph.security.Authorship#as}); everything loaded is attributed to that editor.
 */
@Component
public class CorpusLoader {

	private final ReferenceWriter references;

	private final LetterWriter letters;

	private final RecordReader reader;

	CorpusLoader(ReferenceWriter references, LetterWriter letters, RecordReader reader) {
		this.references = references;
		this.letters = letters;
		this.reader = reader;
	}

	/** What a load did and how long it took; the reference records are not part of the letters' time. */
	public record LoadResult(int letters, long signatures, long referenceNanos, long letterNanos) {

		public double signaturesPerSecond() {
			return this.signatures / (this.letterNanos / 1e9);
		}
	}

	@PreAuthorize(Roles.CAN_WRITE)
	public LoadResult load(Corpus corpus, int lettersPerTransaction) {
		long start = System.nanoTime();
		this.references.write(corpus.reference());
		long referenceNanos = System.nanoTime() - start;
		return letters(corpus.letters().size(), corpus.letters()::get, lettersPerTransaction, referenceNanos);
	}

	/** Loads a folder written by {@code generate}, reading each record with the ingest path's own reader. */
	@PreAuthorize(Roles.CAN_WRITE)
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
		if (perTransaction < 1) {
			throw new IllegalArgumentException("letters per transaction must be at least 1, got " + perTransaction);
		}
		long start = System.nanoTime();
		long signatures = 0;
		for (int from = 0; from < count; from += perTransaction) {
			int to = Math.min(count, from + perTransaction);
			List<LetterRecord> batch = java.util.stream.IntStream.range(from, to).mapToObj(letterAt).toList();
			signatures += batch.stream().mapToLong(l -> l.leads().size() + l.signers().size()).sum();
			this.letters.writeAll(batch);
		}
		return new LoadResult(count, signatures, referenceNanos, System.nanoTime() - start);
	}
}
