package org.lettergraph.ingest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.support.FixtureGraphTestSupport;
import org.lettergraph.support.Editors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;

/** The raw text of the November 2024 letter, ingested into a graph that holds nothing yet. */
@FixtureGraphTestSupport
@DirtiesContext
class NovemberLetterIntoEmptyGraphTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@BeforeEach
	void signIn() {
		this.graphQl = Editors.signedIn(this.graphQl);
	}

	@Test
	void givesTheWholeLetter() throws Exception {
		var response = this.graphQl.document("""
				mutation($text: String!) { ingestLetter(input: {text: $text}) {
				  errors { message line }
				  letter { id title date asks reportedSignerCount
				    parties { role title organization actor { name } }
				    signers(first: 100) { totalCount edges { position role node { name aliases } } }
				    sources { id kind title date } }
				  created { actorId } review { actorId } } }""")
			.variable("text", SeedTexts.novemberLetter())
			.execute();
		response.path("ingestLetter.errors").entityList(Object.class).hasSize(0);
		response.path("ingestLetter.letter.id").entity(String.class)
			.isEqualTo("letter:2024-11-15-act-now-to-protect-immigrant-communities");
		response.path("ingestLetter.letter.title").entity(String.class).isEqualTo("Act now to protect immigrant communities");
		response.path("ingestLetter.letter.date").entity(String.class).isEqualTo("2024-11-15");
		response.path("ingestLetter.letter.asks").entityList(String.class)
			.containsExactly("Close detention centers", "Halt all expansion efforts", "Release people from detention");
		response.path("ingestLetter.letter.parties[?(@.role == 'ADDRESSEE')].actor.name").entityList(String.class)
			.containsExactly("Joe Biden", "Alejandro Mayorkas");
		response.path("ingestLetter.letter.parties[?(@.role == 'ADDRESSEE')].title").entityList(String.class)
			.containsExactly("President", "Secretary");
		response.path("ingestLetter.letter.parties[?(@.role == 'CC')].actor.name").entityList(String.class)
			.containsExactly("Neera Tanden", "Patrick J. Lechleitner", "Michael Lumpkin");
		response.path("ingestLetter.letter.parties[?(@.role == 'CC')].title").entityList(String.class)
			.containsExactly("Domestic Policy Advisor to President Biden and Director",
					"Deputy Director and Senior Official Performing the Duties of the Director", "Chief of Staff");
		response.path("ingestLetter.letter.signers.totalCount").entity(Integer.class).isEqualTo(193);
		response.path("ingestLetter.letter.reportedSignerCount").entity(Integer.class).isEqualTo(193);
		response.path("ingestLetter.letter.signers.edges[0].node.name").entity(String.class).isEqualTo("Detention Watch Network");
		response.path("ingestLetter.letter.signers.edges[11].node.name").entity(String.class)
			.isEqualTo("American Friends Service Committee");
		response.path("ingestLetter.letter.signers.edges[11].node.aliases").entityList(String.class).containsExactly("AFSC");
		response.path("ingestLetter.letter.signers.edges[21].node.name").entity(String.class)
			.isEqualTo("Asian Americans Advancing Justice | AAJC");
		response.path("ingestLetter.letter.sources[0].kind").entity(String.class).isEqualTo("LETTER");
		// 193 organizations and 5 officials, all new
		response.path("ingestLetter.created").entityList(Object.class).hasSize(198);

		var rest = this.graphQl.document("""
				{ letter(id: "letter:2024-11-15-act-now-to-protect-immigrant-communities") {
				    signers(first: 100, after: "c2lnbmVyOjEwMA") { edges { position node { name } } } } }""")
			.execute();
		rest.path("letter.signers.edges").entityList(Object.class).hasSize(93);
		rest.path("letter.signers.edges[92].node.name").entity(String.class).isEqualTo("Woori Juntos");
	}
}
