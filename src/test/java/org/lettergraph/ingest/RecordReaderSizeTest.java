package org.lettergraph.ingest;

import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.ReferenceRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Record files beyond SnakeYAML's default 3 MB (the reference file of a 10,000-letter corpus is 4.6 MB) are read;
 * a file over the reader's own limit is refused with a message naming the file and the limit.
 */
class RecordReaderSizeTest {

	private final RecordReader reader = new RecordReader(new LetterRecordSchema());

	@Test
	void readsAReferenceFileOverSnakeYamlsDefaultLimit() {
		int actors = 40_000;
		StringBuilder text = new StringBuilder("actors:\n");
		for (int i = 0; i < actors; i++) {
			text.append("  - id: org:generated-organization-number-").append(i).append('\n')
				.append("    kind: ORGANIZATION\n")
				.append("    name: Generated Organization Number ").append(i).append('\n');
		}
		assertThat(text.length()).as("over SnakeYAML's default of 3 MB").isGreaterThan(3 * 1024 * 1024);

		ReferenceRecords records = this.reader.reference(text.toString(), "reference.yaml");

		assertThat(records.actors()).hasSize(actors);
		assertThat(records.actors().get(actors - 1).name()).isEqualTo("Generated Organization Number 39999");
	}

	@Test
	void refusesAFileOverTheLimitNamingItAndTheLimit() {
		String text = "#".repeat(RecordReader.MAX_CODE_POINTS + 1);
		assertThatThrownBy(() -> this.reader.reference(text, "huge/reference.yaml")).isInstanceOf(IngestException.class)
			.hasMessageContaining("huge/reference.yaml")
			.hasMessageContaining(String.valueOf(RecordReader.MAX_CODE_POINTS))
			.hasMessageContaining("RecordReader.MAX_CODE_POINTS");
		assertThatThrownBy(() -> this.reader.letter(text, "letters/000001.yaml")).isInstanceOf(IngestException.class)
			.hasMessageContaining("letters/000001.yaml: " + (RecordReader.MAX_CODE_POINTS + 1) + " characters");
	}
}
