package org.lettergraph.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.graph.Rows;
import org.lettergraph.ingest.LetterWriter;
import org.lettergraph.ingest.ReferenceWriter;
import org.lettergraph.support.FixtureGraphTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lettergraph.letter.AnalystFixture.DET;
import static org.lettergraph.letter.AnalystFixture.P287;

/**
 * The two ways letters/actor-letter-pages reads an actor's page, walking the letters newest first (for an actor in
 * many of them) or reading the actor's own edges, give the same rows and totals. On {@link AnalystFixture} plus
 * org:walker, which takes part in 60 of 90 dated letters in every role, twice in some (signed and endorsed, signed
 * and copied), with letters it has no part in between.
 */
@FixtureGraphTestSupport
class ActorLetterPagesWalkTest {

	private static final String WALKER = "org:walker";

	private static boolean written;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Rows rows;

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
			// Written directly: only the shape matters here (who took part in what, and how). Three letters a day,
			// so dates tie and the id orders them; i % 3 == 0: the walker has no part; else by i % 5: 0 lead and
			// endorser, 1 signer, 2 endorser, 3 addressee, 4 signer and copied. Even i: about 287(g), odd: detention.
			this.client.query("""
					CREATE (w:Actor:Organization {id: $walker, name: 'Walker Org', aliases: []})
					WITH w
					MATCH (p287:Program {id: $p287}), (det:Program {id: $det})
					UNWIND range(1, 90) AS i
					WITH w, p287, det, i, date('2020-03-01') + duration({days: i / 3}) AS day,
					     'letter:walk-' + right('00' + toString(i), 3) AS id
					WITH w, i, day, id, CASE WHEN i % 2 = 0 THEN p287 ELSE det END AS program
					CREATE (l:Letter {id: id, title: 'Walk ' + i, date: day, sortKey: toString(day) + '|' + id})
					CREATE (l)-[:CONCERNS]->(program)
					WITH w, l, i WHERE i % 3 <> 0
					CALL (w, l, i) {
					  WITH w, l, i WHERE i % 5 IN [0, 1, 4]
					  CREATE (w)-[:SIGNED {role: CASE WHEN i % 5 = 0 THEN 'LEAD' ELSE 'SIGNER' END, position: 1}]->(l)
					}
					CALL (w, l, i) {
					  WITH w, l, i WHERE i % 5 IN [0, 2]
					  CREATE (w)-[:ENDORSED]->(l)
					}
					CALL (w, l, i) {
					  WITH w, l, i WHERE i % 5 = 3
					  CREATE (l)-[:ADDRESSED_TO]->(w)
					}
					CALL (w, l, i) {
					  WITH w, l, i WHERE i % 5 = 4
					  CREATE (l)-[:CC]->(w)
					}""").bindAll(Map.of("walker", WALKER, "p287", P287, "det", DET)).run();
			written = true;
		}
	}

	@Test
	void walkingTheLettersAndReadingTheActorsEdgesGiveTheSameRows() {
		List<ActorWhere.Participating> filters = List.of(participating(null, null, null),
				participating(Role.LEAD, null, null), participating(null, List.of(Role.ENDORSER, Role.SIGNER), null),
				participating(null, List.of(Role.ADDRESSEE, Role.CC), null), participating(null, null, concerns(P287)),
				participating(null, null, dates(LocalDate.of(2020, 3, 8), LocalDate.of(2020, 3, 20))),
				participating(Role.SIGNER, null, concerns(DET)));
		LetterPages walk = new LetterPages(this.rows, 0.0);
		LetterPages expand = new LetterPages(this.rows, 1e12);
		LetterPages chosen = new LetterPages(this.rows);
		for (ActorWhere.Participating filter : filters) {
			for (int skip : new int[] { 0, 7, 14, 35, 200 }) {
				// Two actors in one statement: the walker, and org:north (five rows, read the other way by default).
				List<LetterPages.ActorLetters> pages = List.of(new LetterPages.ActorLetters(WALKER, filter, skip, 7),
						new LetterPages.ActorLetters(AnalystFixture.NORTH, filter, skip, 7));
				var walked = walk.ofActors(pages);
				var expanded = expand.ofActors(pages);
				var asChosen = chosen.ofActors(pages);
				for (LetterPages.ActorLetters page : pages) {
					String what = page + "";
					assertThat(rows(walked.get(page))).as(what).isEqualTo(rows(expanded.get(page)));
					assertThat(rows(asChosen.get(page))).as(what).isEqualTo(rows(expanded.get(page)));
					assertThat(walked.get(page).total()).as(what).isEqualTo(expanded.get(page).total());
					assertThat(asChosen.get(page).total()).as(what).isEqualTo(expanded.get(page).total());
				}
			}
		}
	}

	@Test
	void theWalkersPagesAreNewestFirstWithTiesByRole() {
		// The newest letters: 90 (no part), 89 (signer, copied), 88 (addressee), 87 (no part), 86 (signer),
		// 85 (lead, endorser), 84 (no part), 83 (addressee), 82 (endorser), 81 (no part), 80 (lead, endorser).
		// Same date for 87-89 and for 84-86: the sortKey (date|id) orders them by id, newest first.
		List<String> all = new ArrayList<>();
		String after = null;
		String document = """
				query($after: String) { actor(id: "org:walker") { letterConnection(first: 4, after: $after) {
				  totalCount pageInfo { hasNextPage endCursor } edges { role node { id } } } } }""";
		boolean more = true;
		while (more) {
			var page = this.graphQl.document(document).variable("after", after).execute();
			// 60 letters, 12 with two rows (lead and endorser), 12 with two (signer and copied).
			page.path("actor.letterConnection.totalCount").entity(Integer.class).isEqualTo(84);
			List<String> ids = page.path("actor.letterConnection.edges[*].node.id").entityList(String.class).get();
			List<String> roles = page.path("actor.letterConnection.edges[*].role").entityList(String.class).get();
			for (int i = 0; i < ids.size(); i++) {
				all.add(ids.get(i) + " " + roles.get(i));
			}
			more = page.path("actor.letterConnection.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("actor.letterConnection.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(all).hasSize(84);
		assertThat(all.subList(0, 9)).containsExactly("letter:walk-089 CC", "letter:walk-089 SIGNER",
				"letter:walk-088 ADDRESSEE", "letter:walk-086 SIGNER", "letter:walk-085 ENDORSER",
				"letter:walk-085 LEAD", "letter:walk-083 ADDRESSEE", "letter:walk-082 ENDORSER",
				"letter:walk-080 ENDORSER");
		assertThat(all.get(83)).isEqualTo("letter:walk-001 SIGNER");
		// Leads only, 287(g) only: i % 5 == 0, i even, i % 3 != 0: 10, 20, 40, 50, 70, 80.
		var leads = this.graphQl.document("""
				{ actor(id: "org:walker") { letterConnection(first: 4, role: LEAD, where: {concerns: "program:p287"}) {
				  totalCount edges { node { id } } } } }""").execute();
		leads.path("actor.letterConnection.totalCount").entity(Integer.class).isEqualTo(6);
		leads.path("actor.letterConnection.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("letter:walk-080", "letter:walk-070", "letter:walk-050", "letter:walk-040");
	}

	private static List<String> rows(LetterPages.ActorLetterRows found) {
		return found.rows().stream().map(p -> p.letter().id() + " " + p.role()).toList();
	}

	private static ActorWhere.Participating participating(Role role, List<Role> roles, LetterWhere where) {
		return new ActorWhere.Participating(where, role, roles, null);
	}

	private static LetterWhere concerns(String program) {
		return new LetterWhere(null, program, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null);
	}

	private static LetterWhere dates(LocalDate from, LocalDate to) {
		return new LetterWhere(null, null, null, from, to, null, null, null, null, null, null, null, null, null, null,
				null);
	}
}
