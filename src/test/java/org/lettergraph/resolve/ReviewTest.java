package org.lettergraph.resolve;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.support.Editors;
import org.lettergraph.support.GraphDump;
import org.lettergraph.support.WritableGraphTest;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's side of name resolution: the review queue, dismissing, aliases and merging. */
@WritableGraphTest
class ReviewTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@BeforeEach
	void signIn() {
		this.graphQl = Editors.signedIn(this.graphQl);
	}

	@Autowired
	Driver driver;

	@Test
	void aNearNameWaitsInTheQueueAndADismissedOneNeverComesBack() {
		ingest("Queue letter one", "2025-04-01", "Naureen Shaw", "PERSON");
		var queue = this.graphQl.document("""
				{ reviewQueue { totalCount edges { node { actor { id name } candidate { id } score reason status sources { id } } } } }""")
			.execute();
		queue.path("reviewQueue.edges[?(@.node.candidate.id == 'person:naureen-shah')].node.actor.name")
			.entityList(String.class)
			.containsExactly("Naureen Shaw");
		queue.path("reviewQueue.edges[?(@.node.candidate.id == 'person:naureen-shah')].node.status")
			.entityList(String.class)
			.containsExactly("OPEN");

		this.graphQl.document("mutation { dismissCandidate(actorId: \"person:naureen-shaw\", otherId: \"person:naureen-shah\") { status } }")
			.execute()
			.path("dismissCandidate.status").entity(String.class).isEqualTo("DISMISSED");
		assertThat(openCandidatesFor("person:naureen-shah")).isEmpty();

		// Another letter with the same near name does not put the pair back in the queue.
		ingest("Queue letter two", "2025-04-02", "Naureen Shaw", "PERSON");
		assertThat(openCandidatesFor("person:naureen-shah")).isEmpty();

		this.graphQl.document("mutation { dismissCandidate(actorId: \"org:indivisible\", otherId: \"org:indivisible-denver\") { status } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("no review candidate between"))
			.verify();
	}

	@Test
	void mergingMovesEveryRelationshipAliasAndSourceAndLeavesNoDuplicates() {
		ingest("Merge letter", "2025-05-05", "Brooking Institute for Policy", "ORGANIZATION");
		ingest("Merge letter two", "2025-05-06", "Brookings Institution for Policy", "ORGANIZATION");
		String merged = "org:brooking-institute-for-policy";
		String kept = "org:brookings-institution-for-policy";
		var result = this.graphQl.document("mutation($k: ID!, $m: [ID!]!) { mergeActors(keepId: $k, mergeIds: $m) "
				+ "{ id name aliases letters { letter { id } role } sources { id } } }")
			.variable("k", kept)
			.variable("m", List.of(merged))
			.execute();
		result.path("mergeActors.aliases").entityList(String.class).contains("Brooking Institute for Policy");
		result.path("mergeActors.letters[*].letter.id").entityList(String.class)
			.containsExactly("letter:2025-05-06-merge-letter-two", "letter:2025-05-05-merge-letter");
		result.path("mergeActors.sources[*].id").entityList(String.class)
			.contains("source:test-merge-letter", "source:test-merge-letter-two");
		this.graphQl.document("{ actor(id: \"" + merged + "\") { id } }").execute().path("actor").valueIsNull();
		this.graphQl.document("{ actorByName(name: \"Brooking Institute for Policy\") { id } }")
			.execute()
			.path("actorByName.id").entity(String.class).isEqualTo(kept);
		try (var session = this.driver.session()) {
			long selfLoopsOrDuplicates = session.run("""
					MATCH (k:Actor {id: $kept})-[r]-(x) WITH type(r) AS t, x, count(*) AS n, k
					WHERE n > 1 OR x = k RETURN count(*) AS c""", java.util.Map.of("kept", kept))
				.single().get("c").asLong();
			assertThat(selfLoopsOrDuplicates).isZero();
		}
		// Merging the same letter's signer into itself again is refused.
		this.graphQl.document("mutation { mergeActors(keepId: \"" + kept + "\", mergeIds: [\"" + kept + "\"]) { id } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("into itself"))
			.verify();
	}

	@Test
	void aMergeOfDifferentKindsIsRefusedAndChangesNothing() {
		List<String> before = GraphDump.of(this.driver);
		this.graphQl.document("mutation { mergeActors(keepId: \"org:american-civil-liberties-union\", "
				+ "mergeIds: [\"person:naureen-shah\"]) { id } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("different kinds") && e.getErrorType().toString().equals("BAD_REQUEST"))
			.verify();
		this.graphQl.document("mutation { mergeActors(keepId: \"org:american-civil-liberties-union\", "
				+ "mergeIds: [\"org:no-such-group\"]) { id } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("no actor with id 'org:no-such-group'"))
			.verify();
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).isEmpty();
	}

	@Test
	void anAliasMakesAnActorFindableByIt() {
		this.graphQl.document("mutation { addAlias(actorId: \"org:national-immigrant-justice-center\", alias: \"NIJC\") { aliases } }")
			.execute()
			.path("addAlias.aliases").entityList(String.class).contains("NIJC");
		this.graphQl.document("{ actorByName(name: \"nijc\") { id } }")
			.execute()
			.path("actorByName.id").entity(String.class).isEqualTo("org:national-immigrant-justice-center");
		// One line in the actor's history, with who and the aliases before and after; the same alias again adds none.
		this.graphQl.document("mutation { addAlias(actorId: \"org:national-immigrant-justice-center\", alias: \"NIJC\") { id } }")
			.execute();
		var history = this.graphQl.document("{ history(id: \"org:national-immigrant-justice-center\") "
				+ "{ edges { node { action field by before after summary } } } }")
			.execute();
		history.path("history.edges[?(@.node.action == 'ADD_ALIAS')].node.by").entityList(String.class)
			.containsExactly("test-bot");
		history.path("history.edges[?(@.node.action == 'ADD_ALIAS')].node.after").entityList(String.class)
			.satisfies(after -> assertThat(after.get(0)).contains("\"NIJC\""));
		history.path("history.edges[?(@.node.action == 'ADD_ALIAS')].node.before").entityList(String.class)
			.satisfies(before -> assertThat(before.get(0)).doesNotContain("NIJC"));
		this.graphQl.document("mutation { addAlias(actorId: \"org:nobody\", alias: \"X\") { id } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("no actor with id 'org:nobody'"))
			.verify();
	}

	private List<String> openCandidatesFor(String candidateId) {
		return this.graphQl.document("{ reviewQueue(first: 100) { edges { node { candidate { id } actor { id } } } } }")
			.execute()
			.path("reviewQueue.edges[?(@.node.candidate.id == '" + candidateId + "' || @.node.actor.id == '"
					+ candidateId + "')].node.actor.id")
			.entityList(String.class)
			.get();
	}

	private GraphQlTester.Response ingest(String title, String date, String signer, String kind) {
		String sourceId = "source:test-" + title.toLowerCase().replace(' ', '-');
		String record = """
				title: %s
				date: %s
				sources: [%s]
				sourceDetails: [{id: %s, title: %s, publisher: Test, kind: LETTER}]
				signers: [{name: "%s", kind: %s}]
				""".formatted(title, date, sourceId, sourceId, title, signer, kind);
		var response = this.graphQl.documentName("ingestRecord")
			.variable("record", record)
			.execute();
		response.path("ingestLetter.errors").entityList(Object.class).hasSize(0);
		return response;
	}
}
