package org.lettergraph.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTest {

	@Test
	void middleInitialsAndSuffixesAreDropped() {
		assertThat(PersonNames.withoutInitials("Alejandro N. Mayorkas")).isEqualTo("Alejandro Mayorkas");
		assertThat(PersonNames.withoutInitials("Joseph R. Biden, Jr.")).isEqualTo("Joseph Biden");
		assertThat(PersonNames.withoutInitials("Merrick B Garland")).isEqualTo("Merrick Garland");
		assertThat(PersonNames.withoutInitials("Martin Luther King Jr.")).isEqualTo("Martin Luther King");
	}

	@Test
	void aPlainOrShortNameHasNothingToDrop() {
		assertThat(PersonNames.withoutInitials("Alejandro Mayorkas")).isNull();
		assertThat(PersonNames.withoutInitials("Mayorkas")).isNull();
		assertThat(PersonNames.withoutInitials("J. Smith")).isNull();
		assertThat(PersonNames.withoutInitials(null)).isNull();
	}

	@Test
	void variantsDropInitialsAndSwapAGivenNameForItsShortOrLongForm() {
		assertThat(PersonNames.variants("Joseph R. Biden, Jr.")).contains("Joseph Biden", "Joe Biden");
		assertThat(PersonNames.variants("Chuck Grassley")).containsExactly("Charles Grassley", "Charlie Grassley");
		assertThat(PersonNames.variants("Alejandro N. Mayorkas")).containsExactly("Alejandro Mayorkas");
	}

	@Test
	void aNameWithNothingToVaryHasNoVariants() {
		assertThat(PersonNames.variants("Alejandro Mayorkas")).isEmpty();
		assertThat(PersonNames.variants("Mayorkas")).isEmpty();
		assertThat(PersonNames.variants(null)).isEmpty();
	}
}
