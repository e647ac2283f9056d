package org.lettergraph.bench;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bench's document case end to end: the 40-page PDF is generated, read, parsed and written, and every one of its
 * 1,000 signers comes out in order. Times are printed, never asserted.
 */
class DocumentBenchTest {

	@Test
	void theFortyPagePdfGivesItsThousandSignersInOrder() {
		DocumentBench.Result result = DocumentBench.run(Path.of("target/bench-document"), System.out);
		System.out.println(DocumentBench.report(result));
		assertThat(result.problems()).isEmpty();
		assertThat(result.pages()).isEqualTo(40);
		assertThat(result.signersRead()).isEqualTo(1000);
		assertThat(result.inOrder()).isTrue();
		assertThat(result.created()).isGreaterThanOrEqualTo(1000);
		assertThat(BenchCommand.parse(new String[] { "bench", "--only", "document" }).document()).isTrue();
	}
}
