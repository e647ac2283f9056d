package org.lettergraph.ingest.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary that tells the lines of a signature or address block apart: is it a person's name, a job title,
 * or an organization? Each test is a guess from words, used only where the layout already suggests the answer.
 */
final class Words {

	/** Head nouns of job titles: the last word of "Senior Policy Counsel", the first of "Director of Policy". */
	private static final Set<String> TITLE_NOUNS = Set.of("president", "secretary", "director", "administrator",
			"commissioner", "advisor", "adviser", "counsel", "attorney", "general", "chief", "officer", "official",
			"chair", "chairman", "chairwoman", "chairperson", "cochair", "co-chair", "member", "senator",
			"representative", "congressman", "congresswoman", "leader", "speaker", "manager", "coordinator",
			"organizer", "organiser", "founder", "co-founder", "cofounder", "ceo", "coo", "cfo", "head", "analyst",
			"strategist", "advocate", "fellow", "professor", "dean", "pastor", "rabbi", "imam", "reverend",
			"minister", "priest", "bishop", "chaplain", "treasurer", "trustee", "partner", "principal", "staff",
			"governor", "mayor", "ambassador", "sheriff", "clerk", "judge", "lawyer", "paralegal", "specialist",
			"consultant", "researcher", "scientist", "editor", "student", "volunteer", "owner", "delegate",
			"associate", "assistant", "deputy", "lead", "councilmember", "councilor", "commander", "lieutenant",
			"captain", "sergeant", "detective", "undersheriff", "prosecutor", "defender", "chancellor", "provost", "superintendent",
			"executive", "vp", "evp", "svp", "emeritus", "emerita", "steward", "elder", "deacon", "cantor");

	/** Words a title may start with before its head noun: "Executive", "Senior", "Acting". */
	private static final Set<String> TITLE_MODIFIERS = Set.of("executive", "senior", "sr", "junior", "deputy",
			"associate", "assistant", "acting", "interim", "managing", "legal", "policy", "campaign", "program",
			"founding", "national", "state", "regional", "lead", "chief", "board", "vice", "co", "general", "staff",
			"supervising", "principal", "special", "immigration", "organizing", "field", "development", "education",
			"communications", "government", "community", "research", "legislative", "political",
			"operations", "finance", "advocacy", "outreach", "digital", "media", "press", "data", "executive-director",
			"domestic", "homeland", "security", "attorney", "solicitor", "under", "ranking", "majority", "minority",
			"retired", "former", "u.s.", "us", "united", "states", "the", "justice", "social", "medical", "public",
			"faith", "youth", "parish", "pastoral", "music", "worship");

	/** Words that open a past office ("Former Medical Director"), after which a field may name the office. */
	private static final Set<String> PAST = Set.of("former", "retired", "past");

	private static final Set<String> ORGANIZATION_WORDS = Set.of("department", "dept", "agency", "office", "council",
			"committee", "commission", "bureau", "service", "services", "administration", "enforcement", "protection",
			"security", "house", "senate", "congress", "court", "board", "institute", "center", "centre", "coalition",
			"network", "project", "alliance", "fund", "foundation", "association", "union", "church", "congregation",
			"federation", "league", "society", "collective", "campaign", "initiative", "partnership", "organization",
			"organisation", "group", "clinic", "caucus", "university", "college", "school", "inc", "llc", "corp",
			"law", "legal", "action", "rights", "justice", "movement", "lobby", "defenders", "advocates", "solidarity",
			"ministries", "program", "resource", "resources", "watch", "voices", "together", "power", "united",
			"immigrant", "immigrants", "immigration", "refugee", "refugees", "human", "civil", "liberties", "naacp",
			"aclu", "press", "media", "news", "times", "post", "partners", "community", "communities", "defense",
			"sisters", "temple", "synagogue", "mosque", "parish", "diocese", "ministry", "mission", "city", "county",
			"state", "states", "national", "international", "global", "american", "americans", "local", "chapter",
			"policy", "white", "government", "authority", "district", "customs", "marshals", "citizenship");

	private static final Set<String> PARTICLES = Set.of("de", "del", "della", "der", "la", "le", "van", "von", "da",
			"dos", "das", "du", "di", "bin", "ibn", "al", "el", "st.", "y", "ter", "ten", "mac", "o'");

	private static final Set<String> NAME_SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "phd",
			"ph.d.", "esq.", "esq", "md", "m.d.", "jd", "j.d.", "msw", "lcsw", "mph", "mpa");

	/** Courtesy titles and the like, dropped from a name: "The Honorable", "Ms.", "Dr.". */
	static final Pattern HONORIFIC = Pattern.compile("^(?:(?:the\\s+)?(?:honorable|hon\\.)|mr\\.?|ms\\.?|mrs\\.?"
			+ "|mx\\.?|dr\\.?|rev\\.?|the\\s+rev(?:erend|\\.)|reverend|fr\\.|sr\\.|sister|father|brother|pastor|rabbi|imam|bishop|venerable)"
			+ "\\s+", Pattern.CASE_INSENSITIVE);

	/**
	 * Titles that may stand before a name and are then the person's title: "President Joe Biden", "Secretary
	 * Mayorkas", "Acting Director Lechleitner". Longest first so "Vice President" wins over "President".
	 */
	static final Pattern TITLE_BEFORE_NAME = Pattern.compile("^(vice\\s+president|president|attorney\\s+general|"
			+ "(?:acting\\s+|deputy\\s+|under\\s+)?secretary|(?:acting\\s+|deputy\\s+|executive\\s+|assistant\\s+)?"
			+ "director|(?:acting\\s+)?administrator|(?:acting\\s+|deputy\\s+)?commissioner|senator|sen\\.|"
			+ "representative|rep\\.|congressman|congresswoman|speaker|(?:majority\\s+|minority\\s+|democratic\\s+|"
			+ "republican\\s+)?leader|chairman|chairwoman|chairperson|chair|ranking\\s+member|governor|gov\\.|mayor|"
			+ "ambassador|chief|judge|sheriff|commander)\\s+", Pattern.CASE_INSENSITIVE);

	private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.-]*|\\p{Lu}\\.");

	private static final Pattern ADDRESS = Pattern.compile("(?i)^(?:\\d+[\\w-]*\\s+\\S.*|p\\.?\\s?o\\.?\\s+box\\b.*"
			+ "|(?:suite|ste\\.?|room|rm\\.?|floor|fl\\.?|building|bldg\\.?|mail\\s*stop|ms)\\s*#?\\s*\\w+.*"
			+ "|.*\\b\\d{5}(?:-\\d{4})?|washington,?\\s+d\\.?\\s?c\\.?|.*\\b(?:avenue|ave\\.?|street|st\\.|road|rd\\."
			+ "|boulevard|blvd\\.?|drive|dr\\.|lane|ln\\.|place|pl\\.|way|plaza|court|ct\\.|suite)\\s*(?:,?\\s*"
			+ "(?:n\\.?w\\.?|n\\.?e\\.?|s\\.?w\\.?|s\\.?e\\.?|north|south|east|west))?\\.?)$");

	private static final Pattern CONTACT = Pattern.compile("(?i)^(?:.*@.*|.*\\(?\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}.*"
			+ "|(?:tel|phone|fax|email|e-mail)\\s*[:.].*|(?:https?://|www\\.).*)$");

	/** Where a title line goes on from the title to what it is of: "Director of Policy", "Counsel at X". */
	private static final Pattern TITLE_JOINT = Pattern.compile("\\s(?:of|for|at|to|and|&|on|in|with)\\s");

	private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{3,}\\b");

	private static final Pattern NAME_SPLIT = Pattern.compile("[\\s,]+");

	private static final Pattern DIGIT = Pattern.compile("\\d");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}.'-]+");

	private static final Pattern WORD_EDGES = Pattern.compile("^[.'-]+|[.'-]+$");

	private Words() {
	}

	/** True when the line starts with a job title or is one: "Executive Director", "Director of Policy, X". */
	static boolean isTitle(String text) {
		String head = titlePart(text);
		if (head.isEmpty()) {
			return false;
		}
		String[] words = words(head);
		if (words.length == 0 || words.length > 12) {
			return false;
		}
		if (!Character.isUpperCase(head.charAt(0))) {
			return false;
		}
		int noun = -1;
		int unknown = 0;
		for (int i = 0; i < words.length; i++) {
			if (TITLE_NOUNS.contains(words[i]) || isHyphenatedTitle(words[i])) {
				noun = i;
				break;
			}
			// a field before the office ("Medical Director", "Public Defender") after a "Former" or "Retired"
			if (!TITLE_MODIFIERS.contains(words[i]) && !(PAST.contains(words[0]) && i > 0 && ++unknown <= 2)) {
				return false;
			}
		}
		// "Staff" or "Lead" alone is too little to call a line a title
		return noun >= 0 && !(words.length == 1 && Set.of("general", "staff", "executive", "lead").contains(words[0]));
	}

	/** "secretary-treasurer", "co-director": a title of joined title words. */
	private static boolean isHyphenatedTitle(String word) {
		if (!word.contains("-")) {
			return false;
		}
		for (String part : word.split("-")) {
			if (TITLE_NOUNS.contains(part)) {
				return true;
			}
		}
		return false;
	}

	/** The part of a title line up to ", " or " at " or " of ": where the title proper ends. */
	static String titlePart(String text) {
		String t = text.strip();
		int comma = t.indexOf(", ");
		if (comma > 0) {
			t = t.substring(0, comma);
		}
		Matcher joint = TITLE_JOINT.matcher(t);
		return joint.find() ? t.substring(0, joint.start()) : t;
	}

	private static final Set<String> INSTITUTION_WORDS = Set.of("center", "centre", "coalition", "network",
			"project", "alliance", "fund", "foundation", "association", "union", "church", "committee", "council",
			"inc", "llc", "services", "department", "institute", "society", "league", "federation", "collective");

	/** A word that only an institution's name has: "Center", "Coalition", "Inc."; unlike "City" or "County". */
	static boolean hasInstitutionWord(String text) {
		for (String word : words(text)) {
			if (INSTITUTION_WORDS.contains(word)) {
				return true;
			}
		}
		return false;
	}

	static boolean isOrganization(String text) {
		for (String word : words(text)) {
			if (ORGANIZATION_WORDS.contains(word)) {
				return true;
			}
		}
		return ACRONYM.matcher(text).find() || text.startsWith("U.S.") || text.startsWith("The ");
	}

	/** Two to five capitalised words, initials, particles and suffixes, and no word of an organization. */
	static boolean isPersonName(String text) {
		String name = HONORIFIC.matcher(text.strip()).replaceFirst("");
		String[] tokens = NAME_SPLIT.split(name);
		if (tokens.length < 2 || tokens.length > 6 || DIGIT.matcher(name).find() || isOrganization(name)) {
			return false;
		}
		int names = 0;
		for (String token : tokens) {
			String lower = token.toLowerCase(Locale.ROOT);
			if (PARTICLES.contains(lower) || NAME_SUFFIXES.contains(lower)) {
				continue;
			}
			if (!CAPITALISED.matcher(token).matches() || (token.length() > 2 && token.equals(
					token.toUpperCase(Locale.ROOT)) && !token.endsWith("."))) {
				return false;
			}
			names++;
		}
		return names >= 2;
	}

	static boolean isAddress(String text) {
		return ADDRESS.matcher(text.strip()).matches();
	}

	static boolean isContact(String text) {
		return CONTACT.matcher(text.strip()).matches();
	}

	static String[] words(String text) {
		String folded = NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
		if (folded.isEmpty()) {
			return new String[0];
		}
		String[] words = folded.split(" ");
		for (int i = 0; i < words.length; i++) {
			words[i] = WORD_EDGES.matcher(words[i]).replaceAll("");
			if (words[i].equals("u.s") || words[i].equals("u.s.")) {
				words[i] = "u.s.";
			}
		}
		return words;
	}
}
