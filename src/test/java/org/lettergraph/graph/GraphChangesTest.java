package org.lettergraph.graph;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lettergraph.support.FixtureGraphTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the embedded database, the id of its newest transaction moves with every committed write, and with nothing
 * else: reads and a write rolled back leave it as it was. The co-signature index trusts exactly that to answer a
 * shortest path with no statement.
 */
@FixtureGraphTestSupport
class GraphChangesTest {

	@Autowired
	GraphChanges changes;

	@Autowired
	Neo4jClient client;

	@Autowired
	Rows rows;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void readsAndRollbacksLeaveTheTransactionIdAndEveryCommittedWriteRaisesIt() {
		long before = this.changes.lastTransaction().orElseThrow();
		this.rows.one("network/co-signature-fingerprint", Map.of());
		this.client.query("MATCH (n:Letter) RETURN count(n) AS letters").fetch().one();
		assertThat(this.changes.lastTransaction()).as("after two reads").hasValue(before);

		this.client.query("CREATE (:GraphChangesProbe {at: $at})").bind(before).to("at").run();
		long created = this.changes.lastTransaction().orElseThrow();
		assertThat(created).as("after a write, as soon as it returns").isGreaterThan(before);

		// Rolled back once its label and property exist: a new label or property name is committed on its own,
		// even when the write that brought it is rolled back (which makes the index rebuild for nothing, no more).
		this.transactions.executeWithoutResult(status -> {
			this.client.query("CREATE (:GraphChangesProbe {at: $at})").bind(before).to("at").run();
			status.setRollbackOnly();
		});
		assertThat(this.changes.lastTransaction()).as("after a write rolled back").hasValue(created);

		this.client.query("MATCH (p:GraphChangesProbe {at: $at}) SET p.seen = true").bind(before).to("at").run();
		long changed = this.changes.lastTransaction().orElseThrow();
		assertThat(changed).as("after a change of one property").isGreaterThan(created);

		this.client.query("MATCH (p:GraphChangesProbe) DELETE p").run();
		assertThat(this.changes.lastTransaction().orElseThrow()).as("after a delete").isGreaterThan(changed);
	}
}
