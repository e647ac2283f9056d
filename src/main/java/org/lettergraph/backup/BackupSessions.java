package org.lettergraph.backup;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/** Driver sessions on the database the service is configured for (its default when none is named). */
@Component
class BackupSessions {

	private final Driver driver;

	private final ObjectProvider<DatabaseSelectionProvider> databases;

	BackupSessions(Driver driver, ObjectProvider<DatabaseSelectionProvider> databases) {
		this.driver = driver;
		this.databases = databases;
	}

	Session open(AccessMode mode) {
		SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(mode);
		DatabaseSelectionProvider provider = this.databases.getIfAvailable();
		DatabaseSelection selection = (provider != null) ? provider.getDatabaseSelection() : null;
		if (selection != null && selection.getValue() != null) {
			config.withDatabase(selection.getValue());
		}
		return this.driver.session(config.build());
	}
}
