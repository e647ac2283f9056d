package org.lettergraph.ingest.text;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsDateParserTest {

	@ParameterizedTest
	@ValueSource(strings = { "November 15, 2024", "Nov. 15, 2024", "Nov 15, 2024", "november 15 2024",
			"November 15th, 2024", "Friday, November 15, 2024", "11/15/2024", "11/15/24", "11-15-2024", "11.15.2024",
			"2024-11-15", "2024/11/15", "15 November 2024", "15 Nov. 2024", "15th of November, 2024",
			"NOVEMBER 15, 2024" })
	void everyCommonFormOfOneDay(String text) {
		assertThat(UsDateParser.parse(text)).contains(LocalDate.of(2024, 11, 15));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Sept. 5, 2023|2023-09-05", "Sep 5, 2023|2023-09-05",
			"June 1, 2021|2021-06-01", "3/4/2021|2021-03-04", "Feb. 29, 2024|2024-02-29" })
	void monthsAndNumbersReadTheAmericanWay(String text, LocalDate expected) {
		assertThat(UsDateParser.parse(text)).contains(expected);
	}

	@Test
	void aDayFirstDateIsReadSoWithANote() {
		UsDateParser.Found found = UsDateParser.find("15/11/2024").orElseThrow();
		assertThat(found.date()).isEqualTo(LocalDate.of(2024, 11, 15));
		assertThat(found.note()).isEqualTo("'15/11/2024' was read day first (15 is not a month).");
	}

	@Test
	void theDateInsideALine() {
		UsDateParser.Found found = UsDateParser.find("Washington, DC \u2014 March 3, 2021").orElseThrow();
		assertThat(found.date()).isEqualTo(LocalDate.of(2021, 3, 3));
		assertThat(UsDateParser.leftover("Washington, DC \u2014 March 3, 2021", found)).isEqualTo("Washington DC");
		assertThat(UsDateParser.parse("Washington, DC \u2014 March 3, 2021")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "February 30, 2024|is no day of the calendar",
			"13/45/2024|is no day of the calendar", "November 2024|gives a month and a year but no day",
			"Novembr 15, 2024|'Novembr' is not a month", "March 3, 1776|the year 1776 is out of range" })
	void shapedLikeADateButNotOne(String text, String problem) {
		UsDateParser.Found found = UsDateParser.find(text).orElseThrow();
		assertThat(found.date()).isNull();
		assertThat(found.problem()).contains(problem);
		assertThat(UsDateParser.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Washington, DC 20500", "1600 Pennsylvania Avenue, NW", "202-555-0143",
			"Suite 1200", "Our 193 organizations", "" })
	void notDates(String text) {
		assertThat(UsDateParser.find(text)).isEmpty();
	}
}
