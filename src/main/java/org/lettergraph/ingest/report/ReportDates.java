package org.lettergraph.ingest.report;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as reports write them: "February 12, 2021", "Feb. 12, 2021", "2021-02-12", and the relative ones a story
 * uses for the letter it reports ("today", "yesterday", "on Monday", "last week"), resolved against the story's
 * own date.
 */
final class ReportDates {

	/** A date found, and how: null for a date written out, else the words it was resolved from. */
	record Found(LocalDate date, String relative, int start, int end) {
	}

	private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
			+ "aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

	private static final Pattern WRITTEN = Pattern
		.compile("(?i)\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b");

	private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

	private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(today|yesterday|this week|earlier this week|"
			+ "last week|(?:on |last |this past )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b");

	private ReportDates() {
	}

	/** The first date written out in full (with its year) in the text. */
	static Optional<LocalDate> written(String text) {
		Matcher iso = ISO.matcher(text);
		if (iso.find()) {
			Optional<LocalDate> date = of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
					Integer.parseInt(iso.group(3)));
			if (date.isPresent()) {
				return date;
			}
		}
		Matcher m = WRITTEN.matcher(text);
		while (m.find()) {
			if (m.group(3) != null) {
				Optional<LocalDate> date = of(Integer.parseInt(m.group(3)), month(m.group(1)),
						Integer.parseInt(m.group(2)));
				if (date.isPresent()) {
					return date;
				}
			}
		}
		return Optional.empty();
	}

	/** The date a sentence gives for what it tells, written out or relative to {@code reported}. */
	static Optional<Found> in(String sentence, LocalDate reported) {
		Matcher m = WRITTEN.matcher(sentence);
		while (m.find()) {
			if (!m.group(1).equals("may")) {
				int year = (m.group(3) != null) ? Integer.parseInt(m.group(3))
						: (reported != null) ? reported.getYear() : -1;
				if (year > 0) {
					Optional<LocalDate> date = of(year, month(m.group(1)), Integer.parseInt(m.group(2)));
					if (date.isPresent()) {
						LocalDate d = date.get();
						if (m.group(3) == null && reported != null && d.isAfter(reported)) {
							d = d.minusYears(1);
						}
						return Optional.of(new Found(d, (m.group(3) == null) ? m.group() : null, m.start(), m.end()));
					}
				}
			}
		}
		if (reported == null) {
			return Optional.empty();
		}
		Matcher r = RELATIVE.matcher(sentence);
		if (!r.find()) {
			return Optional.empty();
		}
		String words = r.group(1).toLowerCase(Locale.ROOT);
		LocalDate date;
		if (words.equals("today")) {
			date = reported;
		}
		else if (words.equals("yesterday")) {
			date = reported.minusDays(1);
		}
		else if (words.endsWith("week")) {
			date = words.startsWith("last") ? reported.minusWeeks(1) : reported;
		}
		else {
			DayOfWeek day = DayOfWeek.valueOf(r.group(2).toUpperCase(Locale.ROOT));
			date = reported.with(TemporalAdjusters.previousOrSame(day));
			if (words.startsWith("last ") && date.equals(reported)) {
				date = date.minusWeeks(1);
			}
		}
		return Optional.of(new Found(date, r.group(1), r.start(), r.end()));
	}

	private static Optional<LocalDate> of(int year, int month, int day) {
		try {
			return Optional.of(LocalDate.of(year, month, day));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static int month(String name) {
		String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
		return switch (m) {
			case "jan" -> 1;
			case "feb" -> 2;
			case "mar" -> 3;
			case "apr" -> 4;
			case "may" -> 5;
			case "jun" -> 6;
			case "jul" -> 7;
			case "aug" -> 8;
			case "sep" -> 9;
			case "oct" -> 10;
			case "nov" -> 11;
			default -> 12;
		};
	}
}
