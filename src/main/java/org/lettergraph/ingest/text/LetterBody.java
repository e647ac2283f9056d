package org.lettergraph.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the body of a letter says that the graph keeps: what it asks for, and how many signed as the letter itself
 * counts them ("Our 193 … organizations").
 */
final class LetterBody {

	private static final Pattern BULLET = Pattern.compile("^[-*+\u2022\u25E6\u25AA\u25CF\u2023\u2013\u2014]\\s+(.*)$");

	private static final Pattern NUMBER = Pattern.compile("^\\(?(\\d{1,2})[.)]\\s+(.*)$");

	private static final Pattern LETTER = Pattern.compile("^\\(?([a-h])[.)]\\s+(.*)$");

	private static final Pattern ASKING = Pattern.compile("(?i)\\b(?:urge|ask|asking|request|call\\s+on|calls\\s+on|"
			+ "following|steps|recommend|demand|implore|actions?|must|should|we\\s+seek)\\b");

	private static final Pattern COUNT = Pattern.compile("(?i)\\b(?:(more\\s+than|over|nearly|almost|about|"
			+ "approximately|around|roughly|some|at\\s+least)\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d{1,6})\\s+"
			+ "((?:[\\p{L}'-]+\\s+){0,6}?)(organizations|organisations|groups|members\\s+of\\s+congress|members|"
			+ "lawmakers|legislators|signatories|signers|undersigned|advocates|coalitions|leaders|individuals|"
			+ "entities|unions|congregations|businesses|agencies)\\b");

	/** Words just before a count that make it the count of those who sign: "Our 193", "We, the 48". */
	private static final Pattern WE = Pattern.compile("(?i)(?:\\bour|\\bwe,?(?:\\s+the)?|\\bwe\\s+are|\\bas|"
			+ "\\bundersigned|\\bbehalf\\s+of|\\bof\\s+us,?|\\bthese|\\bthe\\s+undersigned)\\s*$");

	private static final Pattern SIGNING_AFTER = Pattern.compile("(?i)^\\s*,?\\s*(?:who\\s+|that\\s+)?(?:have\\s+)?"
			+ "(?:signed|sign|signing|undersigned|urge|write|are\\s+writing|call|join|request)\\b");

	private LetterBody() {
	}

	/**
	 * The short form of each item of the letter's list of asks: the heading before a colon when there is one, else
	 * the first sentence. When the body has several lists, the one introduced by asking words ("we urge you to",
	 * "the following steps") wins; otherwise the first.
	 */
	static List<String> asks(List<Line> body) {
		List<List<String>> lists = new ArrayList<>();
		List<Boolean> introducedByAsking = new ArrayList<>();
		List<String> current = null;
		int lastNumber = 0;
		boolean lastWasItem = false;
		boolean bulletsBroken = false;
		String intro = "";
		for (Line line : body) {
			if (line.blank()) {
				continue;
			}
			String text = line.text();
			Matcher bullet = BULLET.matcher(text);
			boolean isBullet = bullet.matches();
			String item = isBullet ? bullet.group(1) : text;
			Matcher number = NUMBER.matcher(item);
			Integer n = null;
			if (number.matches()) {
				n = Integer.valueOf(number.group(1));
				item = number.group(2);
			}
			else if (isBullet) {
				Matcher letter = LETTER.matcher(item);
				item = letter.matches() ? letter.group(2) : item;
			}
			if (!isBullet && n == null) {
				boolean indented = Character.isWhitespace(line.raw().charAt(0));
				if (!(lastWasItem && indented)) {
					// a paragraph between bullets ends the list; numbered items may continue after one
					intro = text;
					bulletsBroken = true;
					lastWasItem = false;
				}
				continue;
			}
			boolean continues = current != null
					&& ((n != null) ? lastNumber > 0 && n == lastNumber + 1 : lastNumber == 0 && !bulletsBroken);
			if (!continues) {
				current = new ArrayList<>();
				lists.add(current);
				introducedByAsking.add(ASKING.matcher(intro).find());
			}
			String ask = shortForm(item);
			if (!ask.isEmpty()) {
				current.add(ask);
			}
			lastNumber = (n != null) ? n : 0;
			lastWasItem = true;
			bulletsBroken = false;
		}
		for (int i = 0; i < lists.size(); i++) {
			if (introducedByAsking.get(i)) {
				return List.copyOf(lists.get(i));
			}
		}
		return lists.isEmpty() ? List.of() : List.copyOf(lists.get(0));
	}

	/** "Close detention centers: We ask that you …" → "Close detention centers". */
	static String shortForm(String item) {
		String text = item.strip();
		int colon = text.indexOf(':');
		if (colon > 0 && colon <= 120 && text.substring(0, colon).split("\\s+").length <= 15) {
			return trimEnd(text.substring(0, colon));
		}
		int stop = text.indexOf(". ");
		String sentence = (stop > 0) ? text.substring(0, stop) : text;
		if (sentence.length() > 200) {
			int space = sentence.lastIndexOf(' ', 200);
			sentence = sentence.substring(0, (space > 0) ? space : 200) + " …";
		}
		return trimEnd(sentence);
	}

	private static String trimEnd(String text) {
		return text.replaceAll("[\\s.;:,*_]+$", "").strip();
	}

	/** A signer count the body states, with how exact it is. */
	record Count(int count, String qualifier, int line) {
	}

	/**
	 * The first count of signers in the body: a number before "organizations", "groups", "members of Congress" …,
	 * said by the signers of themselves ("Our 193 …", "We, the 48 undersigned …", "… 75 groups who signed").
	 */
	static Optional<Count> signerCount(List<Line> body) {
		int paragraphs = 0;
		for (Line line : body) {
			if (line.blank()) {
				continue;
			}
			if (++paragraphs > 12) {
				break;
			}
			String text = (line.text().length() > 10_000) ? line.text().substring(0, 10_000) : line.text();
			Matcher m = COUNT.matcher(text);
			while (m.find()) {
				String before = text.substring(Math.max(0, m.start() - 40), m.start());
				String middle = m.group(3).toLowerCase(Locale.ROOT);
				boolean ours = WE.matcher(before).find() || middle.contains("undersigned")
						|| middle.contains("signing") || m.group(4).equalsIgnoreCase("undersigned")
						|| SIGNING_AFTER.matcher(text.substring(m.end())).lookingAt();
				if (ours) {
					int count = Integer.parseInt(m.group(2).replace(",", ""));
					return Optional.of(new Count(count, qualifier(m.group(1)), line.number()));
				}
			}
		}
		return Optional.empty();
	}

	private static String qualifier(String word) {
		if (word == null) {
			return "EXACTLY";
		}
		String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		return switch (w) {
			case "more than", "over", "at least" -> "MORE_THAN";
			default -> "ABOUT";
		};
	}
}
