package org.lettergraph.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommitteeNamesTest {

	@Test
	void committeeOnASubjectIsAlsoTheSubjectsCommittee() {
		assertThat(CommitteeNames.variants("House Committee on Homeland Security"))
			.containsExactly("House Homeland Security Committee");
		assertThat(CommitteeNames.variants("Senate Committee on the Judiciary")).containsExactly("Senate Judiciary Committee");
		assertThat(CommitteeNames.variants("Subcommittee on Border Security")).containsExactly("Border Security Subcommittee");
	}

	@Test
	void theSubjectsCommitteeIsAlsoTheCommitteeOnIt() {
		assertThat(CommitteeNames.variants("Senate Judiciary Committee")).containsExactly(
				"Senate Committee on Judiciary", "Senate Committee on the Judiciary");
		assertThat(CommitteeNames.variants("House Homeland Security Committee"))
			.contains("House Committee on Homeland Security");
	}

	@Test
	void otherNamesHaveNoVariants() {
		assertThat(CommitteeNames.variants("Treasure Valley Refugee Welcome Committee")).isEmpty();
		assertThat(CommitteeNames.variants("Neighbors Not Detainers")).isEmpty();
		assertThat(CommitteeNames.variants(null)).isEmpty();
	}
}
