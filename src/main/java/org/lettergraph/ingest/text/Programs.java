package org.lettergraph.ingest.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lettergraph.ingest.record.KnownProgram;
import org.lettergraph.ingest.record.LetterRecord.ProgramAsk;

/**
 * The government programs a letter names, and what it asks of each. Seven programs letters about immigration
 * enforcement name most are known here by the ways letters write them ("287(g)", "Section 287(g)", "287g"; "ICE
 * holds"; "IGSA"); the graph's own programs come in by name and alias. Ids are the bundled dataset's, so a letter
 * about 287(g) is linked to {@code program:287g} whatever the graph holds.
 *
 * <p>The ask is the verb that governs the program: the nearest asking verb before a mention in the same sentence,
 * a few words away at most ("we urge you to terminate all 287(g) agreements" → "terminate"), in its base form. A
 * program merely mentioned still counts, with no ask: the letter concerns it. The subject line is read first, so
 * "End 287(g) and ICE detainers" gives "end" for both.
 */
final class Programs {

	/** The verbs of an ask and the base form each comes to. Longer forms first. */
	private static final List<Verb> VERBS = List.of(
			new Verb("not renew", "(?:not|never|declin\\w*\\s+to|refus\\w*\\s+to)\\s+(?:to\\s+)?renew\\w*|non-?renewal\\s+of"),
			new Verb("phase out", "phas(?:e|es|ed|ing)[\\s-]+out(?:\\s+of)?"),
			new Verb("terminate", "terminat(?:e|es|ed|ing|ion\\s+of)"),
			new Verb("end", "(?:an\\s+)?end(?:s|ed|ing)?(?:\\s+to)?"),
			new Verb("halt", "halt(?:s|ed|ing)?"),
			new Verb("release", "releas(?:e|es|ed|ing)"),
			new Verb("suspend", "suspen(?:d|ds|ded|ding|sion\\s+of)"),
			new Verb("rescind", "rescind(?:s|ed|ing)?|rescission\\s+of"),
			new Verb("stop", "stop(?:s|ped|ping)?"),
			new Verb("cancel", "cancel(?:s|ed|led|ing|ling|lation\\s+of)?"),
			new Verb("investigate", "investigat(?:e|es|ed|ing|ion\\s+(?:of|into))"),
			new Verb("close", "clos(?:e|es|ed|ing|ure\\s+of)"),
			new Verb("abolish", "abolish(?:es|ed|ing)?|abolition\\s+of"),
			new Verb("defund", "defund(?:s|ed|ing)?"),
			new Verb("reduce", "reduc(?:e|es|ed|ing|tion\\s+of)"));

	private static final Pattern ASK = Pattern.compile("(?i)(?<![\\p{L}-])(" + String.join("|",
			VERBS.stream().map(v -> "(" + v.pattern() + ")").toList()) + ")(?![\\p{L}-])");

	/** A mention further than this many words after the verb is not what the verb governs. */
	private static final int REACH = 8;

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;:])\\s+(?=[\\p{Lu}\"\u201C(\\d])");

	private static final Map<String, String> BUILT_IN = new LinkedHashMap<>();

	/** A program's own name, as letters write it: a mention so named keeps its words whatever else they say. */
	private static final Map<String, String> NAMED = new LinkedHashMap<>();

	static {
		BUILT_IN.put("program:287g", "(?:section\\s+)?287\\s*\\(\\s*g\\s*\\)|287g");
		BUILT_IN.put("program:secure-communities", "secure\\s+communities|s-comm");
		BUILT_IN.put("program:ice-detainers", "(?:ice|immigration)\\s+detainers?|detainer\\s+requests?|"
				+ "detainers|ice\\s+holds|immigration\\s+holds|detainer\\s+(?:policy|policies|program)");
		BUILT_IN.put("program:jail-contracts", "intergovernmental\\s+service\\s+agreements?|IGSAs?|jail\\s+contracts?|"
				+ "detention\\s+contracts?|contracts?\\s+with\\s+(?:state\\s+and\\s+local|local|county)\\s+jails");
		BUILT_IN.put("program:family-detention", "family\\s+detention|detain(?:ing)?\\s+families|"
				+ "family\\s+(?:residential|detention)\\s+(?:centers?|facilities)");
		BUILT_IN.put("program:detention-expansion", "detention\\s+expansion|expansion\\s+of\\s+(?:the\\s+)?"
				+ "(?:ice\\s+|immigration\\s+)?detention|expand(?:s|ed|ing)?\\s+(?:the\\s+)?(?:ice\\s+|immigration\\s+)?"
				+ "detention|new\\s+detention\\s+(?:centers?|facilities|beds|capacity|sites?|contracts?)|proposed\\s+(?:new\\s+)?"
				+ "detention\\s+(?:centers?|facilit(?:y|ies)|sites?)|add(?:s|ed|ing)?\\s+(?:more\\s+)?(?:ice\\s+|"
				+ "immigration\\s+)?detention\\s+(?:beds|capacity|space)");
		BUILT_IN.put("program:immigration-detention", "immigration\\s+detention|\\(?ice\\)?\\s+detention|"
				+ "detention\\s+(?:centers|facilities|beds|capacity|system)|ice\\s+processing\\s+cent(?:er|re)s?");
		NAMED.put("program:immigration-detention", "immigration\\s+detention|ice\\s+detention");
	}

	private final List<Recogniser> recognisers;

	private record Verb(String base, String pattern) {
	}

	/** @param named the program's own names ({@link #NAMED} and the known name, not its aliases), or null */
	private record Recogniser(String id, Pattern pattern, Pattern named) {
	}

	/** The built-in programs, and {@code known} by name and alias. */
	Programs(List<KnownProgram> known) {
		Map<String, List<String>> alternatives = new LinkedHashMap<>();
		Map<String, List<String>> ownNames = new LinkedHashMap<>();
		BUILT_IN.forEach((id, pattern) -> alternatives.computeIfAbsent(id, k -> new ArrayList<>()).add(pattern));
		for (KnownProgram program : (known != null) ? known : List.<KnownProgram>of()) {
			if (program == null || program.id() == null || program.id().isBlank()) {
				continue;
			}
			List<String> names = new ArrayList<>(program.aliases());
			names.add(0, program.name());
			for (String name : names) {
				String alternative = alternative(name);
				if (alternative != null) {
					alternatives.computeIfAbsent(program.id(), k -> new ArrayList<>()).add(alternative);
					// only the program's own name stands apart inside another's words; an alias ("detention
					// contracts") inside "new detention contracts" is the other program's mention
					if (name.equals(program.name())) {
						ownNames.computeIfAbsent(program.id(), k -> new ArrayList<>()).add(alternative);
					}
				}
			}
		}
		List<Recogniser> list = new ArrayList<>();
		alternatives.forEach((id, patterns) -> {
			List<String> own = new ArrayList<>(ownNames.getOrDefault(id, List.of()));
			if (NAMED.containsKey(id)) {
				own.add(NAMED.get(id));
			}
			list.add(new Recogniser(id, Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:" + String.join("|", patterns)
					+ ")(?![\\p{L}\\p{N}])"), own.isEmpty() ? null : Pattern.compile("(?i)(?:" + String.join("|", own)
							+ ")")));
		});
		this.recognisers = List.copyOf(list);
	}

	/**
	 * A name or alias as a pattern: spaces match any spacing, an acronym ("IGSA") only in capitals, and names of
	 * one or two characters not at all (they would match everywhere).
	 */
	private static String alternative(String name) {
		if (name == null || name.strip().length() < 3) {
			return null;
		}
		String strip = name.strip();
		String quoted = Pattern.quote(strip).replace(" ", "\\E\\s+\\Q");
		boolean acronym = strip.matches("[\\p{Lu}\\p{N}-]{2,8}");
		return acronym ? "(?-i:" + quoted + ")" : quoted;
	}

	/**
	 * The programs the subject and body name, in order of first mention, each with the ask of its first mention
	 * that has one.
	 */
	List<ProgramAsk> find(String subject, List<Line> body, String sourceId) {
		List<String> sentences = new ArrayList<>();
		if (subject != null && !subject.isBlank()) {
			sentences.add(subject);
		}
		StringBuilder paragraph = new StringBuilder();
		for (Line line : body) {
			if (line.blank()) {
				sentences(paragraph, sentences);
				continue;
			}
			paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.text());
		}
		sentences(paragraph, sentences);

		Map<String, String> asks = new LinkedHashMap<>();
		Map<String, Long> firstAt = new LinkedHashMap<>();
		for (int s = 0; s < sentences.size(); s++) {
			String sentence = sentences.get(s);
			List<int[]> taken = new ArrayList<>();
			List<int[]> mentions = new ArrayList<>();
			for (int r = 0; r < this.recognisers.size(); r++) {
				Matcher m = this.recognisers.get(r).pattern().matcher(sentence);
				while (m.find()) {
					mentions.add(new int[] { r, m.start(), m.end() });
				}
			}
			mentions.sort(Comparator.<int[]>comparingInt(x -> x[1]).thenComparingInt(x -> x[0]));
			for (int[] mention : mentions) {
				Recogniser recogniser = this.recognisers.get(mention[0]);
				boolean named = recogniser.named() != null
						&& recogniser.named().matcher(sentence.substring(mention[1], mention[2])).matches();
				if (!named && overlapsAnother(taken, mention[0], mention[1], mention[2])) {
					continue;
				}
				taken.add(mention);
				firstAt.putIfAbsent(recogniser.id(), ((long) s << 32) + mention[1]);
				if (asks.get(recogniser.id()) == null) {
					asks.put(recogniser.id(), ask(sentence, mention[1]));
				}
			}
		}
		List<ProgramAsk> found = new ArrayList<>();
		firstAt.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.forEach(e -> found.add(new ProgramAsk(e.getKey(), asks.get(e.getKey()), List.of(sourceId))));
		return List.copyOf(found);
	}

	/**
	 * Whether words another program already took overlap {@code [start, end)}: "family detention centers" is family
	 * detention, not also immigration detention by its "detention centers"; "new detention contracts" is expansion,
	 * not jail contracts. Mentions are taken in reading order (the one starting first keeps the shared words; at the
	 * same place the program listed first), except that a program called by its own name ("expansion of immigration
	 * detention") is always a mention.
	 */
	private static boolean overlapsAnother(List<int[]> taken, int recogniser, int start, int end) {
		for (int[] t : taken) {
			if (t[0] != recogniser && t[1] < end && start < t[2]) {
				return true;
			}
		}
		return false;
	}

	private static void sentences(StringBuilder paragraph, List<String> sentences) {
		if (paragraph.isEmpty()) {
			return;
		}
		String text = (paragraph.length() > 20_000) ? paragraph.substring(0, 20_000) : paragraph.toString();
		for (String sentence : SENTENCE_END.split(text)) {
			sentences.add(sentence);
		}
		paragraph.setLength(0);
	}

	/** The base form of the asking verb nearest before {@code at}, within reach; null when there is none. */
	static String ask(String sentence, int at) {
		Matcher m = ASK.matcher(sentence.substring(0, at));
		String base = null;
		int end = -1;
		while (m.find()) {
			for (int g = 0; g < VERBS.size(); g++) {
				if (m.group(g + 2) != null) {
					base = VERBS.get(g).base();
					break;
				}
			}
			end = m.end();
		}
		if (base == null) {
			return null;
		}
		String between = sentence.substring(end, at).strip();
		int words = between.isEmpty() ? 0 : between.split("\\s+").length;
		return (words <= REACH) ? base : null;
	}
}
