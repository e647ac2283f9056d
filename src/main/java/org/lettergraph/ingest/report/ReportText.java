package org.lettergraph.ingest.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A report's text as lines and sentences, each sentence with the line it starts on. */
final class ReportText {

	/** One sentence (or a heading, or a list item) and the line it is on, counting from 1. */
	record Sentence(String text, int line, int paragraph) {
	}

	/**
	 * A news site's hover card left in copied text: a linked name glued to itself, the card's headlines, then "MORE"
	 * ("Jane DoeJane DoeDoe files bill …MORE"). A reader skips it; so does this.
	 */
	private static final Pattern HOVER_CARD = Pattern
		.compile("(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,3})(?:\\p{Lu}[\\p{L}'’-]+ )?\\1.{0,600}?MORE"
				+ "(?=[\\s’'.,)]|$)");

	private static final Set<String> ABBREVIATIONS = Set.of("rep", "reps", "sen", "sens", "u.s", "d.c", "lt", "dr",
			"mr", "ms", "mrs", "jr", "sr", "st", "gov", "sec", "no", "jan", "feb", "mar", "apr", "aug", "sept", "sep",
			"oct", "nov", "dec", "gen", "col", "capt", "sgt", "det", "atty", "inc", "co", "corp", "vs", "u.n", "e.g",
			"i.e", "mt", "ft", "hon", "del", "pres", "calif", "minn", "ill", "ariz", "mass", "wash", "fla", "tex",
			"ga", "pa", "va", "md", "n.y", "n.j", "n.m", "colo", "conn", "wis", "mich", "okla", "ore", "ala");

	private static final Pattern BREAK = Pattern.compile("[.!?][\"”’']?\\s+(?=[\"“‘']?\\p{Lu}|\\d)");

	private final List<String> lines;

	private final List<Sentence> sentences = new ArrayList<>();

	ReportText(String text) {
		String normalized = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
		this.lines = new ArrayList<>();
		for (String line : normalized.split("\n", -1)) {
			this.lines.add(HOVER_CARD.matcher(line).replaceAll("$1").replaceAll("[ \\t]+", " ").strip());
		}
		int paragraph = 0;
		boolean inParagraph = false;
		for (int i = 0; i < this.lines.size(); i++) {
			String line = this.lines.get(i);
			if (line.isEmpty()) {
				if (inParagraph) {
					paragraph++;
				}
				inParagraph = false;
				continue;
			}
			inParagraph = true;
			split(line, i + 1, paragraph);
		}
	}

	List<String> lines() {
		return this.lines;
	}

	List<Sentence> sentences() {
		return this.sentences;
	}

	/** The non-blank lines, with their numbers, in order. */
	List<Sentence> nonBlankLines() {
		List<Sentence> result = new ArrayList<>();
		for (int i = 0; i < this.lines.size(); i++) {
			if (!this.lines.get(i).isEmpty()) {
				result.add(new Sentence(this.lines.get(i), i + 1, -1));
			}
		}
		return result;
	}

	private void split(String line, int number, int paragraph) {
		int start = 0;
		Matcher m = BREAK.matcher(line);
		while (m.find()) {
			if (isAbbreviation(line, m.start())) {
				continue;
			}
			add(line.substring(start, Math.min(line.length(), m.end())).strip(), number, paragraph);
			start = m.end();
		}
		add(line.substring(start).strip(), number, paragraph);
	}

	private void add(String sentence, int line, int paragraph) {
		if (!sentence.isEmpty()) {
			this.sentences.add(new Sentence(sentence, line, paragraph));
		}
	}

	/** Whether the full stop at {@code dot} ends an abbreviation or an initial rather than a sentence. */
	static boolean isAbbreviation(String line, int dot) {
		if (line.charAt(dot) != '.') {
			return false;
		}
		int from = dot;
		while (from > 0 && !Character.isWhitespace(line.charAt(from - 1)) && line.charAt(from - 1) != '(') {
			from--;
		}
		String word = line.substring(from, dot).toLowerCase(Locale.ROOT);
		return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
	}
}
