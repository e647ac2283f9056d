package org.lettergraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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
			.withResourceScanner(SchemaMigrations::scan)
			.build();
		var applied = new Migrations(config, this.driver).apply();
		log.info("Schema at version {}", applied.map(Object::toString).orElse("(none)"));
	}

	/**
	 * The migration files under the given classpath folders. Neo4j-Migrations' own scanner (ClassGraph) opens every
	 * jar on the classpath, 368 in the service's jar, on a pool of threads, at every start (about 3 % of a start's
	 * CPU samples); Spring's resolver looks the folders up instead. A folder reachable twice on the classpath (a
	 * JVM started with the test runner's class path lists some entries twice) gives each file once, the first one,
	 * as the class loader would.
	 */
	static List<URL> scan(List<String> locations) {
		var resolver = new PathMatchingResourcePatternResolver(SchemaMigrations.class.getClassLoader());
		Map<String, URL> found = new LinkedHashMap<>();
		for (String location : locations) {
			String folder = location.replaceFirst("^/+", "").replaceFirst("/+$", "");
			try {
				for (Resource resource : resolver.getResources("classpath*:" + folder + "/**/*.cypher")) {
					String url = resource.getURL().toExternalForm();
					found.putIfAbsent(url.substring(url.lastIndexOf(folder + "/")), resource.getURL());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list the schema migrations in " + folder, ex);
			}
		}
		return new ArrayList<>(found.values());
	}
}
