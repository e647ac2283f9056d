package org.lettergraph.graph;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Brings the database schema (constraints, indexes, full-text indexes) up to date with {@code cypher/migrations/}
 * before anything reads or writes. Runs against the embedded database and a configured server alike; migrations
 * already applied are recorded in the database and skipped.
 */
@Component
public class SchemaMigrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private final Driver driver;

	public SchemaMigrations(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void afterPropertiesSet() {
		var config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:cypher/migrations")
			.withPackagesToScan()
			.build();
		var applied = new Migrations(config, this.driver).apply();
		log.info("Schema at version {}", applied.map(Object::toString).orElse("(none)"));
	}
}
