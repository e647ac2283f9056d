package org.lettergraph.actor;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lettergraph.support.GraphQlTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of actor, its own fields, and how actors are found. */
@GraphQlTestSupport
class ActorQueriesTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void aLawmakerCarriesTheFactsOfCongressLegislators() {
		this.graphQl.document("""
				{ actor(id: "lawmaker:O000173") { id name kind
				    ... on Lawmaker { bioguideId party state chamber district }
				    letters { role position letter { id } sources { publisher } }
				    sources { id } } }""")
			.execute()
			.path("actor.kind").entity(String.class).isEqualTo("LAWMAKER")
			.path("actor.bioguideId").entity(String.class).isEqualTo("O000173")
			.path("actor.party").entity(String.class).isEqualTo("Democrat")
			.path("actor.state").entity(String.class).isEqualTo("MN")
			.path("actor.chamber").entity(String.class).isEqualTo("HOUSE")
			.path("actor.district").entity(Integer.class).isEqualTo(5)
			.path("actor.letters[0].role").entity(String.class).isEqualTo("LEAD")
			.path("actor.letters[0].letter.id").entity(String.class)
			.isEqualTo("letter:2021-03-15-phase-out-ice-and-usms-jail-contracts")
			.path("actor.letters[0].sources[*].publisher").entityList(String.class).containsExactly("The Hill")
			.path("actor.sources[*].id").entityList(String.class)
			.contains("source:congress-legislators", "source:2021-hill-house-democrats-jail-contracts");
	}

	@Test
	void anOfficialHasTitlesOfficesAndEveryLetterAddressedOrCopiedToThem() {
		var response = this.graphQl.document("""
				{ actor(id: "official:alejandro-mayorkas") { name kind
				    ... on Official { title offices { organization { id } title } }
				    letters(role: ADDRESSEE) { letter { id } title organization } } }""")
			.execute();
		response.path("actor.title").entity(String.class).isEqualTo("Secretary of Homeland Security");
		response.path("actor.offices[0].organization.id").entity(String.class)
			.isEqualTo("org:us-department-of-homeland-security");
		response.path("actor.letters").entityList(Object.class).hasSize(4);
		response.path("actor.letters[*].title").entityList(String.class).satisfies(list -> assertThat(list).containsOnly("Secretary"));
		this.graphQl.document("{ actor(id: \"official:michael-lumpkin\") { letters { role title organization } } }")
			.execute()
			.path("actor.letters[0].role").entity(String.class).isEqualTo("CC")
			.path("actor.letters[0].title").entity(String.class).isEqualTo("Chief of Staff")
			.path("actor.letters[0].organization").entity(String.class)
			.isEqualTo("U.S. Immigration and Customs Enforcement");
		this.graphQl.document("{ actor(id: \"official:alejandro-mayorkas\") { letters(role: SIGNER) { role } } }")
			.execute()
			.path("actor.letters").entityList(Object.class).hasSize(0);
	}

	@Test
	void aPersonQuotedForAnOrganization() {
		this.graphQl.document("""
				{ actor(id: "person:naureen-shah") { kind
				    ... on Person { affiliations { organization { id } title sources { id } } statements { publisher date } } } }""")
			.execute()
			.path("actor.kind").entity(String.class).isEqualTo("PERSON")
			.path("actor.affiliations[0].organization.id").entity(String.class)
			.isEqualTo("org:american-civil-liberties-union")
			.path("actor.affiliations[0].title").entity(String.class).isEqualTo("Senior Advocacy and Policy Counsel")
			.path("actor.affiliations[0].sources").entityList(Object.class).hasSize(3)
			.path("actor.statements[*].publisher").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("American Civil Liberties Union",
					"The Hill", "Davis Vanguard (Everyday Injustice newsletter)"));
		this.graphQl.document("""
				{ actor(id: "org:law-enforcement-action-partnership") { aliases
				    ... on Organization { category affiliates { member { id } title } } } }""")
			.execute()
			.path("actor.aliases").entityList(String.class).containsExactly("LEAP")
			.path("actor.category").entity(String.class).isEqualTo("ADVOCACY")
			.path("actor.affiliates[0].member.id").entity(String.class).isEqualTo("person:diane-goldstein")
			.path("actor.affiliates[0].title").entity(String.class).isEqualTo("Executive Director");
	}

	@Test
	void actorByNameIgnoresCaseAndPunctuationButNotMeaning() {
		expectByName("detention watch network", "org:detention-watch-network");
		expectByName("Mujeres Latinas en Accion", "org:mujeres-latinas-en-accion");
		expectByName("AFSC", "org:american-friends-service-committee");
		expectByName("Black Diaspora Liberty Initiative", "org:black-diaspora-liberty-initiative-inc");
		expectByName("Center for Gender and Refugee Studies", "org:center-for-gender-and-refugee-studies");
		this.graphQl.document("{ actorByName(name: \"Make the Road New York\") { id } }")
			.execute()
			.path("actorByName").valueIsNull();
		this.graphQl.document("{ actorByName(name: \"   \") { id } }").execute().path("actorByName").valueIsNull();
	}

	@Test
	void searchRanksWholeWordsAndAcronymsAndCompletesPrefixes() {
		List<String> aclu = search("ACLU");
		assertThat(aclu).first().isEqualTo("org:american-civil-liberties-union");
		assertThat(search("immig legal")).contains("org:immigrant-legal-resource-center");
		assertThat(search("Indivisible")).first().isEqualTo("org:indivisible");
		assertThat(search("Indivisible")).contains("org:indivisible-denver", "org:indivisible-chicago-alliance");
		assertThat(search("zzzz-no-such-group")).isEmpty();
		this.graphQl.document("{ search(text: \"!!!\") { id } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().startsWith("Argument 'text'"))
			.verify();
		this.graphQl.document("{ search(text: \"make\", first: 2) { id } }")
			.execute()
			.path("search").entityList(Object.class).hasSize(2);
	}

	private void expectByName(String name, String id) {
		this.graphQl.document("query($n: String!) { actorByName(name: $n) { id } }")
			.variable("n", name)
			.execute()
			.path("actorByName.id")
			.entity(String.class)
			.isEqualTo(id);
	}

	private List<String> search(String text) {
		return this.graphQl.document("query($t: String!) { search(text: $t) { id } }")
			.variable("t", text)
			.execute()
			.path("search[*].id")
			.entityList(String.class)
			.get();
	}
}
