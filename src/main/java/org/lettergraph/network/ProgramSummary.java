package org.lettergraph.network;

import java.time.LocalDate;
import java.util.List;

/** What the letters about one program add up to, in total and per calendar year. */
public record ProgramSummary(String programId, int letters, int signers, LocalDate firstLetter,
		LocalDate lastLetter, List<YearCount> byYear) {

	public ProgramSummary {
		byYear = List.copyOf(byYear);
	}

	public record YearCount(int year, int letters, int signers) {
	}
}
