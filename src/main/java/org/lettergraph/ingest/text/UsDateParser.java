package org.lettergraph.ingest.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as American letters write them: "November 15, 2024", "Nov. 15, 2024", "Friday, November 15th, 2024",
 * "11/15/2024", "11-15-24", "2024-11-15" and "15 November 2024". Numbers are read month first; "15/11/2024" can
 * only be day first and is read so, with a note.
 */
public final class UsDateParser {

	private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|"
			+ "november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";

	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("\\b" + MONTH + "\\s{0,3}(\\d{1,2})(?:st|nd|rd|th)?\\s{0,3},?\\s{0,3}(\\d{4})\\b",
				Pattern.CASE_INSENSITIVE);

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?" + MONTH + ",?\\s{1,3}(\\d{4})\\b",
				Pattern.CASE_INSENSITIVE);

	private static final Pattern NUMERIC = Pattern
		.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/-])");

	private static final Pattern ISO = Pattern
		.compile("(?<![\\d/.-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d/-])");

	private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s{1,3}(\\d{4})\\b",
			Pattern.CASE_INSENSITIVE);

	/** A word, a day and a year: the shape of a date whose month is misspelt ("Novembr 15, 2024"). */
	private static final Pattern WORD_DAY_YEAR = Pattern
		.compile("\\b([A-Za-z]{3,12})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,\\s{0,3}(\\d{2,4})\\b");

	private UsDateParser() {
	}

	/**
	 * A date, or a piece of text shaped like one that cannot be read.
	 *
	 * @param start   where it starts in the text searched
	 * @param end     where it ends
	 * @param date    the date; null when it cannot be read
	 * @param problem why it cannot be read, or null
	 * @param note    how an unusual form was read ("day first"), or null
	 */
	public record Found(int start, int end, LocalDate date, String problem, String note) {
	}

	/** The text read as one date, nothing else around it but a weekday and punctuation. */
	public static Optional<LocalDate> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		return find(text).filter(f -> f.date() != null)
			.filter(f -> leftover(text, f).isEmpty())
			.map(Found::date);
	}

	/** The first date in the text, or the first thing shaped like a date that turns out not to be one. */
	public static Optional<Found> find(String text) {
		if (text == null || text.length() > 500) {
			// a date line is short; scanning paragraphs for one is not this method's job
			return Optional.empty();
		}
		List<Found> found = new ArrayList<>();
		monthFirst(text, found);
		dayFirst(text, found);
		numeric(text, found);
		iso(text, found);
		if (found.isEmpty()) {
			monthYear(text, found);
			misspeltMonth(text, found);
		}
		return found.stream().min(Comparator.comparingInt(Found::start));
	}

	/** What is left of the text around a date, without a weekday, "Date:", and punctuation. */
	static String leftover(String text, Found found) {
		String rest = text.substring(0, found.start()) + " " + text.substring(found.end());
		return rest.replaceAll("(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|dated?|on)\\b", " ")
			.replaceAll("[\\p{Punct}\\s\u2013\u2014]+", " ")
			.strip();
	}

	private static void monthFirst(String text, List<Found> found) {
		Matcher m = MONTH_DAY_YEAR.matcher(text);
		if (m.find()) {
			found.add(date(m, Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), null));
		}
	}

	private static void dayFirst(String text, List<Found> found) {
		Matcher m = DAY_MONTH_YEAR.matcher(text);
		if (m.find()) {
			found.add(date(m, Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), null));
		}
	}

	private static void numeric(String text, List<Found> found) {
		Matcher m = NUMERIC.matcher(text);
		if (!m.find()) {
			return;
		}
		int first = Integer.parseInt(m.group(1));
		int second = Integer.parseInt(m.group(3));
		int year = Integer.parseInt(m.group(4));
		if (m.group(4).length() == 2) {
			year += 2000;
		}
		if (first > 12 && second <= 12) {
			found.add(date(m, year, second, first, "'" + m.group() + "' was read day first (" + first
					+ " is not a month)."));
		}
		else {
			found.add(date(m, year, first, second, null));
		}
	}

	private static void iso(String text, List<Found> found) {
		Matcher m = ISO.matcher(text);
		if (m.find()) {
			found.add(date(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
					Integer.parseInt(m.group(4)), null));
		}
	}

	private static void monthYear(String text, List<Found> found) {
		Matcher m = MONTH_YEAR.matcher(text);
		if (m.find()) {
			found.add(new Found(m.start(), m.end(), null, "'" + m.group() + "' gives a month and a year but no day.",
					null));
		}
	}

	private static void misspeltMonth(String text, List<Found> found) {
		Matcher m = WORD_DAY_YEAR.matcher(text);
		if (m.find()) {
			found.add(new Found(m.start(), m.end(), null, "'" + m.group(1) + "' is not a month.", null));
		}
	}

	private static Found date(Matcher m, int year, int month, int day, String note) {
		if (year < 1900 || year > 2100) {
			return new Found(m.start(), m.end(), null, "the year " + year + " is out of range.", null);
		}
		try {
			return new Found(m.start(), m.end(), LocalDate.of(year, month, day), null, note);
		}
		catch (DateTimeException ex) {
			return new Found(m.start(), m.end(), null,
					"'" + m.group() + "' is no day of the calendar (" + ex.getMessage() + ").", null);
		}
	}

	private static int month(String name) {
		String prefix = name.toLowerCase(Locale.ROOT).replace(".", "").substring(0, 3);
		for (Month month : Month.values()) {
			if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
				return month.getValue();
			}
		}
		return 0;
	}
}
