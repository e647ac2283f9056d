package org.lettergraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lettergraph.resolve.ReviewCandidates.NewActor;
import org.lettergraph.resolve.ReviewCandidates.NewActors;
import org.lettergraph.resolve.ReviewCandidates.Pairs;
import org.lettergraph.resolve.ReviewCandidates.Proposal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The new actors of a write compared among themselves ({@link ReviewCandidates#among}): keeping a block's actors by
 * the length and first word of their names, and so leaving out pairs of different lengths or unlike first words,
 * proposes exactly what comparing every pair of a block proposes, in the same order and for the same letter. The
 * names are made up here: a long sign-on list whose names share most of their words, near spellings of some of
 * them, places written as a state's name or code, aliases of another length than the name, people beside
 * organizations, and one actor in two letters.
 */
class ReviewCandidatesAmongTest {

	private static final String[] PLACES = { "Birchwood", "Copper Mill", "Dovecote", "Eastbrook Flats", "Fernhill",
			"Gullpoint", "Hollin Vale", "Inkwater", "Juneberry", "Kettle Run", "Lowmarsh", "Millbank Crossing" };

	private static final String[] KINDS = { "Renters Alliance", "Legal Defense Fund", "Worker Center",
			"Interfaith Council", "Youth Collective", "Food Pantry", "Parents Network", "Day Laborer Project" };

	private static final String[] SIDES = { "", "Upper ", "Lower ", "Greater " };

	private static final String[] STATES = { "New York", "NY", "New Jersey", "Texas", "TX", "" };

	@Test
	void likeShapedPairsProposeWhatEveryPairProposes() {
		List<NewActors> letters = letters(new Random(12));

		ReviewCandidates.Found every = ReviewCandidates.among(letters, Pairs.EVERY_PAIR_OF_A_BLOCK);
		ReviewCandidates.Found likeShaped = ReviewCandidates.among(letters, Pairs.LIKE_SHAPED);

		List<Map.Entry<Proposal, Integer>> expected = every.proposals();
		assertThat(likeShaped.proposals()).isEqualTo(expected);
		// The names were made so that many pairs are near: misspellings, places written two ways, aliases.
		assertThat(expected).hasSizeGreaterThan(40);
		assertThat(expected).anySatisfy(p -> assertThat(p.getKey().reason()).contains("place"));
		assertThat(expected).anySatisfy(p -> assertThat(p.getKey().reason()).isEqualTo("spelled differently"));
		// Proposals from the second letter's actors to the first's are made, and kept for the second letter.
		assertThat(expected).anySatisfy(p -> assertThat(p.getValue()).isEqualTo(1));
		assertThat(expected).allSatisfy(p -> assertThat(p.getKey().actorId()).isNotEqualTo(p.getKey().candidateId()));
	}

	@Test
	void aNameNearAnotherOnlyByItsAliasIsProposed() {
		// Within a letter the earlier name is compared with the later one's names: "Kestrel Harbor Mutual Aid" has
		// as many words as the later actor's alias, not as its name.
		NewActor first = new NewActor("org:first", "Organization", "Kestrel Harbor Mutual Aid", List.of());
		NewActor second = new NewActor("org:second", "Organization", "Kestrel Harbor Tenants and Neighbors Mutual Aid",
				List.of("Kestrel Harbour Mutual Aid"));
		List<NewActors> letters = List.of(new NewActors(List.of(first, second), List.of("source:a")));

		ReviewCandidates.Found likeShaped = ReviewCandidates.among(letters, Pairs.LIKE_SHAPED);

		assertThat(likeShaped.proposals()).isEqualTo(
				ReviewCandidates.among(letters, Pairs.EVERY_PAIR_OF_A_BLOCK).proposals());
		assertThat(likeShaped.proposals()).singleElement().satisfies(p -> {
			assertThat(p.getKey().actorId()).isEqualTo("org:first");
			assertThat(p.getKey().candidateId()).isEqualTo("org:second");
		});
		// Not with an alias: then the two names have different lengths and nothing is proposed.
		List<NewActors> plain = List.of(new NewActors(List.of(first, new NewActor("org:second", "Organization",
				second.name(), List.of())), List.of("source:a")));
		assertThat(ReviewCandidates.among(plain, Pairs.LIKE_SHAPED).proposals()).isEmpty();
		assertThat(ReviewCandidates.among(plain, Pairs.EVERY_PAIR_OF_A_BLOCK).proposals()).isEmpty();
	}

	/** Two letters of made-up signers; a few names misspelled, some with a state, some with aliases. */
	private static List<NewActors> letters(Random random) {
		List<NewActor> first = new ArrayList<>();
		List<NewActor> second = new ArrayList<>();
		int n = 0;
		for (String side : SIDES) {
			for (String kind : KINDS) {
				for (String place : PLACES) {
					String state = STATES[random.nextInt(STATES.length)];
					String name = side + place + " " + kind + (state.isEmpty() ? "" : " " + state);
					List<String> aliases = (n % 9 == 0) ? List.of(place + " " + kind.split(" ")[0])
							: (n % 13 == 0) ? List.of(name + " Inc") : List.of();
					NewActor actor = new NewActor("org:among-" + n, "Organization", name, aliases);
					(((n % 3) == 0) ? second : first).add(actor);
					if (n % 11 == 0) {
						// A near spelling, and the same place written the other way, in the other letter.
						(((n % 3) == 0) ? first : second).add(new NewActor("org:among-" + n + "-near", "Organization",
								misspell(name, random), List.of()));
						String other = state.equals("New York") ? "NY" : state.equals("NY") ? "New York"
								: state.equals("Texas") ? "TX" : state.equals("TX") ? "Texas" : null;
						if (other != null) {
							second.add(new NewActor("org:among-" + n + "-place", "Organization",
									side + place + " " + kind + " " + other, List.of()));
						}
					}
					n++;
				}
			}
		}
		for (int i = 0; i < 40; i++) {
			String person = "Marisol " + PLACES[i % PLACES.length].split(" ")[0] + ((i % 4 == 0) ? "e" : "");
			first.add(new NewActor("person:among-" + i, "Person", person, List.of()));
		}
		// One actor two letters create: it stands where the first letter has it.
		second.add(first.get(5));
		return List.of(new NewActors(first, List.of("source:among-1")),
				new NewActors(second, List.of("source:among-2")));
	}

	/** One letter inside the name's longest word doubled or dropped. */
	private static String misspell(String name, Random random) {
		String[] words = name.split(" ");
		int longest = 0;
		for (int i = 1; i < words.length; i++) {
			if (words[i].length() > words[longest].length()) {
				longest = i;
			}
		}
		String word = words[longest];
		int at = 2 + random.nextInt(word.length() - 3);
		words[longest] = random.nextBoolean() ? word.substring(0, at) + word.charAt(at) + word.substring(at)
				: word.substring(0, at) + word.substring(at + 1);
		return String.join(" ", words);
	}
}
