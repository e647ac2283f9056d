package org.lettergraph.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name as it stands in a signature list, with its acronym taken out as an alias. The name itself is kept whole:
 * commas, slashes, pipes and dashes inside it stay, because they are part of how the group calls itself
 * ("Asian Americans Advancing Justice | AAJC", "Community Justice Exchange / National Bail Fund Network").
 *
 * @param name    the display name: a trailing "(ACRONYM)" is moved to the aliases, everything else stays
 * @param aliases acronyms found in the name: "(AFSC)", "-AMOR-", "- CARECEN-", "DRUM - …"
 */
public record SignatoryName(String name, List<String> aliases) {

	private static final Pattern TRAILING_PARENS = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");

	private static final Pattern DASHED_ACRONYM = Pattern.compile("(?:^|\\s)-\\s*([A-Z][A-Z0-9&]{1,11})\\s*-(?:\\s|$)");

	private static final Pattern LEADING_ACRONYM = Pattern.compile("^([A-Z][A-Z0-9&]{1,11})\\s+-\\s+\\S.*");

	private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9&.\\-]{0,15}");

	public static SignatoryName parse(String raw) {
		String name = raw.strip().replaceAll("\\s+", " ");
		List<String> aliases = new ArrayList<>();
		Matcher parens = TRAILING_PARENS.matcher(name);
		if (parens.matches() && ACRONYM.matcher(parens.group(2).strip()).matches()) {
			name = parens.group(1).strip();
			aliases.add(parens.group(2).strip());
		}
		Matcher dashed = DASHED_ACRONYM.matcher(name);
		if (dashed.find()) {
			aliases.add(dashed.group(1));
		}
		Matcher leading = LEADING_ACRONYM.matcher(name);
		if (leading.matches()) {
			aliases.add(leading.group(1));
		}
		return new SignatoryName(name, List.copyOf(aliases));
	}
}
