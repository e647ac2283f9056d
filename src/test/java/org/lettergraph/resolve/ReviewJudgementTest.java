package org.lettergraph.resolve;

import java.time.OffsetDateTime;
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
 * judgeCandidate: a person's same / not the same / unsure on a pair of the review queue, stored with who and when;
 * refused without the editor role and for pairs that do not exist.
 */
@WritableGraphTest
class ReviewJudgementTest {

	static final String JUDGE = """
			mutation($a: ID!, $b: ID!, $d: Decision!, $keep: ID) {
			  judgeCandidate(actorId: $a, otherId: $b, decision: $d, keepId: $keep) {
			    decision decidedBy decidedAt
			    candidate { status decidedBy decidedAt actor { id } candidate { id } }
			    kept { id name aliases letters { letter { id } } }
			  }
			}""";

	@Autowired
	HttpGraphQlTester anonymous;

	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@BeforeEach
	void signIn() {
		this.graphQl = Editors.signedIn(this.anonymous);
	}

	@Test
	void unsureKeepsThePairInTheQueueMarkedAfterThoseNobodyJudgedWithWhoAndWhen() {
		ingest("Judge letter unsure", "2025-06-01", "Law Enforcement Action Partnershp");
		ingest("Judge letter open", "2025-06-02", "Nationl Immigrant Justice Center");
		String actor = "org:law-enforcement-action-partnershp";
		String other = candidateOf(actor);
		var judged = judge(actor, other, "UNSURE", null);
		judged.path("judgeCandidate.decision").entity(String.class).isEqualTo("UNSURE");
		judged.path("judgeCandidate.decidedBy").entity(String.class).isEqualTo("test-bot");
		String at = judged.path("judgeCandidate.decidedAt").entity(String.class).get();
		assertThat(OffsetDateTime.parse(at)).isBeforeOrEqualTo(OffsetDateTime.now());
		judged.path("judgeCandidate.candidate.status").entity(String.class).isEqualTo("UNSURE");
		judged.path("judgeCandidate.kept").valueIsNull();

		var queue = this.graphQl.document(
				"{ reviewQueue(first: 100) { totalCount edges { node { actor { id } status decidedBy decidedAt } } } }")
			.execute();
		List<String> statuses = queue.path("reviewQueue.edges[*].node.status").entityList(String.class).get();
		List<String> actors = queue.path("reviewQueue.edges[*].node.actor.id").entityList(String.class).get();
		int unsure = actors.indexOf(actor);
		assertThat(unsure).as("the unsure pair is still in the queue").isNotNegative();
		assertThat(statuses.get(unsure)).isEqualTo("UNSURE");
		assertThat(statuses.subList(0, unsure)).as("open pairs come first").containsOnly("OPEN").isNotEmpty();
		queue.path("reviewQueue.edges[" + unsure + "].node.decidedBy").entity(String.class).isEqualTo("test-bot");
		queue.path("reviewQueue.edges[" + unsure + "].node.decidedAt").entity(String.class).isEqualTo(at);
		assertThat(queue.path("reviewQueue.totalCount").entity(Integer.class).get()).isEqualTo(actors.size());
		try (var session = this.driver.session()) {
			var stored = session.run("""
					MATCH (:Actor {id: $a})-[c:POSSIBLY_SAME_AS]-(:Actor {id: $b})
					RETURN c.status AS status, c.decidedBy AS by, c.decidedAt AS at""",
					java.util.Map.of("a", actor, "b", other)).single();
			assertThat(stored.get("status").asString()).isEqualTo("UNSURE");
			assertThat(stored.get("by").asString()).isEqualTo("test-bot");
			assertThat(stored.get("at").isNull()).isFalse();
		}
	}

	@Test
	void notTheSameSetsThePairAsideForGood() {
		ingest("Judge letter not same", "2025-06-03", "Detention Watch Netwrk");
		String actor = "org:detention-watch-netwrk";
		String other = candidateOf(actor);
		var judged = judge(other, actor, "NOT_SAME", null);
		judged.path("judgeCandidate.decision").entity(String.class).isEqualTo("NOT_SAME");
		judged.path("judgeCandidate.candidate.status").entity(String.class).isEqualTo("DISMISSED");
		judged.path("judgeCandidate.candidate.decidedBy").entity(String.class).isEqualTo("test-bot");
		assertThat(queueActors()).doesNotContain(actor);
		// A line in both actors' histories; the same judgement again adds none.
		judge(other, actor, "NOT_SAME", null);
		for (String id : List.of(actor, other)) {
			var history = this.graphQl.document("query($id: ID!) { history(id: $id) { edges { node { action field by "
					+ "before after subjects } } } }")
				.variable("id", id)
				.execute();
			String line = "history.edges[?(@.node.action == 'JUDGE_PAIR' && @.node.subjects contains '" + actor
					+ "' && @.node.subjects contains '" + other + "')].node";
			history.path(line + ".after").entityList(String.class).containsExactly("DISMISSED");
			history.path(line + ".by").entityList(String.class).containsExactly("test-bot");
			history.path(line + ".field").entityList(String.class).containsExactly("review");
		}
		// Both actors stay.
		this.graphQl.document("{ a: actor(id: \"" + actor + "\") { id } b: actor(id: \"" + other + "\") { id } }")
			.execute()
			.path("a.id").entity(String.class).isEqualTo(actor)
			.path("b.id").entity(String.class).isEqualTo(other);
	}

	@Test
	void sameMergesThePairKeepingTheCandidateOrTheActorKeepIdNames() {
		ingest("Judge letter same", "2025-06-04", "Immigrant Legal Resourse Center");
		String actor = "org:immigrant-legal-resourse-center";
		String other = candidateOf(actor);
		var judged = judge(actor, other, "SAME", null);
		judged.path("judgeCandidate.decision").entity(String.class).isEqualTo("SAME");
		judged.path("judgeCandidate.candidate").valueIsNull();
		judged.path("judgeCandidate.kept.id").entity(String.class).isEqualTo(other);
		judged.path("judgeCandidate.kept.aliases").entityList(String.class).contains("Immigrant Legal Resourse Center");
		judged.path("judgeCandidate.kept.letters[*].letter.id").entityList(String.class)
			.contains("letter:2025-06-04-judge-letter-same");
		this.graphQl.document("{ actor(id: \"" + actor + "\") { id } }").execute().path("actor").valueIsNull();
		assertThat(queueActors()).doesNotContain(actor);

		// keepId keeps the new actor instead.
		ingest("Judge letter keep new", "2025-06-05", "Natonal Immigration Project");
		String newer = "org:natonal-immigration-project";
		String older = candidateOf(newer);
		judge(newer, older, "SAME", newer).path("judgeCandidate.kept.id").entity(String.class).isEqualTo(newer);
		this.graphQl.document("{ actor(id: \"" + older + "\") { id } }").execute().path("actor").valueIsNull();
	}

	@Test
	void aReaderIsRefusedAndNothingChanges() {
		ingest("Judge letter reader", "2025-06-07", "Brookings Institutionn");
		String actor = "org:brookings-institutionn";
		String other = candidateOf(actor);
		List<String> before = GraphDump.of(this.driver);
		for (String decision : List.of("SAME", "NOT_SAME", "UNSURE")) {
			Editors.as(this.anonymous, Editors.READER_TOKEN)
				.document(JUDGE)
				.variable("a", actor)
				.variable("b", other)
				.variable("d", decision)
				.execute()
				.errors()
				.expect(e -> e.getErrorType().toString().equals("FORBIDDEN"))
				.verify();
		}
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).isEmpty();
	}

	@Test
	void wrongIdsAndAKeepIdOutsideThePairAreBadRequestsAndChangeNothing() {
		ingest("Judge letter wrong", "2025-06-08", "Southern Poverty Law Centre Action Fund");
		String actor = "org:southern-poverty-law-centre-action-fund";
		String other = candidateOf(actor);
		List<String> before = GraphDump.of(this.driver);
		judge(actor, "org:no-such-group", "NOT_SAME", null).errors()
			.expect(e -> e.getErrorType().toString().equals("BAD_REQUEST")
					&& e.getMessage().contains("no review candidate between '" + actor + "' and 'org:no-such-group'"))
			.verify();
		// Two actors that exist but were never put side by side.
		judge("org:american-civil-liberties-union", "org:united-we-dream", "SAME", null).errors()
			.expect(e -> e.getErrorType().toString().equals("BAD_REQUEST") && e.getMessage().contains("no review candidate"))
			.verify();
		judge(actor, other, "SAME", "org:american-civil-liberties-union").errors()
			.expect(e -> e.getErrorType().toString().equals("BAD_REQUEST") && e.getMessage().contains("keepId"))
			.verify();
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).isEmpty();
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response judge(String a, String b, String decision,
			String keep) {
		return this.graphQl.document(JUDGE)
			.variable("a", a)
			.variable("b", b)
			.variable("d", decision)
			.variable("keep", keep)
			.execute();
	}

	/** The actor the queue puts beside a new one. */
	private String candidateOf(String actorId) {
		List<String> candidates = this.graphQl
			.document("{ reviewQueue(first: 100) { edges { node { actor { id } candidate { id } } } } }")
			.execute()
			.path("reviewQueue.edges[?(@.node.actor.id == '" + actorId + "')].node.candidate.id")
			.entityList(String.class)
			.get();
		assertThat(candidates).as("review candidates of %s", actorId).isNotEmpty();
		return candidates.get(0);
	}

	private List<String> queueActors() {
		return this.graphQl.document("{ reviewQueue(first: 100) { edges { node { actor { id } candidate { id } } } } }")
			.execute()
			.path("reviewQueue.edges[*].node.actor.id")
			.entityList(String.class)
			.get();
	}

	private void ingest(String title, String date, String signer) {
		String sourceId = "source:test-" + title.toLowerCase().replace(' ', '-');
		String record = """
				title: %s
				date: %s
				sources: [%s]
				sourceDetails: [{id: %s, title: %s, publisher: Test, kind: LETTER}]
				signers: [{name: "%s", kind: ORGANIZATION}]
				""".formatted(title, date, sourceId, sourceId, title, signer);
		this.graphQl.documentName("ingestRecord")
			.variable("record", record)
			.execute()
			.path("ingestLetter.errors")
			.entityList(Object.class)
			.hasSize(0);
	}
}
