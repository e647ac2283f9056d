package org.lettergraph.ingest.text;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeadsTest {

	@Test
	void theFirstSignatureOutsideTheAlphabeticalRestLeads() {
		assertThat(Leads.count(keys("Detention Watch Network", "18 Million Rising", "Acacia Center", "Al Otro Lado",
				"Bend the Arc"))).isEqualTo(1);
	}

	@Test
	void severalCoLeadsBeforeTheAlphabeticalList() {
		assertThat(Leads.count(keys("United We Dream", "National Immigration Law Center", "Acacia Center",
				"Bend the Arc", "Casa Ruby", "Dream Action"))).isEqualTo(2);
	}

	@Test
	void aLeadMustSortAfterWhereTheRestBegins() {
		// "Acacia" could stand first in an alphabetical list, so nothing tells that it led
		assertThat(Leads.count(keys("Acacia Center", "Zeta Fund", "Bravo Project", "Casa Ruby", "Dream Action")))
			.isZero();
	}

	@Test
	void anAlphabeticalListOrAnUnorderedOneHasNoLead() {
		assertThat(Leads.count(keys("Alpha", "Bravo", "Charlie", "Delta"))).isZero();
		assertThat(Leads.count(keys("Delta", "Alpha", "Echo", "Bravo", "Charlie"))).isZero();
		assertThat(Leads.count(keys("Zulu", "Alpha", "Bravo"))).as("too short to tell").isZero();
	}

	@Test
	void onePerFiftySlipsIsForgiven() {
		List<String> names = new ArrayList<>(List.of("Zenith Coalition"));
		for (int i = 0; i < 100; i++) {
			names.add(String.format("Group %03d", i));
		}
		names.set(40, "Group 099");
		names.set(70, "Group 001");
		assertThat(Leads.count(keys(names.toArray(String[]::new)))).isEqualTo(1);
	}

	@Test
	void eachPartUnderAHeadingIsSortedOnItsOwn() {
		List<String> keys = keys("Workers Fund", "Alpha", "Delta", "Bravo", "Echo");
		assertThat(Leads.count(keys)).isZero();
		assertThat(Leads.count(keys, new int[] { 0, 0, 0, 1, 1 })).isEqualTo(1);
	}

	@Test
	void sortKeysFoldCaseAccentsAndPunctuationAndPutSurnamesFirst() {
		assertThat(Leads.sortKey("Mujeres Latinas en Acción", false)).isEqualTo("mujeres latinas en accion");
		assertThat(Leads.sortKey("Lawyers' Committee", false)).isEqualTo("lawyers committee");
		assertThat(Leads.sortKey("Samuel Okafor, Jr.", true)).isEqualTo("okafor samuel");
	}

	private static List<String> keys(String... names) {
		return List.of(names).stream().map(n -> Leads.sortKey(n, false)).toList();
	}
}
