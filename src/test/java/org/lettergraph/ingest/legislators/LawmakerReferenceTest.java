package org.lettergraph.ingest.legislators;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LawmakerReferenceTest {

	@Test
	void titleNameAndPartyStateTag() {
		assertThat(LawmakerReference.parse("Rep. Ilhan Omar (D-Minn.)"))
			.containsExactly(new LawmakerReference("Ilhan Omar", "HOUSE", "Democrat", "MN", null));
		assertThat(LawmakerReference.parse("Senator Maria Cantwell [D-WA]"))
			.containsExactly(new LawmakerReference("Maria Cantwell", "SENATE", "Democrat", "WA", null));
		assertThat(LawmakerReference.parse("U.S. Rep. Jo Ellis (R-N.Y.-21)"))
			.containsExactly(new LawmakerReference("Jo Ellis", "HOUSE", "Republican", "NY", 21));
		assertThat(LawmakerReference.parse("Congresswoman Ana Ruiz (CA-34)"))
			.containsExactly(new LawmakerReference("Ana Ruiz", "HOUSE", null, "CA", 34));
		assertThat(LawmakerReference.parse("Sen. Ben Hale, I-Vt."))
			.containsExactly(new LawmakerReference("Ben Hale", "SENATE", "Independent", "VT", null));
	}

	@Test
	void severalNamesAfterOnePluralTitle() {
		assertThat(LawmakerReference.parse("Reps. Schakowsky, Quigley, and Espaillat"))
			.extracting(LawmakerReference::name, LawmakerReference::chamber)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Schakowsky", "HOUSE"),
					org.assertj.core.groups.Tuple.tuple("Quigley", "HOUSE"),
					org.assertj.core.groups.Tuple.tuple("Espaillat", "HOUSE"));
		assertThat(LawmakerReference.parse("Sen. Lee & Rep. Park (D-Ill.)"))
			.containsExactly(new LawmakerReference("Lee", "SENATE", null, null, null),
					new LawmakerReference("Park", "HOUSE", "Democrat", "IL", null));
	}

	@Test
	void suffixesStayWithTheName() {
		assertThat(LawmakerReference.parse("Rep. Donald Pike, Jr. (D-N.J.)"))
			.containsExactly(new LawmakerReference("Donald Pike Jr.", "HOUSE", "Democrat", "NJ", null));
	}

	@Test
	void whatCountsAsMarked() {
		assertThat(LawmakerReference.isMarked("Rep. Omar")).isTrue();
		assertThat(LawmakerReference.isMarked("Ilhan Omar (D-Minn.)")).isTrue();
		assertThat(LawmakerReference.isMarked("Senators for Peace")).isFalse();
		assertThat(LawmakerReference.isMarked("Representation Project")).isFalse();
		assertThat(LawmakerReference.isMarked("Center for Law and Social Policy (CLASP)")).isFalse();
	}
}
