package org.lettergraph.letter;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.bench.StatementCounter;
import org.lettergraph.graph.ListSizes;
import org.lettergraph.ingest.LetterWriter;
import org.lettergraph.ingest.ReferenceWriter;
import org.lettergraph.support.FixtureGraphTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lettergraph.letter.AnalystFixture.NORTH;

/**
 * The paged letters of actors, programs and sources ({@code letterConnection}) on {@link AnalystFixture}, and the
 * cost limit counting the unpaged lists by what they can return, on a busy organization added to it: org:busy signs
 * 60 letters of its own and leads letter:big, which 99 other organizations sign.
 */
@FixtureGraphTestSupport
class LetterConnectionsFixtureTest {

	private static boolean written;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter statements;

	@Autowired
	ListSizes listSizes;

	@Autowired
	Neo4jClient client;

	@Autowired
	ReferenceWriter references;

	@Autowired
	LetterWriter letters;

	@BeforeEach
	void writeFixture() {
		if (!written) {
			AnalystFixture.write(this.client, this.references, this.letters);
			// Written directly: only the shape matters here (who signed what), not the write path.
			this.client.query("""
					CREATE (b:Actor:Organization {id: 'org:busy', name: 'Busy Org', aliases: []})
					CREATE (big:Letter {id: 'letter:big', title: 'Big letter', date: date('2019-06-01'),
					  sortKey: '2019-06-01|letter:big'})
					CREATE (b)-[:SIGNED {role: 'LEAD', position: 1}]->(big)
					WITH b, big
					CALL (b) {
					  UNWIND range(1, 60) AS i
					  WITH b, i, date('2019-01-01') + duration({days: i}) AS day
					  CREATE (l:Letter {id: 'letter:busy-' + i, title: 'Busy letter ' + i, date: day,
					    sortKey: toString(day) + '|letter:busy-' + i})
					  CREATE (b)-[:SIGNED {role: 'SIGNER', position: 1}]->(l)
					}
					CALL (big) {
					  UNWIND range(1, 99) AS i
					  CREATE (o:Actor:Organization {id: 'org:many-' + i, name: 'Many ' + i, aliases: []})
					  CREATE (o)-[:SIGNED {role: 'SIGNER', position: i + 1}]->(big)
					}""").run();
			written = true;
		}
		this.listSizes.refresh();
	}

	@Test
	void anActorsLettersPageNewestFirstWithEveryRole() {
		String document = """
				query($after: String) { actor(id: "org:north") { letterConnection(first: 2, after: $after) {
				  totalCount pageInfo { hasNextPage endCursor } edges { role node { id } } } } }""";
		List<String> seen = new ArrayList<>();
		List<String> roles = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = this.graphQl.document(document).variable("after", after).execute();
			seen.addAll(page.path("actor.letterConnection.edges[*].node.id").entityList(String.class).get());
			roles.addAll(page.path("actor.letterConnection.edges[*].role").entityList(String.class).get());
			page.path("actor.letterConnection.totalCount").entity(Integer.class).isEqualTo(5);
			more = page.path("actor.letterConnection.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("actor.letterConnection.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).containsExactly("letter:f3", "letter:f5", "letter:f2", "letter:f1", "letter:f4");
		assertThat(roles).containsExactly("SIGNER", "SIGNER", "ENDORSER", "LEAD", "SIGNER");
		// The same rows as the unpaged list.
		assertThat(this.graphQl.document("{ actor(id: \"org:north\") { letters { letter { id } } } }")
			.execute()
			.path("actor.letters[*].letter.id")
			.entityList(String.class)
			.get()).containsExactlyElementsOf(seen);
		// Past the end: an empty page, not an error.
		var past = this.graphQl.document(document).variable("after", after).execute();
		past.path("actor.letterConnection.edges").entityList(Object.class).hasSize(0);
	}

	@Test
	void anActorsLettersFilterByRoleAndLetter() {
		assertThat(actorLetters("role: ENDORSER")).containsExactly("letter:f2");
		assertThat(actorLetters("roles: [LEAD, SIGNER]")).containsExactly("letter:f3", "letter:f5", "letter:f1",
				"letter:f4");
		assertThat(actorLetters("where: {concerns: \"program:p287\"}")).containsExactly("letter:f5", "letter:f2",
				"letter:f1", "letter:f4");
		assertThat(actorLetters("role: LEAD, where: {from: \"2022-01-01\"}")).isEmpty();
		this.graphQl.document("{ actor(id: \"org:north\") { letterConnection(where: {signerCount: {gte: 3, lte: 1}}) "
				+ "{ totalCount } } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("Argument 'where.signerCount'")
					&& "BAD_REQUEST".equals(String.valueOf(e.getErrorType())))
			.verify();
		this.graphQl.document("{ actor(id: \"org:north\") { letterConnection(after: \"junk\") { totalCount } } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("Argument 'after'"))
			.verify();
	}

	@Test
	void programsAndSourcesPageTheirLetters() {
		var program = this.graphQl.document("""
				{ program(id: "program:p287") { letterConnection(first: 3) { totalCount pageInfo { hasNextPage endCursor }
				  edges { node { id } } } } }""").execute();
		program.path("program.letterConnection.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("letter:f5", "letter:f2", "letter:f1");
		program.path("program.letterConnection.totalCount").entity(Integer.class).isEqualTo(4);
		String end = program.path("program.letterConnection.pageInfo.endCursor").entity(String.class).get();
		this.graphQl.document("query($after: String) { program(id: \"program:p287\") { letterConnection(first: 3, "
				+ "after: $after) { pageInfo { hasNextPage } edges { node { id } } } } }")
			.variable("after", end)
			.execute()
			.path("program.letterConnection.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("letter:f4");
		var source = this.graphQl.document("""
				{ source(id: "source:analyst-fixture") { letterConnection(first: 2) { totalCount edges { node { id } } }
				  letters { id } } }""").execute();
		source.path("source.letterConnection.totalCount").entity(Integer.class).isEqualTo(5);
		source.path("source.letterConnection.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("letter:f3", "letter:f5");
		source.path("source.letters").entityList(Object.class).hasSize(5);
		// A program's cursor is not a source's.
		this.graphQl.document("query($after: String) { source(id: \"source:analyst-fixture\") { letterConnection("
				+ "after: $after) { totalCount } } }")
			.variable("after", end)
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("Argument 'after'"))
			.verify();
	}

	@Test
	void letterConnectionsCostOneStatementPerLevel() {
		String document = """
				query($first: Int) { actors(where: {kind: ORGANIZATION, letterCount: {gte: 1}}, first: $first) { edges {
				  node { id letterConnection(first: 2) { totalCount edges { role node { id } } } } } }
				  programs { letterConnection(first: 2) { totalCount edges { node { id } } } } }""";
		this.statements.reset();
		this.graphQl.document(document).variable("first", 1).execute().path("actors.edges").entityList(Object.class)
			.hasSize(1);
		int one = this.statements.takeCount();
		this.graphQl.document(document).variable("first", 5).execute().path("actors.edges").entityList(Object.class)
			.hasSize(5);
		int five = this.statements.takeCount();
		// actors page, actor letter pages, programs, program letter pages
		assertThat(one).isEqualTo(4);
		assertThat(five).isEqualTo(one);
	}

	@Test
	void everyLetterOfEverySignerOfABigLetterIsRefusedByTheCostLimit() {
		// Signers of letter:big: 100; org:busy among them took part in 61 letters, so Actor.letters counts as 61.
		String unpaged = """
				{ letter(id: "letter:big") { signers(first: 100) { edges { node { id
				  letters { letter { id sources { id } } } } } } } }""";
		this.statements.reset();
		this.graphQl.document(unpaged)
			.execute()
			.errors()
			.expect(e -> e.getMessage().startsWith("Query refused: its cost is 79702;")
					&& e.getMessage().contains("the limit is 25000 (lettergraph.limits.max-complexity)")
					&& e.getMessage().contains("letterConnection"))
			.verify();
		assertThat(this.statements.count()).as("a refused request reads nothing").isZero();
		// The paged field answers the same question a page at a time.
		String paged = """
				{ letter(id: "letter:big") { signers(first: 100) { totalCount edges { node { id
				  letterConnection(first: 5) { totalCount edges { node { id sources { id } } } } } } } } }""";
		var response = this.graphQl.document(paged).execute();
		response.path("letter.signers.totalCount").entity(Integer.class).isEqualTo(100);
		response.path("letter.signers.edges[0].node.id").entity(String.class).isEqualTo("org:busy");
		response.path("letter.signers.edges[0].node.letterConnection.totalCount").entity(Integer.class).isEqualTo(61);
		response.path("letter.signers.edges[0].node.letterConnection.edges").entityList(Object.class).hasSize(5);
	}

	private List<String> actorLetters(String arguments) {
		return this.graphQl.document("{ actor(id: \"" + NORTH + "\") { letterConnection(" + arguments
				+ ") { edges { node { id } } } } }")
			.execute()
			.path("actor.letterConnection.edges[*].node.id")
			.entityList(String.class)
			.get();
	}
}
