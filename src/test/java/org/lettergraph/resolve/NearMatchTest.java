package org.lettergraph.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NearMatchTest {

	@Test
	void spellingVariantsAreCandidates() {
		assertThat(NearMatch.compare("Immigration Legal Resource Center", "Immigrant Legal Resource Center"))
			.hasValueSatisfying(c -> {
				assertThat(c.score()).isBetween(0.9, 0.99);
				assertThat(c.reason()).isEqualTo("spelled differently");
			});
		assertThat(NearMatch.compare("Naureen Shaw", "Naureen Shah")).isPresent();
		assertThat(NearMatch.compare("Brooking Institute", "Brookings Institution")).isPresent();
	}

	@Test
	void aPlaceWrittenTwoWaysIsACandidate() {
		assertThat(NearMatch.compare("Make the Road NY", "Make the Road New York"))
			.hasValueSatisfying(c -> assertThat(c.reason()).contains("place"));
	}

	@Test
	void theSameNameInDifferentPlacesIsNotACandidate() {
		assertThat(NearMatch.compare("Make the Road NY", "Make the Road New Jersey")).isEmpty();
		assertThat(NearMatch.compare("Make the Road NY", "Make the Road Nevada")).isEmpty();
		assertThat(NearMatch.compare("Make The Road CT", "Make the Road Pennsylvania")).isEmpty();
	}

	@Test
	void chaptersAndAffiliatesAreNotCandidates() {
		assertThat(NearMatch.compare("Indivisible", "Indivisible Denver")).isEmpty();
		assertThat(NearMatch.compare("American Friends Service Committee", "American Friends Service Committee, Colorado"))
			.isEmpty();
		assertThat(NearMatch.compare("Southern Poverty Law Center", "Southern Poverty Law Center Action Fund")).isEmpty();
	}

	@Test
	void differentNamesAreNotCandidates() {
		assertThat(NearMatch.compare("Orange County Justice Fund", "Orange County Equality Coalition")).isEmpty();
		assertThat(NearMatch.compare("Asian Law Caucus", "Asian Prisoner Support Committee")).isEmpty();
		assertThat(NearMatch.compare("Public Citizen", "Public Counsel")).isEmpty();
		assertThat(NearMatch.compare("", "Anything")).isEmpty();
		assertThat(NearMatch.compare("The ACLU", "ACLU")).isEmpty();
	}
}
