package org.lettergraph.network;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.support.FixtureGraphTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lettergraph.network.Fixtures.ALPHA;
import static org.lettergraph.network.Fixtures.BETA;
import static org.lettergraph.network.Fixtures.DELTA;
import static org.lettergraph.network.Fixtures.EPSILON;
import static org.lettergraph.network.Fixtures.GAMMA;
import static org.lettergraph.network.Fixtures.ONE;
import static org.lettergraph.network.Fixtures.TWO;
import static org.lettergraph.network.Fixtures.ZETA;

/**
 * Co-signers, common signers, the outreach list, paths and the network on {@link Fixtures#coalition()}, small enough
 * to work out by hand:
 *
 * <pre>
 * letter  date        program  lead     signers               endorsers        addressed to
 * l1      2020-01-10  p1       alpha    beta, gamma                            one
 * l2      2021-06-01  p1       beta     alpha, gamma, delta                    one
 * l3      2022-03-05  p2                alpha, delta          epsilon          one
 * l4      2023-09-09  p2       zeta
 * l5      2024-02-02  p2       epsilon  delta                 delta, gamma     two
 * </pre>
 *
 * Letters per actor: alpha 3 (l1 l2 l3), beta 2 (l1 l2), gamma 3 (l1 l2 l5), delta 3 (l2 l3 l5; signing and
 * endorsing l5 counts once), epsilon 2 (l3 l5), zeta 1 (l4). Shared letters per pair: alpha-beta 2, alpha-gamma 2,
 * alpha-delta 2, beta-gamma 2, gamma-delta 2, delta-epsilon 2, alpha-epsilon 1, beta-delta 1, gamma-epsilon 1;
 * zeta shares nothing.
 */
@FixtureGraphTestSupport
class CoSignatureFixtureTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Fixtures fixtures;

	@BeforeEach
	void writeFixture() {
		this.fixtures.coalition();
	}

	// coSigners

	@Test
	void coSignersAreOrderedByLettersSharedThenByName() {
		var response = coSigners(ALPHA, null, null);
		response.path("coSigners[*].actor.id").entityList(String.class).containsExactly(BETA, DELTA, GAMMA, EPSILON);
		response.path("coSigners[*].count").entityList(Integer.class).containsExactly(2, 2, 2, 1);
		response.path("coSigners[0].sharedLetters[*].id")
			.entityList(String.class)
			.containsExactly("letter:l2", "letter:l1");
		response.path("coSigners[1].sharedLetters[*].id")
			.entityList(String.class)
			.containsExactly("letter:l3", "letter:l2");
		response.path("coSigners[3].sharedLetters[*].title").entityList(String.class).containsExactly("Letter letter:l3");
	}

	@Test
	void signingAndEndorsingTheSameLetterCountsOnce() {
		var response = coSigners(DELTA, null, null);
		response.path("coSigners[*].actor.id").entityList(String.class).containsExactly(ALPHA, EPSILON, GAMMA, BETA);
		response.path("coSigners[*].count").entityList(Integer.class).containsExactly(2, 2, 2, 1);
	}

	@Test
	void coSignersLeaveTheActorItselfOut() {
		for (String actor : List.of(ALPHA, BETA, GAMMA, DELTA, EPSILON)) {
			assertThat(coSigners(actor, null, null).path("coSigners[*].actor.id").entityList(String.class).get())
				.isNotEmpty()
				.doesNotContain(actor);
		}
	}

	@Test
	void coSignersHonourMinSharedAndFirst() {
		coSigners(ALPHA, 2, null).path("coSigners[*].actor.id")
			.entityList(String.class)
			.containsExactly(BETA, DELTA, GAMMA);
		coSigners(ALPHA, 3, null).path("coSigners").entityList(Object.class).hasSize(0);
		coSigners(ALPHA, null, 1).path("coSigners[*].actor.id").entityList(String.class).containsExactly(BETA);
		coSigners(ALPHA, null, 0).path("coSigners").entityList(Object.class).hasSize(0);
	}

	@Test
	void actorsWithoutCoSignersHaveNone() {
		coSigners(ZETA, null, null).path("coSigners").entityList(Object.class).hasSize(0);
		coSigners(ONE, null, null).path("coSigners").entityList(Object.class).hasSize(0);
		coSigners("org:nobody", null, null).path("coSigners").entityList(Object.class).hasSize(0);
	}

	@Test
	void badMinSharedAndFirstAreRefused() {
		badRequest("{ coSigners(actorId: \"org:alpha\", minShared: 0) { count } }", "minShared");
		badRequest("{ coSigners(actorId: \"org:alpha\", first: 101) { count } }", "first");
	}

	// commonSigners and signedButNot

	@Test
	void commonSignersTookPartInEveryLetter() {
		assertThat(common("letter:l1", "letter:l2")).containsExactly(ALPHA, BETA, GAMMA);
		assertThat(common("letter:l1", "letter:l2", "letter:l3")).containsExactly(ALPHA);
		assertThat(common("letter:l5")).containsExactly(DELTA, EPSILON, GAMMA);
		assertThat(common("letter:l5", "letter:l5")).containsExactly(DELTA, EPSILON, GAMMA);
		assertThat(common("letter:l1", "letter:l4")).isEmpty();
	}

	@Test
	void commonSignersRefuseUnknownLettersAndEmptyLists() {
		badRequest("{ commonSigners(letterIds: [\"letter:l1\", \"letter:nope\"]) { id } }", "letter:nope");
		badRequest("{ commonSigners(letterIds: []) { id } }", "letterIds");
	}

	@Test
	void signedButNotIsTheOutreachList() {
		assertThat(outreach("letter:l2", "letter:l1")).containsExactly(DELTA);
		assertThat(outreach("letter:l1", "letter:l2")).isEmpty();
		assertThat(outreach("letter:l5", "letter:l3")).containsExactly(GAMMA);
		assertThat(outreach("letter:l3", "letter:l5")).containsExactly(ALPHA);
		assertThat(outreach("letter:l4", "letter:l4")).isEmpty();
		badRequest("{ signedButNot(signed: \"letter:nope\", notSigned: \"letter:l1\") { id } }", "'signed'");
		badRequest("{ signedButNot(signed: \"letter:l1\", notSigned: \"letter:nope\") { id } }", "'notSigned'");
	}

	// shortestPath

	@Test
	void pathBetweenCoSignersGoesThroughOneLetter() {
		var response = path(ALPHA, BETA, null, null);
		response.path("shortestPath.length").entity(Integer.class).isEqualTo(2);
		response.path("shortestPath.steps[*].kind")
			.entityList(String.class)
			.containsExactly("ORGANIZATION", "LETTER", "ORGANIZATION");
		response.path("shortestPath.steps[0].id").entity(String.class).isEqualTo(ALPHA);
		response.path("shortestPath.steps[0].relationship").valueIsNull();
		response.path("shortestPath.steps[2].actor.name").entity(String.class).isEqualTo("Beta Org");
		String letter = response.path("shortestPath.steps[1].id").entity(String.class).get();
		// Alpha led l1 and signed l2; Beta signed l1 and led l2: either letter is a shortest path.
		List<String> roles = response.path("shortestPath.steps[*].role").entityList(String.class).get();
		if (letter.equals("letter:l1")) {
			assertThat(roles).containsExactly(null, "LEAD", "SIGNER");
		}
		else {
			assertThat(letter).isEqualTo("letter:l2");
			assertThat(roles).containsExactly(null, "SIGNER", "LEAD");
		}
		response.path("shortestPath.steps[1].letter.id").entity(String.class).isEqualTo(letter);
		response.path("shortestPath.steps[1].relationship").entity(String.class).isEqualTo("SIGNED");
	}

	@Test
	void pathLengthIsBoundedByMaxHops() {
		// Beta and Epsilon share no letter, but both share one with Alpha, Gamma or Delta.
		var response = path(BETA, EPSILON, null, null);
		response.path("shortestPath.length").entity(Integer.class).isEqualTo(4);
		List<String> kinds = response.path("shortestPath.steps[*].kind").entityList(String.class).get();
		assertThat(kinds).containsExactly("ORGANIZATION", "LETTER", "ORGANIZATION", "LETTER", "ORGANIZATION");
		path(BETA, EPSILON, 4, null).path("shortestPath.length").entity(Integer.class).isEqualTo(4);
		path(BETA, EPSILON, 3, null).path("shortestPath").valueIsNull();
	}

	@Test
	void pathIsNullWhenActorsAreNotConnected() {
		path(ALPHA, ZETA, 10, null).path("shortestPath").valueIsNull();
		// Officials are only reached through the letters sent to them, which a co-signature path does not use.
		path(ALPHA, TWO, null, null).path("shortestPath").valueIsNull();
	}

	@Test
	void pathThroughAddresseesWhenAsked() {
		var response = path(ALPHA, TWO, null, List.of("LEAD", "SIGNER", "ENDORSER", "ADDRESSEE"));
		response.path("shortestPath.length").entity(Integer.class).isEqualTo(4);
		response.path("shortestPath.steps[3].id").entity(String.class).isEqualTo("letter:l5");
		response.path("shortestPath.steps[4].relationship").entity(String.class).isEqualTo("ADDRESSED_TO");
		response.path("shortestPath.steps[4].role").entity(String.class).isEqualTo("ADDRESSEE");
		response.path("shortestPath.steps[4].kind").entity(String.class).isEqualTo("OFFICIAL");
		// Alpha only signs: through addressee edges alone, no path leaves it.
		path(ALPHA, ONE, null, List.of("ADDRESSEE")).path("shortestPath").valueIsNull();
		path(ALPHA, ONE, null, List.of("LEAD", "SIGNER", "ADDRESSEE"))
			.path("shortestPath.length")
			.entity(Integer.class)
			.isEqualTo(2);
	}

	@Test
	void pathOnlyThroughTheRolesAsked() {
		// Leads alone: alpha led l1, beta led l2, and no lead joins the two.
		path(ALPHA, BETA, null, List.of("LEAD")).path("shortestPath").valueIsNull();
		// Signers alone: alpha signed l2 with gamma, who signed l1 with beta.
		var signers = path(ALPHA, BETA, null, List.of("SIGNER"));
		signers.path("shortestPath.length").entity(Integer.class).isEqualTo(4);
		signers.path("shortestPath.steps[*].id")
			.entityList(String.class)
			.containsExactly(ALPHA, "letter:l2", GAMMA, "letter:l1", BETA);
		signers.path("shortestPath.steps[*].role")
			.entityList(String.class)
			.containsExactly(null, "SIGNER", "SIGNER", "SIGNER", "SIGNER");
		path(ALPHA, BETA, null, List.of("SIGNER", "ENDORSER")).path("shortestPath.length")
			.entity(Integer.class)
			.isEqualTo(4);
		// Both roles of SIGNED: the letter alpha led and beta signed.
		path(ALPHA, BETA, null, List.of("LEAD", "SIGNER")).path("shortestPath.length")
			.entity(Integer.class)
			.isEqualTo(2);
	}

	@Test
	void badPathArgumentsAreRefused() {
		badRequest("{ shortestPath(from: \"org:alpha\", to: \"org:beta\", maxHops: 11) { length } }", "maxHops");
		badRequest("{ shortestPath(from: \"org:alpha\", to: \"org:beta\", maxHops: 0) { length } }", "maxHops");
		badRequest("{ shortestPath(from: \"org:alpha\", to: \"org:alpha\") { length } }", "same actor");
		badRequest("{ shortestPath(from: \"org:nobody\", to: \"org:beta\") { length } }", "'from'");
		badRequest("{ shortestPath(from: \"org:alpha\", to: \"org:nobody\") { length } }", "'to'");
		badRequest("{ shortestPath(from: \"org:alpha\", to: \"org:beta\", via: []) { length } }", "'via'");
	}

	// coSignatureNetwork

	@Test
	void networkListsTheStrongestEdgesWithJaccard() {
		var response = network(null, null, null);
		response.path("coSignatureNetwork.truncated").entity(Boolean.class).isEqualTo(false);
		response.path("coSignatureNetwork.edges[*].source")
			.entityList(String.class)
			.containsExactly(ALPHA, ALPHA, ALPHA, BETA, DELTA, DELTA, ALPHA, BETA, EPSILON);
		response.path("coSignatureNetwork.edges[*].target")
			.entityList(String.class)
			.containsExactly(BETA, DELTA, GAMMA, GAMMA, EPSILON, GAMMA, EPSILON, DELTA, GAMMA);
		response.path("coSignatureNetwork.edges[*].weight")
			.entityList(Integer.class)
			.containsExactly(2, 2, 2, 2, 2, 2, 1, 1, 1);
		List<Double> jaccard = response.path("coSignatureNetwork.edges[*].jaccard").entityList(Double.class).get();
		double[] expected = { 2 / 3.0, 0.5, 0.5, 2 / 3.0, 2 / 3.0, 0.5, 0.25, 0.25, 0.25 };
		for (int i = 0; i < expected.length; i++) {
			assertThat(jaccard.get(i)).isCloseTo(expected[i], within(1e-9));
		}
		// Nodes: most letters first, then by name; Zeta shares no letter, so it is no node.
		response.path("coSignatureNetwork.nodes[*].id")
			.entityList(String.class)
			.containsExactly(ALPHA, DELTA, GAMMA, BETA, EPSILON);
		response.path("coSignatureNetwork.nodes[*].letterCount").entityList(Integer.class).containsExactly(3, 3, 3, 2, 2);
		response.path("coSignatureNetwork.nodes[0].actor.name").entity(String.class).isEqualTo("Alpha Org");
	}

	@Test
	void networkIsBoundedByFirst() {
		var response = network(null, null, 3);
		response.path("coSignatureNetwork.truncated").entity(Boolean.class).isEqualTo(true);
		response.path("coSignatureNetwork.edges[*].target").entityList(String.class).containsExactly(BETA, DELTA, GAMMA);
		response.path("coSignatureNetwork.nodes[*].id").entityList(String.class).containsExactly(ALPHA, DELTA, GAMMA, BETA);
		network(null, null, 9).path("coSignatureNetwork.truncated").entity(Boolean.class).isEqualTo(false);
		network(null, null, 0).path("coSignatureNetwork.nodes").entityList(Object.class).hasSize(0);
		badRequest("{ coSignatureNetwork(first: 5001) { truncated } }", "max-edges");
	}

	@Test
	void networkHonoursMinShared() {
		var response = network(null, 2, null);
		response.path("coSignatureNetwork.edges[*].weight").entityList(Integer.class).containsExactly(2, 2, 2, 2, 2, 2);
		response.path("coSignatureNetwork.nodes").entityList(Object.class).hasSize(5);
		network(null, 3, null).path("coSignatureNetwork.edges").entityList(Object.class).hasSize(0);
	}

	@Test
	void networkFiltersLettersByProgramDateAndAddressee() {
		// Program p1: l1 and l2. Alpha, Beta and Gamma signed both (Jaccard 1); Delta only l2.
		var p1 = network(Map.of("concerns", "program:p1"), null, null);
		p1.path("coSignatureNetwork.edges[*].weight").entityList(Integer.class).containsExactly(2, 2, 2, 1, 1, 1);
		p1.path("coSignatureNetwork.edges[0].jaccard").entity(Double.class).isEqualTo(1.0);
		p1.path("coSignatureNetwork.edges[3].source").entity(String.class).isEqualTo(ALPHA);
		p1.path("coSignatureNetwork.edges[3].target").entity(String.class).isEqualTo(DELTA);
		p1.path("coSignatureNetwork.edges[3].jaccard").entity(Double.class).isEqualTo(0.5);
		// From 2022: l3, l4, l5. Delta and Epsilon share both l3 and l5.
		var recent = network(Map.of("from", "2022-01-01"), null, null);
		recent.path("coSignatureNetwork.edges[0].source").entity(String.class).isEqualTo(DELTA);
		recent.path("coSignatureNetwork.edges[0].target").entity(String.class).isEqualTo(EPSILON);
		recent.path("coSignatureNetwork.edges[*].weight").entityList(Integer.class).containsExactly(2, 1, 1, 1, 1);
		recent.path("coSignatureNetwork.nodes[*].letterCount").entityList(Integer.class).containsExactly(2, 2, 1, 1);
		// Addressed to Official Two: l5 alone.
		network(Map.of("addressedTo", TWO), null, null).path("coSignatureNetwork.edges[*].weight")
			.entityList(Integer.class)
			.containsExactly(1, 1, 1);
		network(Map.of("from", "2030-01-01"), null, null).path("coSignatureNetwork.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	private GraphQlTester.Response coSigners(String actorId, Integer minShared,
			Integer first) {
		return this.graphQl.document("""
				query($id: ID!, $min: Int, $first: Int) {
				  coSigners(actorId: $id, minShared: $min, first: $first) {
				    actor { id name } count sharedLetters { id title }
				  }
				}""").variable("id", actorId).variable("min", minShared).variable("first", first).execute();
	}

	private List<String> common(String... letterIds) {
		return this.graphQl.document("query($ids: [ID!]!) { commonSigners(letterIds: $ids) { id } }")
			.variable("ids", List.of(letterIds))
			.execute()
			.path("commonSigners[*].id")
			.entityList(String.class)
			.get();
	}

	private List<String> outreach(String signed, String notSigned) {
		return this.graphQl.document("query($s: ID!, $n: ID!) { signedButNot(signed: $s, notSigned: $n) { id } }")
			.variable("s", signed)
			.variable("n", notSigned)
			.execute()
			.path("signedButNot[*].id")
			.entityList(String.class)
			.get();
	}

	private GraphQlTester.Response path(String from, String to,
			Integer maxHops, List<String> via) {
		return this.graphQl.document("""
				query($from: ID!, $to: ID!, $max: Int, $via: [Role!]) {
				  shortestPath(from: $from, to: $to, maxHops: $max, via: $via) {
				    length
				    steps { id name kind relationship role actor { id name } letter { id } }
				  }
				}""").variable("from", from).variable("to", to).variable("max", maxHops).variable("via", via).execute();
	}

	private GraphQlTester.Response network(Map<String, Object> where,
			Integer minShared, Integer first) {
		return this.graphQl.document("""
				query($where: LetterWhere, $min: Int, $first: Int) {
				  coSignatureNetwork(where: $where, minShared: $min, first: $first) {
				    truncated
				    nodes { id letterCount actor { name } }
				    edges { source target weight jaccard }
				  }
				}""").variable("where", where).variable("min", minShared).variable("first", first).execute();
	}

	private void badRequest(String document, String messagePart) {
		this.graphQl.document(document)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains(messagePart);
			}));
	}
}
