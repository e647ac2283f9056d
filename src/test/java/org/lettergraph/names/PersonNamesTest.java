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
}
