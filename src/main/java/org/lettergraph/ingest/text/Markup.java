package org.lettergraph.ingest.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes off what pasting from a word processor, a web page or markdown leaves on a line: bold and italics, headings,
 * links, HTML tags and entities, rules and page numbers. Bullets and numbers stay; they mean something in a list.
 */
final class Markup {

	private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\\s[^<>]{0,200})?/?>");

	private static final Pattern ENTITY = Pattern.compile("&(amp|nbsp|quot|apos|lt|gt|#39|#8217|#8211|#8212);");

	private static final Map<String, String> ENTITIES = Map.of("amp", "&", "nbsp", " ", "quot", "\"", "apos", "'",
			"lt", "<", "gt", ">", "#39", "'", "#8217", "\u2019", "#8211", "\u2013", "#8212", "\u2014");

	private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]{1,300})\\]\\([^()\\s]{0,500}\\)");

	private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|&<>~])");

	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+|\\s+#{1,6}$");

	private static final Pattern QUOTE = Pattern.compile("^(?:>\\s?)+");

	private static final Pattern WRAPPED = Pattern.compile("^([*_])(?![*_\\s])(.*\\S)\\1$");

	private static final Pattern RULE = Pattern.compile("^(?:[-*_=~]\\s*){3,}$");

	private static final Pattern PAGE_MARKER = Pattern.compile("(?i)^(?:page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?"
			+ "|-\\s*\\d{1,4}\\s*-|\\d{1,3}|\\d{1,4}\\s*\\|\\s*page|\\[?\\s*page\\s+break\\s*\\]?"
			+ "|-+\\s*page\\s+break\\s*-+|\\(?continued(?:\\s+on\\s+next\\s+page)?\\)?)$");

	private Markup() {
	}

	static String clean(String line) {
		String s = line.strip();
		if (s.isEmpty() || RULE.matcher(s).matches()) {
			return "";
		}
		// each pattern only where its first character is: most lines of a long list have none of them
		if (s.indexOf('<') >= 0) {
			s = HTML_TAG.matcher(s).replaceAll(" ");
		}
		s = entities(s);
		if (s.indexOf('[') >= 0) {
			s = LINK.matcher(s).replaceAll("$1");
		}
		s = s.replace("**", "").replace("__", "").replace("`", "");
		if (s.indexOf('\\') >= 0) {
			s = ESCAPE.matcher(s).replaceAll("$1");
		}
		if (s.indexOf('>') >= 0) {
			s = QUOTE.matcher(s.strip()).replaceFirst("");
		}
		if (s.indexOf('#') >= 0) {
			s = HEADING.matcher(s.strip()).replaceAll("");
		}
		Matcher wrapped = WRAPPED.matcher(s.strip());
		if (wrapped.matches()) {
			s = wrapped.group(2);
		}
		s = s.strip();
		return PAGE_MARKER.matcher(s).matches() ? "" : s;
	}

	/** True for a heading line in the markdown sense ("# Title"), before cleaning. */
	static boolean isHeading(String raw) {
		return raw.stripLeading().startsWith("#");
	}

	/** "&amp;" and its kin as the characters they stand for; before splitting, so "&amp;" is no semicolon. */
	static String entities(String s) {
		if (s.indexOf('&') < 0) {
			return s;
		}
		Matcher m = ENTITY.matcher(s);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(ENTITIES.get(m.group(1))));
		}
		m.appendTail(out);
		return out.toString();
	}
}
