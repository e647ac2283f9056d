package org.lettergraph.correct;

import java.util.List;
import java.util.Map;

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

/**
 * Every correction mutation through GraphQL, on letters of my own written for each test: what it changes, that it
 * needs an editor (a reader and an anonymous caller are refused and nothing changes), that a wrong id is NOT_FOUND,
 * and what doing it twice does. Merge then un-merge leaves the graph as it was, compared as a whole graph dump.
 */
@WritableGraphTest
class CorrectionsTest {

	@Autowired
	HttpGraphQlTester anonymous;

	@Autowired
	Driver driver;

	@Autowired
	org.lettergraph.bench.StatementCounter statements;

	HttpGraphQlTester editor;

	HttpGraphQlTester reader;

	@BeforeEach
	void signIn() {
		this.editor = Editors.signedIn(this.anonymous);
		this.reader = Editors.as(this.anonymous, Editors.READER_TOKEN);
	}

	// updateLetter

	@Test
	void anEditorCorrectsALettersFactsAndTheHistoryKeepsBeforeAndAfter() {
		String id = ingest("Tidewater request on detention", "2025-03-04", List.of("Tidewater Newcomer Network"));
		var result = this.editor.document("""
				mutation($id: ID!) { updateLetter(id: $id, input: {date: "2025-03-07", title: "Tidewater request to end detention",
				  asks: ["End the county contract"], reportedSignerCount: 40, reportedSignerCountQualifier: MORE_THAN,
				  concerns: [{program: "program:immigration-detention", ask: "end"}]}) {
				  letter { id date title asks reportedSignerCount reportedSignerCountQualifier concerns { program { id } ask }
				           updatedBy updatedAt createdBy }
				  changes { action field before after by } } }""").variable("id", id).execute();
		result.path("updateLetter.letter.id").entity(String.class).isEqualTo(id);
		result.path("updateLetter.letter.date").entity(String.class).isEqualTo("2025-03-07");
		result.path("updateLetter.letter.title").entity(String.class).isEqualTo("Tidewater request to end detention");
		result.path("updateLetter.letter.asks").entityList(String.class).containsExactly("End the county contract");
		result.path("updateLetter.letter.reportedSignerCount").entity(Integer.class).isEqualTo(40);
		result.path("updateLetter.letter.reportedSignerCountQualifier").entity(String.class).isEqualTo("MORE_THAN");
		result.path("updateLetter.letter.concerns[*].program.id").entityList(String.class)
			.containsExactly("program:immigration-detention");
		result.path("updateLetter.letter.updatedBy").entity(String.class).isEqualTo("test-bot");
		result.path("updateLetter.letter.createdBy").entity(String.class).isEqualTo("test-bot");
		result.path("updateLetter.changes[*].field").entityList(String.class)
			.containsExactly("title", "date", "asks", "reportedSignerCount", "reportedSignerCountQualifier", "concerns");
		result.path("updateLetter.changes[?(@.field == 'date')].before").entityList(String.class).containsExactly("2025-03-04");
		result.path("updateLetter.changes[?(@.field == 'date')].after").entityList(String.class).containsExactly("2025-03-07");
		result.path("updateLetter.changes[0].by").entity(String.class).isEqualTo("test-bot");

		// Every edge still cites a source: the new CONCERNS edge cites the letter's own.
		assertThat(single("MATCH (:Letter {id: $id})-[c:CONCERNS]->() RETURN c.sources AS x", id))
			.isEqualTo(List.of("source:test-tidewater-request-on-detention"));
		// The letter's place in date order follows the new date.
		assertThat(single("MATCH (l:Letter {id: $id}) RETURN l.sortKey AS x", id)).isEqualTo("2025-03-07|" + id);

		var history = this.anonymous.document("query($id: ID!) { history(id: $id, first: 2) { totalCount "
				+ "edges { cursor node { action field by at } } pageInfo { hasNextPage endCursor } } }")
			.variable("id", id)
			.execute();
		history.path("history.totalCount").entity(Integer.class).isEqualTo(6);
		history.path("history.edges[*].node.field").entityList(String.class)
			.containsExactly("concerns", "reportedSignerCountQualifier");
		String after = history.path("history.pageInfo.endCursor").entity(String.class).get();
		this.anonymous.document("query($id: ID!, $after: String) { history(id: $id, first: 10, after: $after) "
				+ "{ edges { node { field } } pageInfo { hasNextPage } } }")
			.variable("id", id)
			.variable("after", after)
			.execute()
			.path("history.edges[*].node.field")
			.entityList(String.class)
			.containsExactly("reportedSignerCount", "asks", "date", "title");

		// The same correction again changes nothing and records nothing.
		List<String> before = dump();
		this.editor.document("mutation($id: ID!) { updateLetter(id: $id, input: {date: \"2025-03-07\", asks: "
				+ "[\"End the county contract\"]}) { changes { field } } }")
			.variable("id", id)
			.execute()
			.path("updateLetter.changes")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(GraphDump.difference(before, dump())).isEmpty();
	}

	@Test
	void aLetterCorrectionNeedsAnEditorAKnownIdAndSensibleValues() {
		String id = ingest("Juniper coalition note", "2025-03-05", List.of("Juniper Valley Allies"));
		List<String> before = GraphDump.of(this.driver);
		String mutation = "mutation($id: ID!) { updateLetter(id: $id, input: {title: \"Changed\"}) { letter { title } } }";
		refusedWithoutEditor(mutation, Map.of("id", id));
		expectError(this.editor, mutation, Map.of("id", "letter:2025-01-01-no-such-letter"), "NOT_FOUND",
				"No letter has the id 'letter:2025-01-01-no-such-letter'.");
		expectError(this.editor, "mutation($id: ID!) { updateLetter(id: $id, input: {title: \"  \"}) { letter { id } } }",
				Map.of("id", id), "BAD_REQUEST", "a letter needs a title");
		expectError(this.editor, "mutation($id: ID!) { updateLetter(id: $id, input: {concerns: [{program: \"program:nope\"}]}) "
				+ "{ letter { id } } }", Map.of("id", id), "BAD_REQUEST", "no program has the id 'program:nope'");
		expectError(this.editor, "mutation($id: ID!) { updateLetter(id: $id, input: {reportedSignerCount: -3}) { letter { id } } }",
				Map.of("id", id), "BAD_REQUEST", "must be 0 or more");
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).isEmpty();
	}

	// addParticipant, removeParticipant, changeRole

	@Test
	void signersAreAddedTakenOffAndChangeRoleKeepingAGaplessOrder() {
		String id = ingest("Saltmarsh appeal", "2025-03-06", List.of("Saltmarsh Refugee Circle", "Ochre Hills Workers Center"));
		String added = ingest("Saltmarsh other letter", "2025-03-08", List.of("Brackenridge Sanctuary Alliance"));
		assertThat(added).isNotBlank();
		String newcomer = "org:brackenridge-sanctuary-alliance";
		var add = this.editor.document("""
				mutation($l: ID!, $a: ID!) { addParticipant(input: {letterId: $l, actorId: $a, position: 1}) {
				  letter { signers { edges { position role node { id } } } } changes { action after subjects } } }""")
			.variable("l", id).variable("a", newcomer).execute();
		add.path("addParticipant.letter.signers.edges[*].node.id").entityList(String.class)
			.containsExactly(newcomer, "org:saltmarsh-refugee-circle", "org:ochre-hills-workers-center");
		add.path("addParticipant.letter.signers.edges[*].position").entityList(Integer.class).containsExactly(1, 2, 3);
		add.path("addParticipant.changes[0].subjects").entityList(String.class).containsExactly(id, newcomer);
		assertThat(single("MATCH (:Actor {id: $a})-[s:SIGNED]->(:Letter {id: $id}) RETURN s.sources AS x",
				Map.of("a", newcomer, "id", id))).isEqualTo(List.of("source:test-saltmarsh-appeal"));
		// Adding it again changes nothing.
		this.editor.document("mutation($l: ID!, $a: ID!) { addParticipant(input: {letterId: $l, actorId: $a}) { changes { action } } }")
			.variable("l", id).variable("a", newcomer).execute()
			.path("addParticipant.changes").entityList(Object.class).hasSize(0);

		this.editor.document("mutation($l: ID!, $a: ID!) { changeRole(letterId: $l, actorId: $a, from: SIGNER, to: LEAD) "
				+ "{ letter { leads { id } } } }")
			.variable("l", id).variable("a", "org:ochre-hills-workers-center").execute()
			.path("changeRole.letter.leads[*].id").entityList(String.class).containsExactly("org:ochre-hills-workers-center");
		var endorse = this.editor.document("mutation($l: ID!, $a: ID!) { changeRole(letterId: $l, actorId: $a, from: SIGNER, "
				+ "to: ENDORSER) { letter { endorsers { id } signers { edges { position node { id } } } } } }")
			.variable("l", id).variable("a", "org:saltmarsh-refugee-circle").execute();
		endorse.path("changeRole.letter.endorsers[*].id").entityList(String.class).containsExactly("org:saltmarsh-refugee-circle");
		endorse.path("changeRole.letter.signers.edges[*].position").entityList(Integer.class).containsExactly(1, 2);
		assertThat(single("MATCH (:Actor {id: 'org:saltmarsh-refugee-circle'})-[e:ENDORSED]->(:Letter {id: $id}) RETURN e.sources AS x", id))
			.isEqualTo(List.of("source:test-saltmarsh-appeal"));

		var removed = this.editor.document("mutation($l: ID!, $a: ID!) { removeParticipant(letterId: $l, actorId: $a, role: SIGNER) "
				+ "{ letter { signers { edges { position node { id } } } updatedBy } } }")
			.variable("l", id).variable("a", newcomer).execute();
		removed.path("removeParticipant.letter.signers.edges[*].node.id").entityList(String.class)
			.containsExactly("org:ochre-hills-workers-center");
		removed.path("removeParticipant.letter.signers.edges[*].position").entityList(Integer.class).containsExactly(1);
		removed.path("removeParticipant.letter.updatedBy").entity(String.class).isEqualTo("test-bot");
		// Taking it off again is refused in plain words.
		expectError(this.editor, "mutation($l: ID!, $a: ID!) { removeParticipant(letterId: $l, actorId: $a, role: SIGNER) { changes { action } } }",
				Map.of("l", id, "a", newcomer), "BAD_REQUEST", "nothing to remove");
		// The actor's history lists what happened to it on the letter.
		this.anonymous.document("query($a: ID!) { history(id: $a) { edges { node { action } } } }")
			.variable("a", newcomer).execute()
			.path("history.edges[*].node.action").entityList(String.class)
			.containsExactly("REMOVE_PARTICIPANT", "ADD_PARTICIPANT");
	}

	@Test
	void participantCorrectionsNeedAnEditorAndKnownIds() {
		String id = ingest("Foxglove plea", "2025-03-09", List.of("Foxglove Mutual Aid"));
		List<String> before = GraphDump.of(this.driver);
		String add = "mutation($l: ID!, $a: ID!) { addParticipant(input: {letterId: $l, actorId: $a, role: ENDORSER}) { changes { action } } }";
		refusedWithoutEditor(add, Map.of("l", id, "a", "org:american-civil-liberties-union"));
		refusedWithoutEditor("mutation($l: ID!, $a: ID!) { removeParticipant(letterId: $l, actorId: $a, role: SIGNER) { changes { action } } }",
				Map.of("l", id, "a", "org:foxglove-mutual-aid"));
		refusedWithoutEditor("mutation($l: ID!, $a: ID!) { changeRole(letterId: $l, actorId: $a, from: SIGNER, to: LEAD) { changes { action } } }",
				Map.of("l", id, "a", "org:foxglove-mutual-aid"));
		expectError(this.editor, add, Map.of("l", id, "a", "org:nobody-at-all"), "NOT_FOUND", "No actor has the id 'org:nobody-at-all'.");
		expectError(this.editor, add, Map.of("l", "letter:none", "a", "org:foxglove-mutual-aid"), "NOT_FOUND", "No letter has the id 'letter:none'.");
		expectError(this.editor, "mutation($l: ID!, $a: ID!) { addParticipant(input: {letterId: $l, actorId: $a, sourceIds: [\"source:none\"]}) { changes { action } } }",
				Map.of("l", id, "a", "org:american-civil-liberties-union"), "BAD_REQUEST", "no source has the id source:none");
		expectError(this.editor, "mutation($l: ID!, $a: ID!) { addParticipant(input: {letterId: $l, actorId: $a, position: 9}) { changes { action } } }",
				Map.of("l", id, "a", "org:american-civil-liberties-union"), "BAD_REQUEST", "between 1 and 2");
		expectError(this.editor, "mutation($l: ID!, $a: ID!) { changeRole(letterId: $l, actorId: $a, from: SIGNER, to: CC) { changes { action } } }",
				Map.of("l", id, "a", "org:foxglove-mutual-aid"), "BAD_REQUEST", "remove it and add it again");
		assertThat(GraphDump.difference(before, GraphDump.of(this.driver))).isEmpty();
	}

	// retractLetter, removeActors

	@Test
	void aRetractedLetterGoesWithItsEdgesAndListsTheActorsLeftWithNothing() {
		String id = ingest("Cinderford statement", "2025-03-10",
				List.of("Cinderford Welcome Project", "American Civil Liberties Union"));
		String otherLetter = ingest("Cinderford second", "2025-03-11", List.of("Larchmere Accompaniment Team"));
		assertThat(otherLetter).isNotBlank();
		String mutation = "mutation($id: ID!) { retractLetter(id: $id) { id title leftWithNothing { id name } changes { action subjects } } }";
		refusedWithoutEditor(mutation, Map.of("id", id));

		var result = this.editor.document(mutation).variable("id", id).execute();
		result.path("retractLetter.title").entity(String.class).isEqualTo("Cinderford statement");
		result.path("retractLetter.leftWithNothing[*].id").entityList(String.class)
			.containsExactly("org:cinderford-welcome-project");
		this.anonymous.document("query($id: ID!) { letter(id: $id) { id } }").variable("id", id).execute()
			.path("letter").valueIsNull();
		assertThat(single("MATCH (l:Letter {id: $id}) RETURN count(l) AS x", id)).isEqualTo(0L);
		// Listed, not removed.
		assertThat(single("MATCH (a:Actor {id: 'org:cinderford-welcome-project'}) RETURN count(a) AS x", id)).isEqualTo(1L);

		// Twice: NOT_FOUND, saying it was retracted already.
		expectError(this.editor, mutation, Map.of("id", id), "NOT_FOUND", "was retracted already, by test-bot");
		expectError(this.editor, mutation, Map.of("id", "letter:1999-01-01-never"), "NOT_FOUND", "No letter has the id");
		this.anonymous.document("query($id: ID!) { history(id: $id) { edges { node { action by } } } }")
			.variable("id", id).execute()
			.path("history.edges[*].node.action").entityList(String.class).containsExactly("RETRACT_LETTER");

		// removeActors: refused for actors that still have something, all or none; then removes the one left.
		String remove = "mutation($ids: [ID!]!) { removeActors(ids: $ids) { removedIds changes { action } } }";
		refusedWithoutEditor(remove, Map.of("ids", List.of("org:cinderford-welcome-project")));
		expectError(this.editor, remove, Map.of("ids", List.of("org:cinderford-welcome-project", "org:larchmere-accompaniment-team")),
				"BAD_REQUEST", "Larchmere Accompaniment Team (org:larchmere-accompaniment-team) still has a letter");
		expectError(this.editor, remove, Map.of("ids", List.of("org:no-one")), "NOT_FOUND", "No actor has the id 'org:no-one'");
		this.editor.document(remove).variable("ids", List.of("org:cinderford-welcome-project")).execute()
			.path("removeActors.removedIds").entityList(String.class).containsExactly("org:cinderford-welcome-project");
		assertThat(single("MATCH (a:Actor {id: 'org:cinderford-welcome-project'}) RETURN count(a) AS x", id)).isEqualTo(0L);
		this.anonymous.document("{ history(id: \"org:cinderford-welcome-project\") { edges { node { action } } } }").execute()
			.path("history.edges[*].node.action").entityList(String.class).containsExactly("REMOVE_ACTOR", "RETRACT_LETTER");
		expectError(this.anonymous, "{ history(id: \"org:never-was\") { totalCount } }", Map.of(), "NOT_FOUND",
				"No letter or actor has the id 'org:never-was'");
	}

	// renameActor

	@Test
	void aRenamedActorKeepsItsOldNameAsAnAliasAndIsStillFoundByIt() {
		ingest("Wrenfield letter", "2025-03-12", List.of("Wrenfield Immigrant Rights Org"));
		String id = "org:wrenfield-immigrant-rights-org";
		String mutation = "mutation($id: ID!, $name: String!) { renameActor(id: $id, name: $name) "
				+ "{ actor { id name aliases updatedBy } changes { action before after } } }";
		refusedWithoutEditor(mutation, Map.of("id", id, "name", "Wrenfield Immigrant Rights Organization"));

		var renamed = this.editor.document(mutation).variable("id", id)
			.variable("name", "Wrenfield Immigrant Rights Organization").execute();
		renamed.path("renameActor.actor.id").entity(String.class).isEqualTo(id);
		renamed.path("renameActor.actor.name").entity(String.class).isEqualTo("Wrenfield Immigrant Rights Organization");
		renamed.path("renameActor.actor.aliases").entityList(String.class).contains("Wrenfield Immigrant Rights Org");
		renamed.path("renameActor.changes[0].before").entity(String.class).isEqualTo("Wrenfield Immigrant Rights Org");
		@SuppressWarnings("unchecked")
		List<String> keys = (List<String>) single("MATCH (a:Actor {id: $id}) RETURN a.keys AS x", id);
		assertThat(keys).first().isEqualTo("wrenfield immigrant rights organization");
		assertThat(keys).contains("wrenfield immigrant rights org").doesNotHaveDuplicates();
		for (String name : List.of("Wrenfield Immigrant Rights Org", "wrenfield immigrant rights organization")) {
			this.anonymous.document("query($n: String!) { actorByName(name: $n) { id } }").variable("n", name).execute()
				.path("actorByName.id").entity(String.class).isEqualTo(id);
		}
		// The same name again: nothing changes.
		List<String> before = dump();
		this.editor.document(mutation).variable("id", id).variable("name", "Wrenfield Immigrant Rights Organization")
			.execute().path("renameActor.changes").entityList(Object.class).hasSize(0);
		assertThat(GraphDump.difference(before, dump())).isEmpty();
		// Back to the old name: it stops being an alias, and the newer one becomes one; still no key twice.
		this.editor.document(mutation).variable("id", id).variable("name", "Wrenfield Immigrant Rights Org").execute()
			.path("renameActor.actor.aliases").entityList(String.class)
			.contains("Wrenfield Immigrant Rights Organization").doesNotContain("Wrenfield Immigrant Rights Org");
		@SuppressWarnings("unchecked")
		List<String> keysAgain = (List<String>) single("MATCH (a:Actor {id: $id}) RETURN a.keys AS x", id);
		assertThat(keysAgain).first().isEqualTo("wrenfield immigrant rights org");
		assertThat(keysAgain).doesNotHaveDuplicates();

		expectError(this.editor, mutation, Map.of("id", id, "name", "American Civil Liberties Union"), "BAD_REQUEST",
				"is already what American Civil Liberties Union (org:american-civil-liberties-union) is called");
		expectError(this.editor, mutation, Map.of("id", "org:nobody-here", "name", "X"), "NOT_FOUND",
				"No actor has the id 'org:nobody-here'.");
		expectError(this.editor, mutation, Map.of("id", id, "name", " - "), "BAD_REQUEST", "at least one letter or digit");
	}

	// mergeActors, unmergeActor

	@Test
	void mergeThenUnmergeLeavesTheGraphExactlyAsItWas() {
		ingest("Hollowmere letter one", "2025-03-13", List.of("Hollowmere Legal Aid", "Stonecrop Families United"));
		ingest("Hollowmere letter two", "2025-03-14",
				List.of("Hollowmere Legal Aide", "Hollowmere Legal Aid", "Stonecrop Families United"));
		ingest("Hollowmere letter three", "2025-03-15", List.of("Hollowmere Legal Aide"));
		String kept = "org:hollowmere-legal-aid";
		String merged = "org:hollowmere-legal-aide";
		this.editor.document("mutation($k: ID!, $a: String!) { addAlias(actorId: $k, alias: $a) { id } }")
			.variable("k", merged).variable("a", "HLA Two").execute();
		List<String> before = dump();

		var merge = this.editor.document("mutation($k: ID!, $m: [ID!]!) { mergeActors(keepId: $k, mergeIds: $m) "
				+ "{ id aliases merges { mergedIds by } } }")
			.variable("k", kept).variable("m", List.of(merged)).execute();
		merge.path("mergeActors.aliases").entityList(String.class).contains("Hollowmere Legal Aide", "HLA Two");
		merge.path("mergeActors.merges[0].mergedIds").entityList(String.class).containsExactly(merged);
		assertThat(dump()).isNotEqualTo(before);

		String unmerge = "mutation($id: ID!) { unmergeActor(id: $id) { actor { id aliases merges { id } } "
				+ "restored { id name aliases letters { letter { id } role } } remainingMerges } }";
		refusedWithoutEditor(unmerge, Map.of("id", kept));
		var result = this.editor.document(unmerge).variable("id", kept).execute();
		result.path("unmergeActor.restored[0].id").entity(String.class).isEqualTo(merged);
		result.path("unmergeActor.restored[0].aliases").entityList(String.class).containsExactly("HLA Two");
		assertThat(result.path("unmergeActor.restored[0].letters[*].letter.id").entityList(String.class).get())
			.containsExactlyInAnyOrder("letter:2025-03-15-hollowmere-letter-three", "letter:2025-03-14-hollowmere-letter-two");
		result.path("unmergeActor.remainingMerges").entity(Integer.class).isEqualTo(0);
		result.path("unmergeActor.actor.merges").entityList(Object.class).hasSize(0);
		assertThat(GraphDump.difference(before, dump())).isEmpty();

		this.anonymous.document("query($id: ID!) { history(id: $id) { edges { node { action subjects } } } }")
			.variable("id", merged).execute()
			.path("history.edges[*].node.action").entityList(String.class)
			.containsExactly("UNMERGE_ACTOR", "MERGE_ACTORS", "ADD_ALIAS");

		// Un-merging again, or an actor never merged: a clear error, nothing changes; an unknown id is NOT_FOUND.
		expectError(this.editor, unmerge, Map.of("id", kept), "BAD_REQUEST", "was not made by a merge that can be undone");
		expectError(this.editor, unmerge, Map.of("id", "org:stonecrop-families-united"), "BAD_REQUEST",
				"was not made by a merge that can be undone");
		expectError(this.editor, unmerge, Map.of("id", "org:not-there"), "NOT_FOUND", "No actor has the id 'org:not-there'.");
		assertThat(GraphDump.difference(before, dump())).isEmpty();
	}

	@Test
	void whatChangedAfterTheMergeStaysWhenItIsUndone() {
		ingest("Bramblecote letter one", "2025-03-16", List.of("Bramblecote Day Laborers"));
		ingest("Bramblecote letter two", "2025-03-17", List.of("Bramblecote Day Labourers"));
		String three = ingest("Bramblecote letter three", "2025-03-18", List.of("Pennywort Youth Voices"));
		String kept = "org:bramblecote-day-laborers";
		String merged = "org:bramblecote-day-labourers";
		this.editor.document("mutation($k: ID!, $m: [ID!]!) { mergeActors(keepId: $k, mergeIds: $m) { id } }")
			.variable("k", kept).variable("m", List.of(merged)).execute();
		// After the merge, the kept actor signs another letter and gets another alias.
		this.editor.document("mutation($l: ID!, $a: ID!) { addParticipant(input: {letterId: $l, actorId: $a}) { changes { action } } }")
			.variable("l", three).variable("a", kept).execute();
		this.editor.document("mutation($k: ID!) { addAlias(actorId: $k, alias: \"BDL\") { id } }").variable("k", kept).execute();

		var result = this.editor.document("mutation($id: ID!) { unmergeActor(id: $id) { actor { aliases letters { letter { id } } } "
				+ "restored { id letters { letter { id } } } } }").variable("id", kept).execute();
		assertThat(result.path("unmergeActor.actor.letters[*].letter.id").entityList(String.class).get())
			.containsExactlyInAnyOrder("letter:2025-03-16-bramblecote-letter-one", three);
		result.path("unmergeActor.actor.aliases").entityList(String.class).containsExactly("BDL");
		result.path("unmergeActor.restored[0].letters[*].letter.id").entityList(String.class)
			.containsExactly("letter:2025-03-17-bramblecote-letter-two");
		assertThat(single("MATCH (a:Actor {id: $id}) RETURN a.keys AS x", kept))
			.isEqualTo(List.of("bramblecote day laborers", "bdl"));
	}

	// createdBy, createdAt, updatedBy, updatedAt

	@Test
	void stampsAreFieldsOfLettersAndActorsReadInOneStatementPerLevel() {
		String id = ingest("Nettlebed memo", "2025-03-19", List.of("Nettlebed Rapid Response", "Sorrel Creek Allies"));
		this.statements.reset();
		var answer = this.anonymous.document("""
				query($id: ID!) { letter(id: $id) { createdBy createdAt updatedBy updatedAt
				  signers { edges { node { id createdBy createdAt updatedBy updatedAt } } } } }""")
			.variable("id", id).execute();
		answer.path("letter.createdBy").entity(String.class).isEqualTo("test-bot");
		answer.path("letter.updatedBy").valueIsNull();
		answer.path("letter.signers.edges[*].node.createdBy").entityList(String.class)
			.containsExactly("test-bot", "test-bot");
		String createdAt = answer.path("letter.createdAt").entity(String.class).get();
		assertThat(java.time.OffsetDateTime.parse(createdAt)).isNotNull();
		// At most one statement per level of the request (the loader may batch both levels into one: seen as 1).
		assertThat(this.statements.statements()).filteredOn(s -> s.startsWith("// Who created and who last changed"))
			.isNotEmpty()
			.hasSizeLessThanOrEqualTo(2);
		// A correction stamps the letter, and the history says the same who and when.
		var corrected = this.editor.document("mutation($id: ID!) { updateLetter(id: $id, input: {title: \"Nettlebed memo, "
				+ "corrected\"}) { letter { updatedBy updatedAt } changes { by at } } }").variable("id", id).execute();
		corrected.path("updateLetter.letter.updatedBy").entity(String.class).isEqualTo("test-bot");
		assertThat(corrected.path("updateLetter.letter.updatedAt").entity(String.class).get())
			.isEqualTo(corrected.path("updateLetter.changes[0].at").entity(String.class).get());
	}

	// helpers

	/** Writes a letter of my own signed by these organizations; its id. */
	private String ingest(String title, String date, List<String> signers) {
		String source = "source:test-" + title.toLowerCase().replace(' ', '-');
		String record = """
				title: %s
				date: %s
				sources: [%s]
				sourceDetails: [{id: %s, title: %s, publisher: Test, kind: LETTER}]
				signers: [%s]
				""".formatted(title, date, source, source, title,
				String.join(", ", signers.stream().map(s -> "{name: \"" + s + "\", kind: ORGANIZATION}").toList()));
		this.editor.documentName("ingestRecord").variable("record", record).execute()
			.path("ingestLetter.errors").entityList(Object.class).hasSize(0);
		return "letter:" + date + "-" + title.toLowerCase().replace(' ', '-');
	}

	/** The graph without the history's and merges' own bookkeeping nodes. */
	private List<String> dump() {
		return GraphDump.of(this.driver)
			.stream()
			.filter(line -> !line.startsWith("node [Change]") && !line.startsWith("node [Merge]"))
			.toList();
	}

	private void refusedWithoutEditor(String document, Map<String, Object> variables) {
		expectError(this.reader, document, variables, "FORBIDDEN", "is not an editor");
		expectError(this.anonymous, document, variables, "UNAUTHORIZED", "needs an editor");
	}

	private static void expectError(GraphQlTester tester, String document, Map<String, Object> variables, String type,
			String message) {
		GraphQlTester.Request<?> request = tester.document(document);
		for (var entry : variables.entrySet()) {
			request = request.variable(entry.getKey(), entry.getValue());
		}
		request.execute()
			.errors()
			.expect(e -> e.getErrorType().toString().equals(type) && e.getMessage().contains(message))
			.verify();
	}

	private Object single(String cypher, String id) {
		return single(cypher, Map.of("id", id));
	}

	private Object single(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.run(cypher, parameters).single().get("x").asObject();
		}
	}
}
