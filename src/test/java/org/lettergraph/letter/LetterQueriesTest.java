package org.lettergraph.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lettergraph.support.GraphQlTestSupport;
import org.lettergraph.bench.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Paging, filters, argument errors and the cost of nested letter queries. */
@GraphQlTestSupport
class LetterQueriesTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter statements;

	@Test
	void pagesThroughEveryLetterNewestFirstWithoutGapsOrRepeats() {
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = this.graphQl.documentName("lettersWith").variable("first", 3).variable("after", after).execute();
			seen.addAll(page.path("letters.edges[*].node.id").entityList(String.class).get());
			page.path("letters.totalCount").entity(Integer.class).isEqualTo(4);
			page.path("letters.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null);
			more = page.path("letters.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("letters.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).containsExactly(BundledDatasetTest.NOV_2024, BundledDatasetTest.MAR_17_2021,
				BundledDatasetTest.MAR_15_2021, BundledDatasetTest.FEB_2021);
	}

	@Test
	void theLastPageSaysSoAndAPageAfterItIsEmpty() {
		var all = this.graphQl.documentName("lettersWith").variable("first", 4).execute();
		all.path("letters.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		String end = all.path("letters.pageInfo.endCursor").entity(String.class).get();
		var after = this.graphQl.documentName("lettersWith").variable("after", end).execute();
		after.path("letters.edges").entityList(Object.class).hasSize(0);
		after.path("letters.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		after.path("letters.pageInfo.endCursor").valueIsNull();
	}

	@Test
	void firstZeroGivesOnlyTheCount() {
		var none = this.graphQl.documentName("lettersWith").variable("first", 0).execute();
		none.path("letters.edges").entityList(Object.class).hasSize(0);
		none.path("letters.totalCount").entity(Integer.class).isEqualTo(4);
		none.path("letters.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void filtersCombineAndAnEmptyResultIsNotAnError() {
		this.graphQl.documentName("lettersWith")
			.variable("where", Map.of("from", "2021-03-01", "to", "2021-12-31"))
			.execute()
			.path("letters.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(BundledDatasetTest.MAR_17_2021, BundledDatasetTest.MAR_15_2021);
		this.graphQl.documentName("lettersWith")
			.variable("where", Map.of("participant", "org:american-civil-liberties-union", "concerns",
					"program:ice-detainers"))
			.execute()
			.path("letters.totalCount")
			.entity(Integer.class)
			.isEqualTo(2);
		this.graphQl.documentName("lettersWith")
			.variable("where", Map.of("participant", "official:neera-tanden"))
			.execute()
			.path("letters.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(BundledDatasetTest.NOV_2024);
		var none = this.graphQl.documentName("lettersWith")
			.variable("where", Map.of("concerns", "program:287g", "from", "2024-01-01"))
			.execute();
		none.path("letters.edges").entityList(Object.class).hasSize(0);
		none.path("letters.totalCount").entity(Integer.class).isEqualTo(0);
		none.path("letters.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void anUnknownIdIsNullNotAnError() {
		this.graphQl.document("{ letter(id: \"letter:1999-01-01-nothing\") { id } actor(id: \"org:nobody\") { id } "
				+ "program(id: \"program:none\") { id } source(id: \"source:none\") { id } }")
			.execute()
			.path("letter")
			.valueIsNull()
			.path("actor")
			.valueIsNull()
			.path("program")
			.valueIsNull()
			.path("source")
			.valueIsNull();
	}

	@Test
	void aBadCursorSaysWhichArgumentAndWhy() {
		this.graphQl.documentName("lettersWith")
			.variable("after", "not-a-cursor")
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("Argument 'after'") && e.getMessage().contains("not a cursor")
					&& e.getErrorType().toString().equals("BAD_REQUEST"))
			.verify();
		// A signer cursor is not a letter cursor.
		String signerCursor = this.graphQl.documentName("letterParticipants")
			.variable("id", BundledDatasetTest.NOV_2024)
			.variable("first", 1)
			.execute()
			.path("letter.signers.pageInfo.endCursor")
			.entity(String.class)
			.get();
		this.graphQl.documentName("lettersWith")
			.variable("after", signerCursor)
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("Argument 'after'"))
			.verify();
	}

	@Test
	void firstOutOfRangeSaysTheLimit() {
		for (int first : new int[] { -1, 101 }) {
			this.graphQl.documentName("lettersWith")
				.variable("first", first)
				.execute()
				.errors()
				.expect(e -> e.getMessage().equals("Argument 'first': must be between 0 and 100, got " + first + "."))
				.verify();
		}
	}

	@Test
	void aMalformedDateSaysWhatADateLooksLike() {
		this.graphQl.documentName("lettersWith")
			.variable("where", Map.of("from", "15/11/2024"))
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("YYYY-MM-DD") && e.getMessage().contains("15/11/2024"))
			.verify();
		this.graphQl.document("{ letters(where: {to: \"yesterday\"}) { totalCount } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("YYYY-MM-DD") && e.getMessage().contains("yesterday"))
			.verify();
		this.graphQl.document("{ letters(where: {from: \"2024-01-01\", to: \"2021-01-01\"}) { totalCount } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("'from' (2024-01-01) is after 'to' (2021-01-01)"))
			.verify();
	}

	@Test
	void nestedFieldsCostOneStatementPerLevelHoweverManyLettersThereAre() {
		String nested = """
				query($first: Int) {
				  letters(first: $first) {
				    edges { node {
				      id leads { id } endorsers { id } addressees { id } cc { id }
				      parties { actor { id } sources { id } }
				      programs { id runBy { id } } concerns { ask sources { id } }
				      sources { id letters { id } } reports { signerCount }
				      signers(first: 20) { totalCount edges { node { id
				        sources { id }
				        letters { role letter { id } sources { id } }
				        ... on Organization { affiliates { title member { id } } }
				      } } }
				    } }
				  }
				}""";
		List<String> one = statementsFor(nested, 1);
		List<String> four = statementsFor(nested, 4);
		assertThat(one).hasSizeGreaterThan(5);
		assertThat(four).as("statements for 4 letters %s against 1 letter %s", four, one).hasSameSizeAs(one);
	}

	@Test
	void signersLetterCountsComeWithTheirPageAndMatchEachActorsOwnCount() {
		List<String> ids = everyLetterId();
		int compared = 0;
		for (String id : ids) {
			this.statements.reset();
			var page = this.graphQl.document("""
					query($id: ID!) { letter(id: $id) { signers(first: 3) { edges { position node { id letterCount } } } } }""")
				.variable("id", id)
				.execute();
			List<String> sent = this.statements.statements();
			List<String> signers = page.path("letter.signers.edges[*].node.id").entityList(String.class).get();
			List<Integer> counts = page.path("letter.signers.edges[*].node.letterCount").entityList(Integer.class).get();
			// The letter, then its signers with their counts: the counts cost no statement of their own.
			assertThat(sent).as("statements for letter %s", id).hasSize(2);
			for (int i = 0; i < signers.size(); i++) {
				// Asked on its own, an actor's count goes through the batched letterCount loader and its own query.
				Integer own = this.graphQl.document("query($id: ID!) { actor(id: $id) { letterCount } }")
					.variable("id", signers.get(i))
					.execute()
					.path("actor.letterCount")
					.entity(Integer.class)
					.get();
				assertThat(counts.get(i)).as("letterCount of %s on letter %s", signers.get(i), id).isEqualTo(own)
					.isPositive();
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(3);
	}

	/**
	 * A page of signers asked by id, name and kind reads no other property of theirs; asked with any other field
	 * (here every property of every kind, some behind fragments), it reads them all, and both agree with each actor
	 * asked on its own.
	 */
	@Test
	void signersAskedByNameAloneOrWithEveryPropertyAgreeWithEachActorAskedAlone() {
		String properties = """
				__typename id name kind aliases
				... on Organization { category } ... on Lawmaker { bioguideId party state chamber district }
				... on Official { title } ... on Person { description }""";
		List<String> ids = everyLetterId();
		int compared = 0;
		int withProperty = 0;
		List<String> withoutProperties = List.of("__typename", "id", "name", "kind");
		for (String id : ids) {
			List<Map> slim = signerNodes(id, String.join(" ", withoutProperties) + " letterCount");
			List<Map> full = signerNodes(id, properties);
			assertThat(slim).as("signers of %s", id).hasSameSizeAs(full);
			for (int i = 0; i < full.size(); i++) {
				Map<?, ?> alone = this.graphQl.document("query($id: ID!) { actor(id: $id) { " + properties + " } }")
					.variable("id", full.get(i).get("id"))
					.execute()
					.path("actor")
					.entity(Map.class)
					.get();
				assertThat(full.get(i)).as("signer %d of %s, every property", i, id).isEqualTo(alone);
				for (String key : withoutProperties) {
					assertThat(slim.get(i).get(key)).as("%s of signer %d of %s", key, i, id).isEqualTo(alone.get(key));
				}
				if (alone.entrySet()
					.stream()
					.anyMatch(e -> !withoutProperties.contains(e.getKey()) && e.getValue() != null
							&& !List.of().equals(e.getValue()))) {
					withProperty++;
				}
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(20);
		// Otherwise a statement that read no property at all would pass.
		assertThat(withProperty).as("signers with a property beyond id, name and kind").isGreaterThan(5);
	}

	@Test
	void aPageOfSignersIsCutAfterItsPositionWithOrWithoutCounts() {
		String id = this.graphQl.document("{ letters(first: 100) { edges { node { id signers(first: 0) { totalCount } } } } }")
			.execute()
			.path("letters.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.filter(n -> ((Number) ((Map<?, ?>) n.get("signers")).get("totalCount")).intValue() >= 3)
			.map(n -> (String) n.get("id"))
			.findFirst()
			.orElseThrow();
		String document = """
				query($id: ID!, $after: String) { letter(id: $id) { signers(first: 2, after: $after) {
				  totalCount pageInfo { hasNextPage endCursor } edges { position role node { id %s } } } } }""";
		var plain = this.graphQl.document(document.formatted("name")).variable("id", id).execute();
		var counted = this.graphQl.document(document.formatted("name letterCount")).variable("id", id).execute();
		List<Integer> positions = plain.path("letter.signers.edges[*].position").entityList(Integer.class).get();
		assertThat(positions).hasSize(2).isSorted();
		counted.path("letter.signers.edges[*].position").entityList(Integer.class).isEqualTo(positions);
		plain.path("letter.signers.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = plain.path("letter.signers.pageInfo.endCursor").entity(String.class).get();
		List<Integer> next = this.graphQl.document(document.formatted("letterCount"))
			.variable("id", id)
			.variable("after", cursor)
			.execute()
			.path("letter.signers.edges[*].position")
			.entityList(Integer.class)
			.get();
		assertThat(next).isNotEmpty().isSorted().allSatisfy(p -> assertThat(p).isGreaterThan(positions.get(1)));
	}

	private List<Map> signerNodes(String letterId, String fields) {
		return this.graphQl
			.document("query($id: ID!) { letter(id: $id) { signers(first: 100) { edges { node { " + fields
					+ " } } } } }")
			.variable("id", letterId)
			.execute()
			.path("letter.signers.edges[*].node")
			.entityList(Map.class)
			.get();
	}

	private List<String> everyLetterId() {
		return this.graphQl.document("{ letters(first: 100) { edges { node { id } } } }")
			.execute()
			.path("letters.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private List<String> statementsFor(String document, int first) {
		this.statements.reset();
		this.graphQl.document(document).variable("first", first).execute().path("letters.edges").hasValue();
		return this.statements.statements();
	}
}
