package org.lettergraph.letter;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lettergraph.support.GraphQlTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The questions the bundled dataset of the five documents must answer, asked through GraphQL. */
@GraphQlTestSupport
class BundledDatasetTest {

	static final String FEB_2021 = "letter:2021-02-12-end-287g-secure-communities-and-ice-detainers";

	static final String MAR_15_2021 = "letter:2021-03-15-phase-out-ice-and-usms-jail-contracts";

	static final String MAR_17_2021 = "letter:2021-03-17-end-287g-and-ice-detainers";

	static final String NOV_2024 = "letter:2024-11-15-act-now-to-protect-immigrant-communities";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void organizationsOnBothTheFebruary2021AndNovember2024Letters() {
		Set<String> february = participantIds(FEB_2021);
		Set<String> november = participantIds(NOV_2024);
		Set<String> both = new HashSet<>(february);
		both.retainAll(november);
		assertThat(both).containsExactlyInAnyOrder("org:national-immigrant-justice-center",
				"org:immigrant-legal-resource-center", "org:national-immigration-project", "org:united-we-dream");
		// "Indivisible" endorsed in 2021; the Indivisible groups that signed in 2024 are other organizations.
		assertThat(february).contains("org:indivisible");
		assertThat(november).doesNotContain("org:indivisible").contains("org:indivisible-denver");
	}

	@Test
	void everyLetterAddressedToTheSecretaryOfHomelandSecurity() {
		List<String> ids = this.graphQl.documentName("lettersWith")
			.variable("where", Map.of("addressedTo", "official:alejandro-mayorkas"))
			.execute()
			.path("letters.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(ids).containsExactly(NOV_2024, MAR_17_2021, MAR_15_2021, FEB_2021);
	}

	@Test
	void lettersAbout287g() {
		this.graphQl.documentName("lettersWith")
			.variable("where", Map.of("concerns", "program:287g"))
			.execute()
			.path("letters.totalCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("letters.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(MAR_17_2021, FEB_2021);
	}

	@Test
	void whoLedEachLetter() {
		assertThat(leads(FEB_2021)).containsExactly("lawmaker:S001145", "lawmaker:Q000023", "lawmaker:E000297");
		assertThat(leads(MAR_15_2021)).containsExactly("lawmaker:O000173");
		assertThat(leads(MAR_17_2021)).containsExactly("org:law-enforcement-action-partnership");
		assertThat(leads(NOV_2024)).containsExactly("org:detention-watch-network");
	}

	@Test
	void theNovember2024LetterHasAll193SignersInOrderWithAcronymsAsAliases() {
		var response = this.graphQl.documentName("letterParticipants")
			.variable("id", NOV_2024)
			.variable("first", 100)
			.execute();
		response.path("letter.signers.totalCount").entity(Integer.class).isEqualTo(193);
		response.path("letter.reportedSignerCount").entity(Integer.class).isEqualTo(193);
		response.path("letter.signers.edges[0].node.name").entity(String.class).isEqualTo("Detention Watch Network");
		response.path("letter.signers.edges[0].role").entity(String.class).isEqualTo("LEAD");
		response.path("letter.signers.edges[1].node.name").entity(String.class).isEqualTo("18 Million Rising");
		response.path("letter.signers.edges[1].position").entity(Integer.class).isEqualTo(2);
		response.path("letter.signers.edges[11].node.name")
			.entity(String.class)
			.isEqualTo("American Friends Service Committee");
		response.path("letter.signers.edges[11].node.aliases").entityList(String.class).containsExactly("AFSC");
		response.path("letter.signers.edges[12].node.name")
			.entity(String.class)
			.isEqualTo("American Friends Service Committee, Colorado");
		response.path("letter.addressees[*].id")
			.entityList(String.class)
			.containsExactly("official:joe-biden", "official:alejandro-mayorkas");
		response.path("letter.cc[*].id")
			.entityList(String.class)
			.containsExactly("official:neera-tanden", "official:patrick-j-lechleitner", "official:michael-lumpkin");
		response.path("letter.asks").entityList(String.class).hasSize(3);
		String last = response.path("letter.signers.pageInfo.endCursor").entity(String.class).get();

		var page2 = this.graphQl.documentName("letterParticipants")
			.variable("id", NOV_2024)
			.variable("first", 100)
			.variable("after", last)
			.execute();
		page2.path("letter.signers.edges").entityList(Object.class).hasSize(93);
		page2.path("letter.signers.edges[92].node.name").entity(String.class).isEqualTo("Woori Juntos");
		page2.path("letter.signers.edges[92].position").entity(Integer.class).isEqualTo(193);
		page2.path("letter.signers.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		page2.path("letter.signers.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void namesThatLookAlikeAreDifferentOrganizations() {
		List<String> makeTheRoad = this.graphQl
			.document("{ search(text: \"make the road\", first: 20) { id } }")
			.execute()
			.path("search[*].id")
			.entityList(String.class)
			.get();
		assertThat(makeTheRoad).containsExactlyInAnyOrder("org:make-the-road-ct", "org:make-the-road-nevada",
				"org:make-the-road-new-jersey", "org:make-the-road-ny", "org:make-the-road-pennsylvania");
		this.graphQl.document("{ actorByName(name: \"Asian Americans Advancing Justice | AAJC\") { id name } }")
			.execute()
			.path("actorByName.name")
			.entity(String.class)
			.isEqualTo("Asian Americans Advancing Justice | AAJC");
		this.graphQl.document("{ actorByName(name: \"Community Justice Exchange / National Bail Fund Network\") { id } }")
			.execute()
			.path("actorByName.id")
			.entity(String.class)
			.isEqualTo("org:community-justice-exchange-national-bail-fund-network");
	}

	@Test
	void oneNodePerOrganizationHoweverTheSourcesSpellIt() {
		for (String spelling : List.of("ACLU", "American Civil Liberties Union", "the american civil liberties union")) {
			this.graphQl.document("query($n: String!) { actorByName(name: $n) { id } }")
				.variable("n", spelling)
				.execute()
				.path("actorByName.id")
				.entity(String.class)
				.isEqualTo("org:american-civil-liberties-union");
		}
		this.graphQl.document("{ actorByName(name: \"Immigration Legal Resource Center\") { id } }")
			.execute()
			.path("actorByName.id")
			.entity(String.class)
			.isEqualTo("org:immigrant-legal-resource-center");
		this.graphQl.document("{ actorByName(name: \"NIPNLG\") { id letters { role letter { id } } } }")
			.execute()
			.path("actorByName.id")
			.entity(String.class)
			.isEqualTo("org:national-immigration-project")
			.path("actorByName.letters[*].letter.id")
			.entityList(String.class)
			.containsExactly(NOV_2024, FEB_2021);
	}

	private Set<String> participantIds(String letterId) {
		var response = this.graphQl.documentName("letterParticipants")
			.variable("id", letterId)
			.variable("first", 100)
			.execute();
		Set<String> ids = new HashSet<>(response.path("letter.endorsers[*].id").entityList(String.class).get());
		ids.addAll(response.path("letter.signers.edges[*].node.id").entityList(String.class).get());
		String cursor = response.path("letter.signers.pageInfo.endCursor").entity(String.class).get();
		if (response.path("letter.signers.pageInfo.hasNextPage").entity(Boolean.class).get()) {
			ids.addAll(this.graphQl.documentName("letterParticipants")
				.variable("id", letterId)
				.variable("first", 100)
				.variable("after", cursor)
				.execute()
				.path("letter.signers.edges[*].node.id")
				.entityList(String.class)
				.get());
		}
		return ids;
	}

	private List<String> leads(String letterId) {
		return this.graphQl.documentName("letterParticipants")
			.variable("id", letterId)
			.execute()
			.path("letter.leads[*].id")
			.entityList(String.class)
			.get();
	}
}
