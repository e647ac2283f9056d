package org.lettergraph.graph;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

/**
 * One record of the service's latest writes (their bookmarks), shared by the transaction manager that runs the
 * writes and by {@link Rows}, whose reads run outside any Spring transaction: on a cluster a read starts from what
 * the service wrote before it. Spring Data Neo4j's transaction manager and client use this bean when there is one;
 * without it each kept a record of its own.
 */
@Configuration(proxyBeanMethods = false)
class ReadConsistency {

	@Bean
	Neo4jBookmarkManager neo4jBookmarkManager() {
		return Neo4jBookmarkManager.create();
	}
}
