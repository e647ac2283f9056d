package org.lettergraph.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
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
				.hasMessageContaining("Bolt port " + port + " on localhost is taken")
				.hasMessageContaining("LETTERGRAPH_BOLT_PORT");
			// Refused before Neo4j starts (it would create its folders, start both databases, then stop them).
			assertThat(two.resolve("databases")).doesNotExist();
		}
	}

	/** The default port is a convenience: when something else holds it, the database takes a free one and says so. */
	@Test
	void aPortNobodyChoseGivesWayWhenTaken(@TempDir Path dir, CapturedOutput output) throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("localhost"))) {
			int port = taken.getLocalPort();
			try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir, port, false, true)) {
				int actual = neo4j.boltUri().getPort();
				assertThat(actual).isPositive().isNotEqualTo(port);
				assertThat(output).contains("Bolt port " + port + " on localhost is taken")
					.contains("listens on " + actual + " instead");
			}
		}
	}

	@Test
	void theDefaultPortIsKeptWhenFree(@TempDir Path dir) throws IOException {
		int free;
		try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getByName("localhost"))) {
			free = probe.getLocalPort();
		}
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir, free, false, true)) {
			assertThat(neo4j.boltUri().getPort()).isEqualTo(free);
		}
	}

	@Test
	void anUnsetPortMeans7687OrAnyFreeOneAndASetPortIsKeptTo() {
		var unset = new EmbeddedNeo4jProperties(Path.of("data"), null);
		assertThat(unset.port()).isEqualTo(7687);
		assertThat(unset.anyPortWhenTaken()).isTrue();
		var chosen = new EmbeddedNeo4jProperties(Path.of("data"), 7687);
		assertThat(chosen.port()).isEqualTo(7687);
		assertThat(chosen.anyPortWhenTaken()).isFalse();
	}
}
