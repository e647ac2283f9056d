package org.lettergraph.graph;

import org.junit.jupiter.api.Test;
import org.lettergraph.support.GraphQlTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Programs, sources and the graph's statistics on the bundled dataset. */
@GraphQlTestSupport
class ProgramsSourcesStatsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void programsWithWhoRunsThemAndTheLettersAboutThem() {
		this.graphQl.document("{ programs { id name aliases runBy { id } letters { id } sources { id } } }")
			.execute()
			.path("programs[*].id").entityList(String.class)
			// by name: "287(g) program", "Expansion …", "ICE and USMS contracts …", "ICE detainers", "Immigration …", "Secure …"
			.containsExactly("program:287g", "program:detention-expansion", "program:jail-contracts",
					"program:ice-detainers", "program:immigration-detention", "program:secure-communities");
		this.graphQl.document("{ program(id: \"program:jail-contracts\") { runBy { id } letters { id } } }")
			.execute()
			.path("program.runBy[*].id").entityList(String.class)
			.containsExactly("org:us-immigration-and-customs-enforcement", "org:us-marshals-service")
			.path("program.letters[*].id").entityList(String.class)
			.containsExactly("letter:2021-03-15-phase-out-ice-and-usms-jail-contracts");
		this.graphQl.document("{ letter(id: \"letter:2021-02-12-end-287g-secure-communities-and-ice-detainers\") "
				+ "{ concerns { program { id } ask } } }")
			.execute()
			.path("letter.concerns[?(@.program.id == 'program:ice-detainers')].ask").entityList(String.class)
			.containsExactly("end their use");
	}

	@Test
	void sourcesAreCitedByTitlePublisherAndDateAndSayWhatTheyReport() {
		this.graphQl.document("{ sources { id kind } }")
			.execute()
			.path("sources").entityList(Object.class).hasSize(6);
		this.graphQl.document("{ source(id: \"source:2021-03-17-hill-law-enforcement-aclu-urge-biden\") "
				+ "{ title publisher date kind letters { id } } }")
			.execute()
			.path("source.publisher").entity(String.class).isEqualTo("The Hill")
			.path("source.date").entity(String.class).isEqualTo("2021-03-17")
			.path("source.kind").entity(String.class).isEqualTo("NEWS_ARTICLE")
			.path("source.letters[*].id").entityList(String.class)
			.containsExactly("letter:2021-03-17-end-287g-and-ice-detainers",
					"letter:2021-03-15-phase-out-ice-and-usms-jail-contracts");
		// The same letter, reported by two sources, with what each says of its signers.
		this.graphQl.document("{ letter(id: \"letter:2021-02-12-end-287g-secure-communities-and-ice-detainers\") "
				+ "{ reportedSignerCount reportedSignerCountQualifier reports { source { publisher } signerCount signerCountQualifier } } }")
			.execute()
			.path("letter.reportedSignerCount").entity(Integer.class).isEqualTo(60)
			.path("letter.reportedSignerCountQualifier").entity(String.class).isEqualTo("MORE_THAN")
			.path("letter.reports").entityList(Object.class).hasSize(2)
			.path("letter.reports[*].signerCountQualifier").entityList(String.class).satisfies(list -> assertThat(list).containsOnly("MORE_THAN"));
	}

	@Test
	void statsCountTheGraph() {
		this.graphQl.document("{ stats { letters organizations lawmakers officials people programs sources signatures "
				+ "nodes { label count } relationships { type count } } }")
			.execute()
			.path("stats.letters").entity(Integer.class).isEqualTo(4)
			.path("stats.lawmakers").entity(Integer.class).isEqualTo(4)
			.path("stats.officials").entity(Integer.class).isEqualTo(6)
			.path("stats.people").entity(Integer.class).isEqualTo(5)
			.path("stats.programs").entity(Integer.class).isEqualTo(6)
			.path("stats.sources").entity(Integer.class).isEqualTo(6)
			// 18 organizations from the news and reference records, 188 more first named by the 2024 letter
			.path("stats.organizations").entity(Integer.class).isEqualTo(206)
			// 193 on the 2024 letter, 3 + 1 + 1 leads of the others
			.path("stats.signatures").entity(Integer.class).isEqualTo(198)
			.path("stats.relationships[?(@.type == 'ENDORSED')].count").entityList(Integer.class).containsExactly(8)
			.path("stats.relationships[?(@.type == 'CC')].count").entityList(Integer.class).containsExactly(3);
	}

	@Test
	void graphiqlIsServed() {
		// GraphiQL's page is static HTML; checking it is reachable is enough here.
		this.graphQl.document("{ __schema { queryType { name } } }")
			.execute()
			.path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
	}
}
