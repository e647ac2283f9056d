package org.lettergraph.embedded;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedNeo4jTest {

	@Test
	void aDataFolderInUseIsRefusedWithAPlainExplanation(@TempDir Path dir) {
		try (EmbeddedNeo4j first = EmbeddedNeo4j.start(dir, 0)) {
			assertThat(first.boltUri().toString()).startsWith("bolt://localhost:");
			assertThatThrownBy(() -> EmbeddedNeo4j.start(dir, 0)).isInstanceOf(EmbeddedStartException.class)
				.hasMessageContaining("is in use by another lettergraph process")
				.hasMessageContaining("LETTERGRAPH_DATA_DIR");
		}
	}

	@Test
	void aTakenBoltPortIsRefusedWithAPlainExplanation(@TempDir Path one, @TempDir Path two) {
		try (EmbeddedNeo4j first = EmbeddedNeo4j.start(one, 0)) {
			int port = first.boltUri().getPort();
			assertThatThrownBy(() -> EmbeddedNeo4j.start(two, port)).isInstanceOf(EmbeddedStartException.class)
				.hasMessageContaining("Bolt port " + port + " on localhost is taken");
		}
	}
}
