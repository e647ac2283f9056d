package org.lettergraph.network;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.support.FixtureGraphTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lettergraph.network.Fixtures.ALPHA;
import static org.lettergraph.network.Fixtures.DELTA;
import static org.lettergraph.network.Fixtures.ONE;

/**
 * Per-actor, per-program and top-signer counts on {@link Fixtures#coalition()} (letters, dates and participants in
 * the table of {@code CoSignatureFixtureTest}).
 */
@FixtureGraphTestSupport
class SummaryFixtureTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Fixtures fixtures;

	@BeforeEach
	void writeFixture() {
		this.fixtures.coalition();
	}

	@Test
	void actorSummaryOfASigner() {
		// Alpha: led l1, signed l2 and l3; l1 and l2 concern p1, l3 p2.
		var alpha = actorSummary(ALPHA);
		alpha.path("actorSummary.actor.name").entity(String.class).isEqualTo("Alpha Org");
		alpha.path("actorSummary.letters").entity(Integer.class).isEqualTo(3);
		alpha.path("actorSummary.byRole[*].role").entityList(String.class).containsExactly("LEAD", "SIGNER");
		alpha.path("actorSummary.byRole[*].letters").entityList(Integer.class).containsExactly(1, 2);
		alpha.path("actorSummary.firstLetter").entity(String.class).isEqualTo("2020-01-10");
		alpha.path("actorSummary.lastLetter").entity(String.class).isEqualTo("2022-03-05");
		alpha.path("actorSummary.programs[*].program.id")
			.entityList(String.class)
			.containsExactly("program:p1", "program:p2");
		alpha.path("actorSummary.programs[*].letters").entityList(Integer.class).containsExactly(2, 1);
		alpha.path("actorSummary.programs[0].program.name").entity(String.class).isEqualTo("Program p1");
		alpha.path("actorSummary.coSigners").entity(Integer.class).isEqualTo(4);
	}

	@Test
	void actorSummaryCountsALetterSignedAndEndorsedOnceInTotalAndOncePerRole() {
		// Delta signed l2, l3 and l5 and endorsed l5 too.
		var delta = actorSummary(DELTA);
		delta.path("actorSummary.letters").entity(Integer.class).isEqualTo(3);
		delta.path("actorSummary.byRole[*].role").entityList(String.class).containsExactly("SIGNER", "ENDORSER");
		delta.path("actorSummary.byRole[*].letters").entityList(Integer.class).containsExactly(3, 1);
		delta.path("actorSummary.programs[*].program.id")
			.entityList(String.class)
			.containsExactly("program:p2", "program:p1");
		delta.path("actorSummary.lastLetter").entity(String.class).isEqualTo("2024-02-02");
	}

	@Test
	void actorSummaryOfAnAddresseeAndOfNobody() {
		var official = actorSummary(ONE);
		official.path("actorSummary.letters").entity(Integer.class).isEqualTo(3);
		official.path("actorSummary.byRole[*].role").entityList(String.class).containsExactly("ADDRESSEE");
		official.path("actorSummary.coSigners").entity(Integer.class).isEqualTo(0);
		actorSummary("org:nobody").path("actorSummary").valueIsNull();
	}

	@Test
	void programSummaryCountsLettersAndSignersPerYear() {
		// p2: l3 (2022: alpha, delta, epsilon), l4 (2023: zeta), l5 (2024: epsilon, delta, gamma).
		var p2 = programSummary("program:p2");
		p2.path("programSummary.program.name").entity(String.class).isEqualTo("Program p2");
		p2.path("programSummary.letters").entity(Integer.class).isEqualTo(3);
		p2.path("programSummary.signers").entity(Integer.class).isEqualTo(5);
		p2.path("programSummary.firstLetter").entity(String.class).isEqualTo("2022-03-05");
		p2.path("programSummary.lastLetter").entity(String.class).isEqualTo("2024-02-02");
		p2.path("programSummary.byYear[*].year").entityList(Integer.class).containsExactly(2022, 2023, 2024);
		p2.path("programSummary.byYear[*].letters").entityList(Integer.class).containsExactly(1, 1, 1);
		p2.path("programSummary.byYear[*].signers").entityList(Integer.class).containsExactly(3, 1, 3);
		var p1 = programSummary("program:p1");
		p1.path("programSummary.signers").entity(Integer.class).isEqualTo(4);
		p1.path("programSummary.byYear[*].signers").entityList(Integer.class).containsExactly(3, 4);
		programSummary("program:nothing").path("programSummary").valueIsNull();
	}

	@Test
	void topSignersByLettersThenName() {
		var all = topSigners("{ topSigners { actor { id name } letters leads } }");
		all.path("topSigners[*].actor.name")
			.entityList(String.class)
			.containsExactly("Alpha Org", "Delta Org", "Gamma Org", "Beta Org", "Epsilon Org", "Zeta Org");
		all.path("topSigners[*].letters").entityList(Integer.class).containsExactly(3, 3, 3, 2, 2, 1);
		all.path("topSigners[*].leads").entityList(Integer.class).containsExactly(1, 0, 0, 1, 1, 1);
		topSigners("{ topSigners(first: 2) { actor { name } } }").path("topSigners[*].actor.name")
			.entityList(String.class)
			.containsExactly("Alpha Org", "Delta Org");
	}

	@Test
	void topSignersWithinADateWindowProgramOrKind() {
		topSigners("{ topSigners(from: \"2022-01-01\") { actor { name } letters } }").path("topSigners[*].actor.name")
			.entityList(String.class)
			.containsExactly("Delta Org", "Epsilon Org", "Alpha Org", "Gamma Org", "Zeta Org");
		var early = topSigners("{ topSigners(to: \"2021-12-31\") { actor { name } letters } }");
		early.path("topSigners[*].actor.name")
			.entityList(String.class)
			.containsExactly("Alpha Org", "Beta Org", "Gamma Org", "Delta Org");
		early.path("topSigners[*].letters").entityList(Integer.class).containsExactly(2, 2, 2, 1);
		topSigners("{ topSigners(from: \"2022-01-01\", to: \"2022-12-31\", concerns: \"program:p2\") { letters } }")
			.path("topSigners[*].letters")
			.entityList(Integer.class)
			.containsExactly(1, 1, 1);
		topSigners("{ topSigners(kind: LAWMAKER) { letters } }").path("topSigners").entityList(Object.class).hasSize(0);
		this.graphQl.document("{ topSigners(from: \"2024-01-01\", to: \"2023-01-01\") { letters } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
	}

	private GraphQlTester.Response actorSummary(String id) {
		return this.graphQl.document("""
				query($id: ID!) {
				  actorSummary(id: $id) {
				    actor { id name } letters byRole { role letters } firstLetter lastLetter
				    programs { program { id name } letters } coSigners
				  }
				}""").variable("id", id).execute();
	}

	private GraphQlTester.Response programSummary(String id) {
		return this.graphQl.document("""
				query($id: ID!) {
				  programSummary(id: $id) {
				    program { id name } letters signers firstLetter lastLetter byYear { year letters signers }
				  }
				}""").variable("id", id).execute();
	}

	private GraphQlTester.Response topSigners(String document) {
		return this.graphQl.document(document).execute();
	}
}
