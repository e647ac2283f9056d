package org.lettergraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings one document in: parses it into a letter record, then writes it through the one write path. A dry run
 * does everything a real run does, inside a transaction that is rolled back, so what it reports (created, matched,
 * held for review) is exactly what a real run would do. A document with problems writes nothing.
 */
@Service
public class LetterIngest {

	/** The kinds of document a letter can come in. */
	public enum Format {

		/** A letter record in YAML or JSON. */
		RECORD;

		/** The format a file name suggests: .yaml, .yml and .json files are records. */
		public static Format forFile(String name) {
			return RECORD;
		}

		public static Format parse(String name) {
			try {
				return valueOf(name.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IngestException("format: '" + name + "' is not one of " + List.of(values()) + ".");
			}
		}
	}

	/** What happened: the parsed letter (when parsing got that far), the write result, and any problems. */
	public record Outcome(ParsedLetter parsed, WriteResult result, List<String> problems, boolean dryRun) {

		public boolean ok() {
			return this.problems.isEmpty();
		}
	}

	private final RecordReader records;

	private final LetterWriter writer;

	private final TransactionTemplate transactions;

	private final IngestProperties properties;

	LetterIngest(RecordReader records, LetterWriter writer, TransactionTemplate transactions,
			IngestProperties properties) {
		this.records = records;
		this.writer = writer;
		this.transactions = transactions;
		this.properties = properties;
	}

	public Outcome ingest(Format format, String content, String origin, boolean dryRun) {
		ParsedLetter parsed = null;
		try {
			checkSize(content);
			parsed = parse(format, content, origin);
			LetterRecord record = withSource(parsed);
			WriteResult result = this.transactions.execute(status -> {
				WriteResult written = this.writer.write(record);
				if (dryRun) {
					status.setRollbackOnly();
				}
				return written;
			});
			return new Outcome(parsed, result, List.of(), dryRun);
		}
		catch (IngestException ex) {
			return new Outcome(parsed, null, ex.problems(), dryRun);
		}
	}

	private void checkSize(String content) {
		if (content == null || content.isBlank()) {
			throw new IngestException("The document is empty.");
		}
		long bytes = content.getBytes(StandardCharsets.UTF_8).length;
		long limit = this.properties.maxDocumentSize().toBytes();
		if (bytes > limit) {
			throw new IngestException(String.format(Locale.ROOT,
					"The document is %.1f MB; the limit is %.1f MB (lettergraph.ingest.max-document-size). "
							+ "Split it into one letter per document.",
					bytes / 1048576.0, limit / 1048576.0));
		}
	}

	private ParsedLetter parse(Format format, String content, String origin) {
		return switch (format) {
			case RECORD -> new ParsedLetter(this.records.letter(content, origin), null, List.of());
		};
	}

	/** The record, with the source the document itself is added to what it brings along. */
	private static LetterRecord withSource(ParsedLetter parsed) {
		LetterRecord r = parsed.record();
		if (parsed.source() == null || r.sourceDetails().stream().anyMatch(s -> s.id().equals(parsed.source().id()))) {
			return r;
		}
		List<ReferenceRecords.SourceRecord> details = new ArrayList<>(r.sourceDetails());
		details.add(parsed.source());
		return new LetterRecord(r.id(), r.title(), r.titleIsDescriptive(), r.date(), r.asks(), r.reportedSignerCount(),
				r.reportedSignerCountQualifier(), r.sources(), details, r.reports(), r.programs(), r.leads(),
				r.signers(), r.endorsers(), r.addressees(), r.cc());
	}
}
