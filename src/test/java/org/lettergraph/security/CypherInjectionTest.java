package org.lettergraph.security;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.support.Editors;
import org.lettergraph.support.GraphDump;
import org.lettergraph.support.WritableGraphTest;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names that look like Cypher go through every entry point as plain values: the graph afterwards differs from the
 * graph before only by what was meant to be written, and nothing else is read, deleted or changed.
 */
@WritableGraphTest
class CypherInjectionTest {

	static final List<String> HOSTILE = List.of("') DETACH DELETE n //", "`Backtick` Group`) MATCH (x) DETACH DELETE x //",
			"$param Coalition", "} RETURN 1 UNION MATCH (n) DETACH DELETE n //", "x\" OR 1=1 //", "\\u0027 Alliance");

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@BeforeEach
	void signIn() {
		this.graphQl = Editors.signedIn(this.graphQl);
	}

	@Test
	void readsTreatHostileTextAsText() {
		List<String> before = GraphDump.of(this.driver);
		for (String text : HOSTILE) {
			this.graphQl.document("query($t: String!, $i: ID!) { actorByName(name: $t) { id } search(text: $t) { id } "
					+ "actor(id: $i) { id } letter(id: $i) { id } letters(where: {participant: $i}) { totalCount } }")
				.variable("t", text)
				.variable("i", text)
				.execute()
				.path("actorByName").valueIsNull()
				.path("actor").valueIsNull()
				.path("letters.totalCount").entity(Integer.class).isEqualTo(0);
		}
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).isEmpty();
	}

	@Test
	void aRecordWithHostileNamesWritesExactlyThoseNames() {
		List<String> before = GraphDump.of(this.driver);
		StringBuilder record = new StringBuilder("""
				title: "A letter with odd names"
				date: 2025-07-07
				sources: [source:test-odd-names]
				sourceDetails: [{id: source:test-odd-names, title: Odd names, kind: LETTER}]
				signers:
				""");
		HOSTILE.forEach(name -> record.append("  - 'Rec ").append(name.replace("'", "''")).append("'\n"));
		this.graphQl.documentName("ingestRecord")
			.variable("record", record.toString())
			.execute()
			.path("ingestLetter.errors").entityList(Object.class).hasSize(0);
		List<String> changes = GraphDump.difference(before, GraphDump.of(this.driver));
		assertThat(changes).noneMatch(line -> line.startsWith("- "));
		// Only the letter, its source, the new groups and their signatures are new.
		assertThat(changes).allMatch(line -> line.contains("letter:2025-07-07-a-letter-with-odd-names")
				|| line.contains("source:test-odd-names"));
		try (var session = this.driver.session()) {
			List<String> names = session.run("""
					MATCH (a:Actor)-[:SIGNED]->(:Letter {id: 'letter:2025-07-07-a-letter-with-odd-names'})
					RETURN a.name AS name ORDER BY name""").list(r -> r.get("name").asString());
			assertThat(names).hasSize(HOSTILE.size());
			assertThat(names).contains("Rec $param Coalition", "Rec x\" OR 1=1 //");
		}
	}

	@Test
	void anAliasAndAMergeWithHostileTextChangeOnlyTheirActor() {
		List<String> before = GraphDump.of(this.driver);
		for (String alias : HOSTILE) {
			this.graphQl.document("mutation($a: String!) { addAlias(actorId: \"org:anar\", alias: $a) { id } }")
				.variable("a", alias)
				.execute()
				.path("addAlias.id").entity(String.class).isEqualTo("org:anar");
		}
		List<String> changes = GraphDump.difference(before, GraphDump.of(this.driver));
		// The actor changed, and each alias is a line of its history; nothing else.
		assertThat(changes.stream().filter(line -> !line.startsWith("+ node [Change]")).toList()).hasSize(2)
			.allMatch(line -> line.contains("id=org:anar"));
		assertThat(changes.stream().filter(line -> line.startsWith("+ node [Change]")).toList())
			.hasSize(HOSTILE.size())
			.allMatch(line -> line.contains("action=ADD_ALIAS") && line.contains("subjects=[org:anar]"));
		this.graphQl.document("mutation($m: [ID!]!) { mergeActors(keepId: \"org:anar\", mergeIds: $m) { id } }")
			.variable("m", HOSTILE)
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("no actor with id"))
			.verify();
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).isEqualTo(changes);
	}

	@Test
	void textAndCsvWithHostileNamesWriteThoseNamesOnly() {
		List<String> before = GraphDump.of(this.driver);
		String csv = "Organization\n"
				+ String.join("\n", HOSTILE.stream().map(n -> "\"Csv " + n.replace("\"", "\"\"") + "\"").toList());
		this.graphQl.document("mutation($c: String!) { ingestLetter(input: {csv: $c, csvOptions: {title: \"Odd CSV\", date: \"2025-08-08\"}}) { errors { message } } }")
			.variable("c", csv)
			.execute()
			.path("ingestLetter.errors").entityList(Object.class).hasSize(0);
		List<String> changes = GraphDump.difference(before, GraphDump.of(this.driver));
		assertThat(changes).noneMatch(line -> line.startsWith("- "));
		assertThat(changes).allMatch(line -> line.contains("2025-08-08-odd-csv") || line.contains("Odd CSV"));
		assertThat(changes.stream().filter(line -> line.startsWith("+ node [Actor")).count()).isEqualTo(HOSTILE.size());
	}
}
