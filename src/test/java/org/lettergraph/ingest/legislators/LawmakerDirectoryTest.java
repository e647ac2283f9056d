package org.lettergraph.ingest.legislators;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.legislators.LawmakerDirectory.Lookup;

import static org.assertj.core.api.Assertions.assertThat;

class LawmakerDirectoryTest {

	static LawmakerDirectory small;

	@BeforeAll
	static void load() {
		small = LawmakerDirectory.of(new LegislatorsParser()
			.legislators(LawmakerDirectoryTest.class.getResourceAsStream("small-legislators.yaml"), "small"));
	}

	@Test
	void fullNameNicknameAndSurname() {
		assertThat(one("Theodora Q. Marsh").bioguideId()).contains("T000001");
		assertThat(one("Teddy Marsh").bioguideId()).contains("T000001");
		assertThat(one("Sen. Theodora Marsh").bioguideId()).contains("T000001");
		assertThat(one("Van Horne").bioguideId()).contains("T000003");
		assertThat(one("Rep. Lucia Van Horne (R-Wyo.)").bioguideId()).contains("T000003");
		assertThat(one("Rep. Samuel Okafor Jr.").bioguideId()).contains("T000004");
	}

	@Test
	void ambiguityIsReportedWithEveryCandidate() {
		Lookup marsh = one("Sen. Marsh");

		assertThat(marsh.found()).isFalse();
		assertThat(marsh.ambiguous()).isTrue();
		assertThat(marsh.candidates()).extracting(Legislator::bioguideId).containsExactly("T000001", "T000002");
		assertThat(marsh.problem()).contains("'Marsh' fits 2 members of Congress: Theodora Q. Marsh (D-OR, Senate), "
				+ "Russell Marsh (R-KS, Senate); give a state or party to tell them apart.");
	}

	@Test
	void partyAndStateSettleIt() {
		assertThat(one("Sen. Marsh (R-Kan.)").bioguideId()).contains("T000002");
		assertThat(small.resolve(LawmakerReference.named("Marsh").ofParty("Democrat")).bioguideId())
			.contains("T000001");
		assertThat(small.resolve(LawmakerReference.named("Okafor").inState("Texas")).bioguideId()).contains("T000005");
		assertThat(one("Okafor (GA-04)").bioguideId()).contains("T000004");
	}

	@Test
	void aFirstNameWithTheRightInitialIsAcceptedOnlyWhenOneFits() {
		assertThat(one("Sam Okafor").bioguideId()).contains("T000004");
		assertThat(one("Ted Marsh").bioguideId()).contains("T000001");
		assertThat(one("D. Okafor").bioguideId()).contains("T000005");
	}

	@Test
	void nobodyByThatNameOrNobodyFittingTheHints() {
		assertThat(one("Rep. Quintero").problem()).contains("no current member of Congress is called 'Quintero'.");
		Lookup houseMarsh = one("Rep. Marsh");
		assertThat(houseMarsh.found()).isFalse();
		assertThat(houseMarsh.problem()).contains("no member called 'Marsh' fits HOUSE; by name alone it could be "
				+ "Theodora Q. Marsh (D-OR, Senate), Russell Marsh (R-KS, Senate).");
	}

	@Test
	void aListOfNamesGivesOneLookupEach() {
		List<Lookup> lookups = small.resolveAll("Reps. Okafor (D-Ga.), Van Horne, and Okafor (R-Texas)");

		assertThat(lookups).extracting(l -> l.bioguideId().orElse("?"))
			.containsExactly("T000004", "T000003", "T000005");
		assertThat(lookups).allSatisfy(l -> assertThat(l.reference().chamber()).isEqualTo("HOUSE"));
	}

	@Test
	void theRealDirectory() {
		LawmakerDirectory real = LawmakerDirectory.load(LegislatorsFolder.require());

		assertThat(real.resolveAll("Rep. Ilhan Omar (D-Minn.)")).singleElement()
			.satisfies(l -> assertThat(l.bioguideId()).contains("O000173"));
		assertThat(real.resolveAll("Sen. Amy Klobuchar")).singleElement()
			.satisfies(l -> assertThat(l.bioguideId()).contains("K000367"));
		assertThat(real.resolveAll("Reps. Schakowsky, Quigley, and Espaillat"))
			.extracting(l -> l.bioguideId().orElse("?"))
			.containsExactly("S001145", "Q000023", "E000297");
		assertThat(real.resolve(LawmakerReference.named("Omar").inState("Minn.")).bioguideId()).contains("O000173");
		assertThat(real.resolveAll("Sen. Scott")).singleElement().satisfies(l -> assertThat(l.ambiguous()).isTrue());
		assertThat(real.resolveAll("Sen. Tim Scott (R-S.C.)")).singleElement()
			.satisfies(l -> assertThat(l.found()).isTrue());
	}

	private static Lookup one(String text) {
		List<Lookup> lookups = small.resolveAll(text);
		assertThat(lookups).hasSize(1);
		return lookups.get(0);
	}
}
