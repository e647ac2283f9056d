package org.lettergraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lettergraph.graph.GraphWrites;
import org.lettergraph.resolve.ReviewCandidates.NewActor;
import org.lettergraph.resolve.ReviewCandidates.NewActors;
import org.lettergraph.security.Authorship;
import org.lettergraph.support.GraphQlTestSupport;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screen before the near-name lookups ({@link ReviewCandidates#find}): looking up the new names' words first,
 * and by name only those their words leave in doubt, proposes exactly what looking up every name proposes, in the
 * same order and for the same letter, on the bundled graph. Names are made here from the graph's own: one letter
 * doubled (near, so proposed), words swapped or added (sharing words, not near), and made-up names built from the
 * graph's most common words.
 */
@GraphQlTestSupport
class ReviewCandidatesScreenTest {

	@Autowired
	ReviewCandidates review;

	@Autowired
	Driver driver;

	@Autowired
	GraphWrites writes;

	/** How many of the graph's names the new names are made from. */
	private static final int NAMES = 160;

	private List<NewActors> letters;

	/** As the write path runs it: inside a write transaction (here rolled back; it only reads). */
	private ReviewCandidates.Found find(ReviewCandidates.Screen screen, int wordLimit) {
		return Authorship.as("screen-tester",
				() -> this.writes.transaction(true, stamp -> this.review.find(this.letters, screen, wordLimit)));
	}

	@BeforeEach
	void newNames() {
		List<Map<String, Object>> known = new ArrayList<>();
		try (var session = this.driver.session()) {
			session.run("""
					MATCH (a:Actor) WHERE (a:Organization OR a:Person OR a:Lawmaker) AND a.name IS NOT NULL
					RETURN a.name AS name, [l IN labels(a) WHERE l <> 'Actor'][0] AS label ORDER BY a.id""")
				.forEachRemaining(r -> known.add(Map.of("name", r.get("name").asString(), "label",
						r.get("label").asString())));
		}
		assertThat(known).hasSizeGreaterThan(NAMES);
		List<NewActor> first = new ArrayList<>();
		List<NewActor> second = new ArrayList<>();
		for (int i = 0; i < NAMES; i++) {
			Map<String, Object> from = known.get(i * known.size() / NAMES); // spread over the kinds and the ids
			String name = (String) from.get("name");
			String label = (String) from.get("label");
			String[] words = name.split(" ");
			String made = switch (i % 4) {
				case 0 -> name.substring(0, name.length() / 2) + name.charAt(name.length() / 2)
						+ name.substring(name.length() / 2); // one letter doubled: near
				case 1 -> (words.length > 1) ? words[words.length - 1] + " " + name.substring(0, name.lastIndexOf(' '))
						: name + " Fund"; // words moved: shares every word, not near
				case 2 -> name + " Action Fund"; // a longer name: shares words, not near
				default -> "Riverbend " + words[0] + " Mutual Aid " + i; // made up around one of its words
			};
			NewActor actor = new NewActor("test:screen-" + i, label, made, (i % 7 == 0) ? List.of(made + " Inc") : List.of());
			((i % 2 == 0) ? first : second).add(actor);
		}
		// Two new names near each other, in different letters (proposed in memory, from the later to the earlier).
		first.add(new NewActor("test:screen-a", "Organization", "Lanternfield Workers Collective", List.of()));
		second.add(new NewActor("test:screen-b", "Organization", "Lanternfeld Workers Collective", List.of()));
		this.letters = List.of(new NewActors(first, List.of("source:test-screen-1")),
				new NewActors(second, List.of("source:test-screen-2")));
	}

	@Test
	void theScreenProposesWhatLookingUpEveryNameProposes() {
		ReviewCandidates.Found everyName = find(ReviewCandidates.Screen.NEVER, ReviewCandidates.WORD_LIMIT);
		ReviewCandidates.Found screened = find(ReviewCandidates.Screen.ALWAYS, ReviewCandidates.WORD_LIMIT);

		assertThat(screened.proposals()).isEqualTo(everyName.proposals());
		// Near names of the graph's actors are proposed, and the pair of new names too.
		assertThat(everyName.proposals()).hasSizeGreaterThan(NAMES / 8);
		assertThat(everyName.proposals()).anySatisfy(p -> {
			assertThat(p.getKey().actorId()).isEqualTo("test:screen-b");
			assertThat(p.getKey().candidateId()).isEqualTo("test:screen-a");
			assertThat(p.getValue()).isEqualTo(1);
		});
		// The screen left out names, but not all: those with a near name are looked up.
		int names = this.letters.stream().mapToInt(l -> l.created().size()).sum();
		assertThat(everyName.lookedUp()).isEqualTo(names);
		assertThat(screened.lookedUp()).isPositive().isLessThan(names);

		// A word that finds as many actors as are read (3 here) may find more: its names are looked up by name.
		ReviewCandidates.Found fewPerWord = find(ReviewCandidates.Screen.ALWAYS, 3);
		assertThat(fewPerWord.proposals()).isEqualTo(everyName.proposals());
		assertThat(fewPerWord.lookedUp()).isGreaterThan(screened.lookedUp());
	}
}
