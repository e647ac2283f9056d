package org.lettergraph.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lettergraph.support.GraphDump;
import org.lettergraph.support.GraphQlTestSupport;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading the bundled dataset again, as every start does, changes nothing in the graph. */
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
		this.dataset.afterPropertiesSet();
		assertThat(GraphDump.of(this.driver)).isEqualTo(before);
	}
}
