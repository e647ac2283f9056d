package org.lettergraph.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lettergraph.support.GraphDump;
import org.lettergraph.support.GraphQlTestSupport;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading the bundled dataset again changes nothing in the graph. */
@GraphQlTestSupport
class BundledDatasetReloadTest {

	@Autowired
	BundledDataset dataset;

	@Autowired
	Driver driver;

	@Test
	void reloadingTheBundledDatasetChangesNothing() throws Exception {
		List<String> before = GraphDump.of(this.driver);
		assertThat(before).hasSizeGreaterThan(400);
		this.dataset.load(true);
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).isEmpty();
	}

	@Test
	void anUnchangedDatasetIsNotLoadedAgainAtTheNextStart() throws Exception {
		String before = loadedAt();
		assertThat(before).isNotNull();
		this.dataset.afterPropertiesSet();
		assertThat(loadedAt()).isEqualTo(before);
		this.dataset.load(true);
		assertThat(loadedAt()).isNotEqualTo(before);
	}

	private String loadedAt() {
		try (var session = this.driver.session()) {
			return session.run("MATCH (d:__LettergraphDataset {name: 'bundled'}) RETURN toString(d.loadedAt) AS at")
				.single()
				.get("at")
				.asString();
		}
	}
}
