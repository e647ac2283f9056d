package org.lettergraph.graph;

import java.util.List;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.junit.jupiter.api.Test;
import org.lettergraph.support.GraphQlTestSupport;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema in cypher/migrations is applied at start-up, and applying it again does nothing. */
@GraphQlTestSupport
class SchemaMigrationsTest {

	@Autowired
	Driver driver;

	@Autowired
	SchemaMigrations migrations;

	@Test
	void everyNodeKeyIsUniqueAndQueriedPropertiesAreIndexed() {
		try (var session = this.driver.session()) {
			List<String> constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString());
			assertThat(constraints).contains("actor_id", "organization_id", "lawmaker_id", "lawmaker_bioguide",
					"official_id", "person_id", "letter_id", "program_id", "source_id");
			List<String> indexes = session.run("SHOW INDEXES YIELD name, type, state RETURN name + ' ' + type + ' ' + state")
				.list(r -> r.get(0).asString());
			assertThat(indexes).contains("letter_sort_key RANGE ONLINE", "letter_date RANGE ONLINE",
					"letter_title_key RANGE ONLINE", "actor_names FULLTEXT ONLINE", "actor_keys FULLTEXT ONLINE");
		}
	}

	@Test
	void migrationsAreRecordedAndApplyingThemAgainChangesNothing() {
		var config = MigrationsConfig.builder().withLocationsToScan("classpath:cypher/migrations").build();
		var info = new Migrations(config, this.driver).info();
		assertThat(info.getLastAppliedVersion()).hasValueSatisfying(v -> assertThat(v.getValue()).isEqualTo("0004"));
		this.migrations.afterPropertiesSet();
		assertThat(new Migrations(config, this.driver).info().getElements()).hasSize(info.getElements().size());
	}
}
