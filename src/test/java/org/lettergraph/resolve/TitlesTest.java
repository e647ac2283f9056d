package org.lettergraph.resolve;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lettergraph.resolve.ActorResolver.SurnameCandidate;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a letter's title for a surname fits a known actor, and whether a full name ends with a surname. */
class TitlesTest {

	static final SurnameCandidate SECRETARY = new SurnameCandidate("official:alejandro-mayorkas", "Alejandro Mayorkas",
			"Official", List.of("Secretary Mayorkas"), List.of("Secretary of Homeland Security"), null, false);

	static final SurnameCandidate DEPUTY = new SurnameCandidate("official:patrick-j-lechleitner",
			"Patrick J. Lechleitner", "Official", List.of(),
			List.of("Deputy Director and Senior Official Performing the Duties of the Director, ICE"), null, false);

	static final SurnameCandidate SENATOR = new SurnameCandidate("lawmaker:D000563", "Richard J. Durbin", "Lawmaker",
			List.of(), List.of(), "SENATE", false);

	static final SurnameCandidate REPRESENTATIVE = new SurnameCandidate("lawmaker:O000173", "Ilhan Omar", "Lawmaker",
			List.of(), List.of(), "HOUSE", false);

	@Test
	void anOfficialsTitleOrOfficeHoldsTheLettersTitleAsWholeWords() {
		assertThat(Titles.fits("Secretary", SECRETARY)).isTrue();
		assertThat(Titles.fits("Sec.", SECRETARY)).isTrue();
		assertThat(Titles.fits("Acting Director", DEPUTY)).isTrue();
		assertThat(Titles.fits("Deputy Director", DEPUTY)).isTrue();
		assertThat(Titles.fits("Director", SECRETARY)).isFalse();
		assertThat(Titles.fits("Secretary General", SECRETARY)).isFalse();
		assertThat(Titles.fits("Secretary", DEPUTY)).isFalse();
	}

	@Test
	void aLawmakersChamberDecidesSenatorAndRepresentative() {
		assertThat(Titles.fits("Senator", SENATOR)).isTrue();
		assertThat(Titles.fits("Sen.", SENATOR)).isTrue();
		assertThat(Titles.fits("Representative", SENATOR)).isFalse();
		assertThat(Titles.fits("Congresswoman", REPRESENTATIVE)).isTrue();
		assertThat(Titles.fits("Senator", REPRESENTATIVE)).isFalse();
		assertThat(Titles.fits("Chairman", SENATOR)).isTrue();
		assertThat(Titles.fits("Ranking Member", REPRESENTATIVE)).isTrue();
		assertThat(Titles.fits("Secretary", REPRESENTATIVE)).isFalse();
	}

	@Test
	void courtesyWordsAreNoTitle() {
		assertThat(Titles.isTitle("Ms.")).isFalse();
		assertThat(Titles.isTitle("The Honorable")).isFalse();
		assertThat(Titles.isTitle(null)).isFalse();
		assertThat(Titles.isTitle("Secretary")).isTrue();
		assertThat(Titles.fits("Ms.", SECRETARY)).isFalse();
	}

	@Test
	void aNameEndsWithItsSurnameASuffixLeftAside() {
		assertThat(ActorResolver.endsWith("Alejandro Mayorkas", "mayorkas")).isTrue();
		assertThat(ActorResolver.endsWith("Martin Luther King Jr.", "king")).isTrue();
		assertThat(ActorResolver.endsWith("Teresa Delgado-Pike", "delgado pike")).isTrue();
		assertThat(ActorResolver.endsWith("Mayorkas Foundation", "mayorkas")).isFalse();
		assertThat(ActorResolver.endsWith("Ilhan Omar", "mar")).isFalse();
	}
}
