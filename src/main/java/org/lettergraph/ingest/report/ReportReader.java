package org.lettergraph.ingest.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lettergraph.ingest.legislators.LawmakerDirectory;
import org.lettergraph.ingest.legislators.Legislator;
import org.lettergraph.ingest.record.KnownProgram;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.ingest.record.ReferenceRecords.SourceRecord;
import org.lettergraph.ingest.report.Gazetteer.KnownActor;
import org.lettergraph.ingest.report.Gazetteer.KnownLetter;
import org.lettergraph.ingest.report.ReportReading.Mention;
import org.lettergraph.ingest.report.ReportReading.Proposal;
import org.lettergraph.ingest.report.ReportReading.Quoted;
import org.lettergraph.ingest.report.ReportReading.ReportedLetter;
import org.lettergraph.ingest.report.ReportReading.StatedCount;
import org.lettergraph.ingest.report.ReportText.Sentence;
import org.lettergraph.names.NameKey;
import org.lettergraph.names.Slugs;

/**
 * Reads a news story or press release the way a careful analyst would: where and when it was published and by whom,
 * which actors and programs it names, who it quotes for which organization, which signer counts it states, and
 * which letters it reports, each matched to a letter the graph holds or proposed as a new letter record. Nothing is
 * created here: new names come back as proposals for a person to confirm.
 */
public final class ReportReader {

	/** Headlines longer than this many words are cut, as the bundled sources' titles are. */
	static final int TITLE_WORDS = 9;

	/** A reported letter matches a letter in the graph from this score on. */
	static final double MATCH_THRESHOLD = 2.0;

	/** How far apart the dates of the report's letter and the graph's letter may be. */
	static final int DATE_WINDOW_DAYS = 14;

	private static final Set<String> ORG_WORDS = Set.of("coalition", "center", "centre", "network", "alliance",
			"project", "association", "council", "union", "committee", "fund", "foundation", "institute", "institution",
			"partnership", "league", "federation", "society", "campaign", "collective", "caucus", "department",
			"service", "agency", "bureau", "office", "commission", "organization", "organisation", "corporation",
			"church", "congregation", "clinic", "forum", "initiative", "conference", "fellowship", "movement",
			"party", "board");

	private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "in", "and", "&", "the", "de", "la",
			"del", "to");

	private static final Set<String> SMALL_WORDS = Set.of("and", "of", "for", "the", "on", "in", "to", "at", "with");

	private static final String SPEECH = "(?:said|says|added|adds|remarked|noted|stated|explained|argued|warned|"
			+ "claims|claimed|told|wrote|writes|insisted|contended|cautioned|continued)";

	private static final String NAME = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})";

	private static final String HONORIFIC = "(?:(?:retired|former|the)\\s+)?(?:(?:Lt|Dr|Mr|Ms|Mrs|Sgt|Capt|Det|Prof|"
			+ "Rev|Gen|Col)\\.?\\s+)?";

	/** "Jane Roe, policy director for the Example Coalition, said". */
	private static final Pattern NAME_FIRST = Pattern.compile("(?:^|[,:;]\\s+|^\\p{Lu}\\p{Ll}+,\\s+)" + HONORIFIC
			+ NAME + ",\\s+([^,\"“”]{3,120}?),\\s+(?:\\p{Ll}+\\s+){0,2}?" + SPEECH + "\\b");

	/** "The policy director for the Example Coalition, Jane Roe, said". */
	private static final Pattern TITLE_FIRST = Pattern
		.compile("^(?:The\\s+|the\\s+)?([^,\"“”]{3,120}?),\\s+" + HONORIFIC + NAME + ",?\\s+(?:\\p{Ll}+\\s+){0,2}?"
				+ SPEECH + "\\b");

	/** "said Jane Roe, policy director of the Example Coalition" and "according to Jane Roe, …". */
	private static final Pattern SPEECH_FIRST = Pattern.compile("\\b(?:said|says|according to)\\s+" + HONORIFIC + NAME
			+ ",\\s+([^,.\"“”;]{3,120})");

	private static final Pattern OFFICE = Pattern.compile("\\b(Acting Secretary|Deputy Secretary|Secretary|"
			+ "Acting Director|Deputy Director|Director|Administrator|Commissioner|Attorney General|Chief of Staff|"
			+ "Vice President|President|Governor|Mayor|Sheriff|Ambassador|Chair|Chairman|Chairwoman|Speaker|"
			+ "Advisor|Adviser)\\b");

	private static final Pattern LAWMAKERS = Pattern.compile("\\b(?:Reps?\\.|Sens?\\.|Representatives?|Senators?|"
			+ "Congress(?:wo)?man|Congressmember|Del\\.)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*"
			+ "(?:\\s*\\([DRI][-–][^)]{1,20}\\))?(?:(?:\\s*,\\s*(?:and\\s+)?|,?\\s+and\\s+)\\p{Lu}[\\p{L}'’.-]*"
			+ "(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*(?:\\s*\\([DRI][-–][^)]{1,20}\\))?)*");

	private static final Pattern ACRONYM_DEFINED = Pattern.compile("((?:\\p{Lu}[\\p{L}.'’&-]*)(?:\\s+(?:(?:of|for|"
			+ "and|on|the|&)\\s+)*\\p{Lu}[\\p{L}.'’&-]*)+)(?:['’]s)?\\s*\\((\\p{Lu}[\\p{L}&]{1,9})\\)");

	private static final Pattern CAPITAL_RUN = Pattern.compile("(?:\\p{Lu}[\\p{L}.'’&-]*|\\d+[\\p{L}]*)(?:\\s+(?:"
			+ "(?:of|for|on|in|and|&|the|de|la|del|to)\\s+)*(?:\\p{Lu}[\\p{L}.'’&-]*|\\d+))*");

	private static final Pattern LETTER_NEW = Pattern.compile("(?i)\\b(?:an?|one)\\s+(?:new\\s+|joint\\s+|open\\s+|"
			+ "bipartisan\\s+|sign-on\\s+|formal\\s+)?letter\\b");

	private static final Pattern LETTER_SAME = Pattern.compile("(?i)\\b(?:the|their|this|that|its|the\\s+\\w+['’]s?)"
			+ "\\s+letter\\b|\\b(?:the\\s+)?(?:lawmakers|signers|signatories|coalition|group|members|democrats|"
			+ "republicans|organizations)\\s+(?:\\w+\\s+)?(?:said|added|wrote|noted|argued|pointed|condemned|urged|"
			+ "called|asked)\\b|,\\s+(?:they|the\\s+\\w+)\\s+(?:said|added|wrote)\\b");

	private static final Pattern LED_BY = Pattern.compile("(?i)\\b(?:led|spearheaded|organized|authored|"
			+ "initiated)\\s+by\\s+");

	private static final Pattern LEADING = Pattern.compile("(?i)^\\s*(?:\\([^)]*\\)\\s*)?(?:,\\s*)?(?:is|are|was|were)"
			+ "\\s+(?:leading|spearheading)|^\\s*(?:\\([^)]*\\)\\s*)?(?:led|leads|spearheaded)\\s+the\\s+(?:effort|"
			+ "letter)");

	private static final Pattern ENDORSED_BY = Pattern.compile("(?i)\\b(?:endorsed|supported|backed|co-signed|"
			+ "cosigned|signed on to|joined)\\s+by\\s+(?:(?:more than|over|nearly|about|some)\\s+)?(?:[\\w,]+\\s+"
			+ "(?:organizations|groups)\\s*,?\\s*(?:including|such as|among them)\\s+)?");

	private static final Pattern LIST_INTRO = Pattern.compile("(?i)(?:endors|sign|support|co-sign|cosign|join)"
			+ "[\\w\\s,-]*:\\s*$");

	private static final Pattern ADDRESSED = Pattern.compile("\\b(?i:addressed|sent|written|directed|delivered)"
			+ "\\s+to\\s+|\\b(?i:letter)\\s+(?:\\w+\\s+){0,3}?to\\s+|\\b(?i:urging)\\s+(?=\\p{Lu})");

	private static final Pattern SPAN_END = Pattern.compile("\\s+(?i:urging|calling|asking|requesting|demanding|"
			+ "and\\s+shared|that|which|on\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b"
			+ "|\\s+to\\s+\\p{Ll}|[,;.:]\\s|[;:]|\\.$");

	private static final Pattern SENT_LETTER = Pattern.compile("\\b(?:sent|wrote|penned|issued|delivered|released|"
			+ "signed)\\s+(?:(?:on\\s+)?\\p{Lu}\\p{Ll}+day\\s+|today\\s+|yesterday\\s+)?(?:an?|one)\\s+(?:\\w+\\s+)?letter\\b");

	private static final Pattern MEMBERS_OF = Pattern.compile("\\bmembers\\s+of\\s+(?:the\\s+)?$");

	private static final Pattern FROM_WHO = Pattern.compile("(?i)\\bletter\\s+from\\s+(?:the\\s+)?$");

	private static final Map<Pattern, String> ASKS = new LinkedHashMap<>();

	static {
		ASKS.put(Pattern.compile("(?i)\\bphas(?:e|ed|ing)[- ]out\\b|\\bphase-out\\b"), "phase out");
		ASKS.put(Pattern.compile("(?i)\\bterminat(?:e|ed|es|ing|ion)\\b"), "terminate");
		ASKS.put(Pattern.compile("(?i)\\b(?:an\\s+)?end(?:s|ed|ing)?\\b(?!\\s+of\\b)"), "end");
		ASKS.put(Pattern.compile("(?i)\\beliminat(?:e|ed|es|ing|ion)\\b"), "eliminate");
		ASKS.put(Pattern.compile("(?i)\\babolish(?:ed|es|ing|ment)?\\b"), "abolish");
		ASKS.put(Pattern.compile("(?i)\\bhalt(?:s|ed|ing)?\\b"), "halt");
		ASKS.put(Pattern.compile("(?i)\\bclos(?:e|ed|es|ing|ure)\\b"), "close");
		ASKS.put(Pattern.compile("(?i)\\bstop(?:s|ped|ping)?\\b"), "stop");
		ASKS.put(Pattern.compile("(?i)\\bdismantl(?:e|ed|es|ing)\\b"), "dismantle");
		ASKS.put(Pattern.compile("(?i)\\bcancel(?:s|ed|led|ing|ling)?\\b"), "cancel");
		ASKS.put(Pattern.compile("(?i)\\brescind(?:s|ed|ing)?\\b"), "rescind");
		ASKS.put(Pattern.compile("(?i)\\bsuspend(?:s|ed|ing)?\\b|\\bsuspension\\b"), "suspend");
		ASKS.put(Pattern.compile("(?i)\\bdefund(?:s|ed|ing)?\\b"), "defund");
	}

	private static final Set<String> STOP_WORDS = Set.of("and", "of", "the", "with", "for", "to", "in", "on", "a",
			"program", "programs");

	/** Reads one report. */
	public ReportReading read(String text, ReportMetadata metadata, Gazetteer gazetteer) {
		return new Reading(text, (metadata != null) ? metadata : ReportMetadata.none(), gazetteer).read();
	}

	/** One actor or program named at one place in a sentence. */
	private record Ref(String id, String kind, String name, int start, int end, String how, String title,
			String organization) {
	}

	/** The letter a group of sentences tells of. */
	private static final class Cluster {

		final Sentence start;

		final List<Sentence> sentences = new ArrayList<>();

		Cluster(Sentence start) {
			this.start = start;
		}
	}

	/** The state of one read. */
	private static final class Reading {

		private final ReportText text;

		private final ReportMetadata metadata;

		private final Gazetteer gazetteer;

		private final NameFinder finder = new NameFinder();

		private final Map<String, KnownActor> known = new HashMap<>();

		private final Map<String, KnownProgram> programs = new HashMap<>();

		private final Map<String, Proposal> proposals = new LinkedHashMap<>();

		private final List<Mention> mentions = new ArrayList<>();

		private final Set<String> mentionKeys = new LinkedHashSet<>();

		private final List<Quoted> quoted = new ArrayList<>();

		private final List<StatedCount> counts = new ArrayList<>();

		private final List<String> warnings = new ArrayList<>();

		private final List<String> errors = new ArrayList<>();

		private final Map<Sentence, List<Ref>> refs = new LinkedHashMap<>();

		/** The surname of each person named in full so far, and the sentence it was last named in. */
		private final Map<String, String> surnames = new HashMap<>();

		private final Map<String, Integer> surnameSeen = new HashMap<>();

		private final Set<String> takenIds = new LinkedHashSet<>();

		private LocalDate date;

		private String sourceId;

		Reading(String text, ReportMetadata metadata, Gazetteer gazetteer) {
			this.text = new ReportText(text);
			this.metadata = metadata;
			this.gazetteer = gazetteer;
		}

		ReportReading read() {
			gazetteer();
			acronyms();
			undefinedAcronyms();
			newOrganizations();
			for (int i = 0; i < this.text.sentences().size(); i++) {
				Sentence sentence = this.text.sentences().get(i);
				if (isBoilerplate(sentence.text())) {
					continue;
				}
				this.refs.put(sentence, refs(sentence, i));
				quotes(sentence, i);
			}
			SourceRecord source = source();
			for (Sentence sentence : this.refs.keySet()) {
				StatedCounts.in(sentence.text())
					.forEach(c -> this.counts.add(new StatedCount(c.count(), c.qualifier(), c.of(), sentence.line())));
			}
			List<ReportedLetter> letters = (source != null && this.errors.isEmpty()) ? letters() : List.of();
			return new ReportReading(source, dateline().map(d -> d.place).orElse(null), this.mentions, this.quoted,
					letters, this.counts, List.copyOf(this.proposals.values()), this.warnings, this.errors);
		}

		// --- what the graph knows ---

		private void gazetteer() {
			for (KnownActor actor : this.gazetteer.actors()) {
				this.known.put(actor.id(), actor);
				this.takenIds.add(actor.id());
				this.finder.add(actor.name(), actor.id(), actor.kind(), actor.name(), "NAME");
				boolean person = !"ORGANIZATION".equals(actor.kind());
				for (String alias : actor.aliases()) {
					// A bare surname ("Quigley") is found through the title before it, not on its own.
					if (person && !alias.strip().contains(" ")) {
						continue;
					}
					this.finder.add(alias, actor.id(), actor.kind(), actor.name(), "ALIAS");
				}
			}
			if (this.gazetteer.lawmakers() != null) {
				for (Legislator l : this.gazetteer.lawmakers().legislators()) {
					if (!this.known.containsKey(l.id())) {
						continue;
					}
					this.finder.add(l.first() + " " + l.last(), l.id(), "LAWMAKER", this.known.get(l.id()).name(),
							"NAME");
				}
			}
			for (KnownProgram program : this.gazetteer.programs()) {
				this.programs.put(program.id(), program);
				this.takenIds.add(program.id());
				this.finder.add(program.name(), program.id(), "PROGRAM", program.name(), "NAME");
				program.aliases().forEach(a -> this.finder.add(a, program.id(), "PROGRAM", program.name(), "ALIAS"));
			}
		}

		// --- names the report defines or introduces ---

		/** "Law Enforcement Action Partnership (LEAP)": the acronym is that organization's, known or new. */
		private void acronyms() {
			for (Sentence sentence : this.text.sentences()) {
				Matcher m = ACRONYM_DEFINED.matcher(sentence.text());
				while (m.find()) {
					String name = trimName(m.group(1));
					String acronym = m.group(2);
					if (name.split("\\s+").length < 2 || !NameFinder.isAcronym(acronym)) {
						continue;
					}
					Optional<NameFinder.Entry> entry = wholeName(name);
					if (entry.isPresent()) {
						NameFinder.Entry e = entry.get();
						if (this.finder.lookup(acronym).stream().noneMatch(x -> x.id().equals(e.id()))) {
							this.finder.add(acronym, e.id(), e.kind(), e.name(), "ACRONYM");
							if ("ORGANIZATION".equals(e.kind()) && this.known.containsKey(e.id())) {
								propose(new Proposal(acronym, "ALIAS", "the report gives it as the acronym of " + e.name(),
										e.id(), null, List.of(), null, sentence.line(), true));
							}
						}
						continue;
					}
					Optional<NameFinder.Entry> near = nearOrganization(name);
					if (near.isPresent()) {
						continue; // a misspelt known name: taken up where it is used
					}
					Proposal p = newActor(name, "ORGANIZATION", List.of(acronym), null, sentence.line(),
							"not in the graph; the report names it with its acronym " + acronym);
					this.finder.add(acronym, p.id(), "ORGANIZATION", name, "ACRONYM");
				}
			}
		}

		/**
		 * An acronym the report uses without defining it ("the ACLU") is the organization whose name's initials it is,
		 * when the report spells that name out anywhere ("The American Civil Liberties Union is …").
		 */
		private void undefinedAcronyms() {
			Set<String> seen = new LinkedHashSet<>();
			for (Sentence sentence : this.text.sentences()) {
				Matcher m = Pattern.compile("\\b\\p{Lu}{3,8}\\b").matcher(sentence.text());
				while (m.find()) {
					String acronym = m.group();
					if (!seen.add(acronym) || !this.finder.lookup(acronym).isEmpty()) {
						continue;
					}
					Optional<String> name = expand(acronym);
					if (name.isEmpty()) {
						continue;
					}
					Optional<NameFinder.Entry> entry = wholeName(name.get());
					if (entry.isPresent()) {
						this.finder.add(acronym, entry.get().id(), entry.get().kind(), entry.get().name(), "ACRONYM");
					}
					else {
						newActor(name.get(), "ORGANIZATION", List.of(acronym), null, sentence.line(),
								"not in the graph; the report calls it " + acronym + " and spells the name out");
					}
				}
			}
		}

		/** The capitalised name in the report whose initials are this acronym. */
		private Optional<String> expand(String acronym) {
			for (Sentence sentence : this.text.sentences()) {
				Matcher m = CAPITAL_RUN.matcher(sentence.text());
				while (m.find()) {
					String[] words = m.group().split("\\s+");
					for (int from = 0; from < words.length; from++) {
						if (!Character.isUpperCase(words[from].charAt(0))
								|| CONNECTORS.contains(words[from].toLowerCase(Locale.ROOT))) {
							continue;
						}
						StringBuilder initials = new StringBuilder();
						for (int to = from; to < words.length && initials.length() <= acronym.length(); to++) {
							String w = words[to];
							if (CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
								continue;
							}
							initials.append(w.charAt(0));
							if (initials.toString().equals(acronym) && to > from) {
								return Optional.of(String.join(" ", Arrays.copyOfRange(words, from, to + 1)));
							}
						}
					}
				}
			}
			return Optional.empty();
		}

		/** Capitalised names that are plainly organizations ("… Coalition", "… Center", "… Network"). */
		private void newOrganizations() {
			for (Sentence sentence : this.text.sentences()) {
				if (isBoilerplate(sentence.text())) {
					continue;
				}
				Matcher m = CAPITAL_RUN.matcher(sentence.text());
				while (m.find()) {
					for (String part : parts(m.group())) {
						String name = organizationPart(part);
						if (name == null || wholeName(name).isPresent() || nearOrganization(name).isPresent()) {
							continue;
						}
						newActor(name, "ORGANIZATION", List.of(), null, sentence.line(),
								"not in the graph; its name says it is an organization");
					}
				}
			}
		}

		/** A run of capitalised words cut at "and the", and after a known name ("ICE and U.S. Marshals Service"). */
		private List<String> parts(String run) {
			List<String> parts = new ArrayList<>();
			for (String part : run.split("\\s+and\\s+the\\s+")) {
				String[] halves = part.split("\\s+and\\s+", 2);
				// "Mayorkas and Domestic Policy Council": a name before "and" is not part of the organization's
				if (halves.length == 2 && (!this.finder.lookup(halves[0]).isEmpty() || !halves[0].strip().contains(" "))) {
					parts.add(halves[0]);
					parts.add(halves[1]);
				}
				else {
					parts.add(part);
				}
			}
			return parts;
		}

		/** The organization name in a run of capitalised words: up to its last organization word, or null. */
		private String organizationPart(String run) {
			List<String> words = new ArrayList<>(Arrays.asList(trimName(run).split("\\s+")));
			int last = -1;
			for (int i = 0; i < words.size(); i++) {
				if (ORG_WORDS.contains(words.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
					last = i;
				}
			}
			if (last < 1) {
				return null;
			}
			List<String> name = words.subList(0, last + 1);
			while (!name.isEmpty() && (CONNECTORS.contains(name.get(0).toLowerCase(Locale.ROOT))
					|| OFFICE.matcher(name.get(0)).matches() || name.get(0).matches("\\d.*"))) {
				name = name.subList(1, name.size());
			}
			// an office before the organization ("Director Jane Roe of …") is not part of its name
			return (name.size() >= 2 && name.size() <= 8) ? String.join(" ", name) : null;
		}

		// --- mentions, sentence by sentence ---

		private List<Ref> refs(Sentence sentence, int index) {
			String s = sentence.text();
			List<Ref> found = new ArrayList<>();
			lawmakers(sentence, found);
			officials(sentence, found);
			for (NameFinder.Found f : this.finder.find(s)) {
				if (overlaps(found, f.start(), f.end())) {
					continue;
				}
				NameFinder.Entry e = f.entry();
				if (isPerson(e.kind()) && s.substring(f.end()).matches("(?s)\\s*(?:['’]s\\s+)?[Aa]dministration\\b.*")) {
					continue; // "the Biden administration" is not Biden
				}
				if ("SURNAME".equals(e.how()) && !recentlyNamed(e.id(), index)) {
					continue;
				}
				found.add(new Ref(e.id(), e.kind(), e.name(), f.start(), f.end(), e.how(), null, null));
			}
			spellings(sentence, index, found);
			found.sort((a, b) -> Integer.compare(a.start(), b.start()));
			for (Ref ref : found) {
				mention(ref, sentence);
				if (isPerson(ref.kind()) && !"SURNAME".equals(ref.how()) && !"SPELLING".equals(ref.how())) {
					String[] words = ref.name().split("\\s+");
					String surname = words[words.length - 1];
					if (words.length > 1 && !this.surnames.containsKey(surname)) {
						this.surnames.put(surname, ref.id());
						this.finder.add(surname, ref.id(), ref.kind(), ref.name(), "SURNAME");
					}
				}
				if (isPerson(ref.kind())) {
					this.surnameSeen.put(ref.id(), index);
				}
			}
			return found;
		}

		private boolean recentlyNamed(String id, int index) {
			return this.surnameSeen.containsKey(id);
		}

		/** "Rep. Ilhan Omar (D-Minn.)", "Reps. Schakowsky, Quigley, and Espaillat": through the lawmaker data. */
		private void lawmakers(Sentence sentence, List<Ref> found) {
			LawmakerDirectory directory = this.gazetteer.lawmakers();
			if (directory == null) {
				return;
			}
			Matcher m = LAWMAKERS.matcher(sentence.text());
			while (m.find()) {
				for (LawmakerDirectory.Lookup lookup : directory.resolveAll(m.group())) {
					String name = lookup.reference().name();
					int at = sentence.text().indexOf(name, m.start());
					int start = (at >= 0) ? at : m.start();
					int end = (at >= 0) ? at + name.length() : m.end();
					if (lookup.found()) {
						Legislator l = lookup.legislator().orElseThrow();
						String display = this.known.containsKey(l.id()) ? this.known.get(l.id()).name() : l.name();
						found.add(new Ref(l.id(), "LAWMAKER", display, start, end,
								name.contains(" ") ? "NAME" : "SURNAME", null, null));
					}
					else {
						propose(new Proposal(name, "LAWMAKER", lookup.problem().orElse("not in the lawmaker data"),
								null, null, List.of(), null, sentence.line(), false));
					}
				}
				if (!found.isEmpty()) {
					// the whole list is taken, so its surnames are not read again
					Ref last = found.get(found.size() - 1);
					if (last.end() < m.end()) {
						found.set(found.size() - 1, new Ref(last.id(), last.kind(), last.name(), last.start(), m.end(),
								last.how(), last.title(), last.organization()));
					}
				}
			}
		}

		/**
		 * "Homeland Security Secretary Alejandro Mayorkas", "Secretary of Homeland Security Alejandro Mayorkas",
		 * "ICE Director Jane Roe": an official by office and name, with the agency before or after the office.
		 */
		private void officials(Sentence sentence, List<Ref> found) {
			String s = sentence.text();
			Matcher m = OFFICE.matcher(s);
			while (m.find()) {
				if (overlaps(found, m.start(), m.end())) {
					continue;
				}
				List<int[]> right = capitalWords(s, m.end(), true);
				if (right.size() < 2) {
					continue;
				}
				int nameWords = (right.size() >= 3 && s.substring(right.get(right.size() - 2)[0],
						right.get(right.size() - 2)[1]).matches("\\p{Lu}\\.")) ? 3 : 2;
				if (right.size() - nameWords > 4) {
					continue;
				}
				int nameStart = right.get(right.size() - nameWords)[0];
				int end = right.get(right.size() - 1)[1];
				String name = s.substring(nameStart, end);
				if (wholeName(name).filter(e -> !isPerson(e.kind())).isPresent()
						|| name.split("\\s+")[0].matches("(?i)of|the|and")) {
					continue;
				}
				String agencyAfter = (right.size() > nameWords) ? s.substring(right.get(0)[0],
						right.get(right.size() - nameWords - 1)[1]).replaceFirst("^(?:of\\s+)?(?:the\\s+)?", "") : null;
				List<int[]> left = capitalWordsBefore(s, m.start());
				String agencyBefore = left.isEmpty() ? null : s.substring(left.get(0)[0], left.get(left.size() - 1)[1]);
				int start = left.isEmpty() ? m.start() : left.get(0)[0];
				String agency = (agencyAfter != null && !agencyAfter.isBlank()) ? agencyAfter : agencyBefore;
				String office = m.group(1);
				Optional<NameFinder.Entry> knownPerson = wholeName(name).filter(e -> isPerson(e.kind()));
				if (knownPerson.isPresent()) {
					NameFinder.Entry e = knownPerson.get();
					found.add(new Ref(e.id(), e.kind(), e.name(), start, end, "TITLE", office, agencyName(agency)));
					continue;
				}
				String organization = agencyName(agency);
				String title = (organization != null) ? office + ", " + organization : office;
				Proposal p = newActor(name, "OFFICIAL", List.of(), title, sentence.line(),
						"not in the graph; the report names " + ((agency != null) ? "the " + agency + " " : "an ")
								+ office.toLowerCase(Locale.ROOT) + " so");
				found.add(new Ref(p.id(), "OFFICIAL", name, start, end, "NEW", office, organization));
			}
		}

		/** The capitalised words from {@code from} on ("of" and "the" only right after the office). */
		private static List<int[]> capitalWords(String s, int from, boolean allowOf) {
			List<int[]> words = new ArrayList<>();
			Matcher w = Pattern.compile("\\G\\s+((?:of|the)\\b|\\p{Lu}[\\p{L}.'’-]*)").matcher(s);
			int at = from;
			while (w.find(at)) {
				boolean connector = !Character.isUpperCase(w.group(1).charAt(0));
				if (connector && !(allowOf && words.isEmpty() || allowOf && words.size() == 0)) {
					break;
				}
				if (!connector) {
					words.add(new int[] { w.start(1), w.end(1) });
				}
				at = w.end();
				if (connector) {
					allowOf = true;
				}
			}
			// a possessive ends the name: "Mayorkas’s testimony"
			List<int[]> trimmed = new ArrayList<>();
			for (int[] word : words) {
				String text = s.substring(word[0], word[1]);
				if (text.endsWith("’s") || text.endsWith("'s")) {
					break;
				}
				trimmed.add(word);
			}
			return trimmed;
		}

		/** Up to four capitalised words just before {@code at}: the agency in "Homeland Security Secretary". */
		private static List<int[]> capitalWordsBefore(String s, int at) {
			List<int[]> words = new ArrayList<>();
			Matcher w = Pattern.compile("(\\p{Lu}[\\p{L}.'’&-]*)\\s+$").matcher(s.substring(0, at));
			int end = at;
			while (words.size() < 4) {
				Matcher m = w.reset(s.substring(0, end));
				if (!m.find()) {
					break;
				}
				if (m.start(1) == 0 && words.isEmpty() && !NameFinder.isAcronym(m.group(1))) {
					break; // the first word of the sentence, not an agency
				}
				words.add(0, new int[] { m.start(1), m.end(1) });
				end = m.start(1);
			}
			return words;
		}

		/** The name of the organization an agency phrase means: a known one containing its words, or as written. */
		private String agencyName(String agency) {
			if (agency == null || agency.isBlank()) {
				return null;
			}
			String key = NameKey.of(agency);
			Optional<NameFinder.Entry> exact = wholeName(agency).filter(e -> "ORGANIZATION".equals(e.kind()));
			if (exact.isPresent()) {
				return exact.get().name();
			}
			for (KnownActor a : this.gazetteer.actors()) {
				if (a.organization() != null && (" " + NameKey.of(a.organization()) + " ").contains(" " + key + " ")) {
					return a.organization();
				}
			}
			for (KnownActor a : this.gazetteer.actors()) {
				if ("ORGANIZATION".equals(a.kind()) && (" " + NameKey.of(a.name()) + " ").contains(" " + key + " ")) {
					return a.name();
				}
			}
			return agency;
		}

		/** "Shaw added" a line after "Naureen Shah": a surname one letter off a person just named. */
		private void spellings(Sentence sentence, int index, List<Ref> found) {
			Matcher m = Pattern.compile("(?:^|[,;]\\s+)(\\p{Lu}[\\p{L}'’-]+)\\s+" + SPEECH + "\\b|\\b" + SPEECH
					+ "\\s+(\\p{Lu}[\\p{L}'’-]+)\\b(?!\\s+\\p{Lu})").matcher(sentence.text());
			while (m.find()) {
				int group = (m.group(1) != null) ? 1 : 2;
				String word = m.group(group);
				if (overlaps(found, m.start(group), m.end(group)) || this.surnames.containsKey(word)
						|| !this.finder.lookup(word).isEmpty()) {
					continue;
				}
				for (Map.Entry<String, String> e : this.surnames.entrySet()) {
					Integer seen = this.surnameSeen.get(e.getValue());
					if (Edits.distance(word, e.getKey()) == 1 && seen != null && index - seen <= 3) {
						KnownActor knownActor = this.known.get(e.getValue());
						Proposal p = this.proposals.values().stream().filter(x -> e.getValue().equals(x.id()))
							.findFirst().orElse(null);
						String fullName = (knownActor != null) ? knownActor.name() : (p != null) ? p.name() : e.getKey();
						String kind = (knownActor != null) ? knownActor.kind() : (p != null) ? p.kind() : "PERSON";
						found.add(new Ref(e.getValue(), kind, fullName, m.start(group), m.end(group), "SPELLING", null,
								null));
						propose(new Proposal(word, "SPELLING", "read as " + fullName + ", named just before (one letter "
								+ "off '" + e.getKey() + "'); not kept as a name", e.getValue(), null, List.of(), null,
								sentence.line(), false));
						this.warnings.add("line " + sentence.line() + ": '" + word + "' read as " + fullName + ".");
						break;
					}
				}
			}
		}

		private void mention(Ref ref, Sentence sentence) {
			if (this.mentionKeys.add(ref.id() + "|" + sentence.line())) {
				this.mentions.add(new Mention(ref.name(), ref.id(), ref.kind(), sentence.line(), ref.how()));
			}
		}

		// --- people quoted ---

		private void quotes(Sentence sentence, int index) {
			String s = sentence.text();
			List<Matcher> tries = List.of(NAME_FIRST.matcher(s), TITLE_FIRST.matcher(s), SPEECH_FIRST.matcher(s));
			Set<String> done = new LinkedHashSet<>();
			for (int t = 0; t < tries.size(); t++) {
				Matcher m = tries.get(t);
				while (m.find()) {
					String name = (t == 1) ? m.group(2) : m.group(1);
					String appositive = (t == 1) ? m.group(1) : m.group(2);
					int nameStart = (t == 1) ? m.start(2) : m.start(1);
					if (done.contains(name) || wholeName(name).filter(e -> !isPerson(e.kind())).isPresent()
							|| appositive.matches("(?s).*\\b(?:said|says)\\b.*")) {
						continue;
					}
					Optional<Quoted> q = quoted(name, appositive, s, nameStart, sentence);
					q.ifPresent(x -> this.surnameSeen.put(x.personId(), index));
					q.ifPresent(x -> {
						done.add(name);
						this.quoted.add(x);
					});
				}
			}
		}

		/** A quoted person from a name and the words that give their title and organization. */
		private Optional<Quoted> quoted(String name, String appositive, String sentence, int nameStart, Sentence at) {
			Matcher prep = Pattern.compile("\\s+(?:for|at|of|with|from)\\s+(?:the\\s+)?").matcher(appositive);
			String title = null;
			String organization = null;
			String organizationId = null;
			List<int[]> splits = new ArrayList<>();
			while (prep.find()) {
				splits.add(new int[] { prep.start(), prep.end() });
			}
			for (int i = splits.size() - 1; i >= 0 && organization == null; i--) {
				String rest = appositive.substring(splits.get(i)[1]).strip();
				if (rest.isEmpty() || !(Character.isUpperCase(rest.charAt(0)) || Character.isDigit(rest.charAt(0)))) {
					continue;
				}
				Optional<String[]> org = organization(rest, at);
				if (org.isPresent()) {
					title = appositive.substring(0, splits.get(i)[0]).strip();
					organization = org.get()[0];
					organizationId = org.get()[1];
				}
			}
			if (title == null || title.isBlank() || !title.matches("(?s)[\\p{L}&'’ -]+")
					|| title.split("\\s+").length > 8) {
				return Optional.empty();
			}
			title = titleCase(title.replaceFirst("(?i)^(?:the|a|an)\\s+", ""));
			String personId = person(name, title, organizationId, at);
			return Optional.of(new Quoted(name, personId, heldTitle(personId, organizationId, title), organization,
					organizationId, at.line()));
		}

		/** The organization a piece of text names: known (by name, alias, acronym or a near spelling) or new. */
		private Optional<String[]> organization(String text, Sentence at) {
			String trimmed = text.replaceAll("[.,;:]+$", "").strip();
			for (NameFinder.Found f : this.finder.find(trimmed)) {
				if (f.start() == 0 && "ORGANIZATION".equals(f.entry().kind())) {
					return Optional.of(new String[] { f.entry().name(), f.entry().id() });
				}
			}
			String name = trimName(trimmed);
			Optional<NameFinder.Entry> near = nearOrganization(name);
			if (near.isPresent()) {
				NameFinder.Entry e = near.get();
				spelledAs(name, e, at);
				return Optional.of(new String[] { e.name(), e.id() });
			}
			if (name.split("\\s+").length >= 2 && name.chars().filter(Character::isUpperCase).count() >= 2) {
				Proposal p = newActor(name, "ORGANIZATION", List.of(), null, at.line(),
						"not in the graph; someone speaks for it in the report");
				return Optional.of(new String[] { name, p.id() });
			}
			return Optional.empty();
		}

		/** A known organization named one word off ("Immigration Legal Resource Center"): an alias to review. */
		private void spelledAs(String name, NameFinder.Entry e, Sentence at) {
			propose(new Proposal(name, "ALIAS", "one word off " + e.name() + "; read as it", e.id(), null, List.of(),
					null, at.line(), true));
			String key = e.id() + "|" + at.line();
			if (this.mentionKeys.add(key)) {
				this.mentions.add(new Mention(name, e.id(), e.kind(), at.line(), "SPELLING"));
			}
			this.finder.add(name, e.id(), e.kind(), e.name(), "ALIAS");
		}

		private String person(String name, String title, String organizationId, Sentence at) {
			Optional<NameFinder.Entry> knownPerson = wholeName(name).filter(e -> isPerson(e.kind()));
			String id;
			if (knownPerson.isPresent()) {
				id = knownPerson.get().id();
			}
			else {
				Proposal p = newActor(name, "PERSON", List.of(), title, at.line(),
						"not in the graph; quoted in the report");
				id = p.id();
			}
			String[] words = name.split("\\s+");
			this.surnames.putIfAbsent(words[words.length - 1], id);
			if (this.finder.lookup(name).isEmpty()) {
				this.finder.add(name, id, "PERSON", name, "NAME");
			}
			this.finder.add(words[words.length - 1], id, "PERSON", name, "SURNAME");
			return id;
		}

		/**
		 * The title as the graph holds it, when the report gives the same words in another order ("senior policy and
		 * advocacy counsel" for "Senior Advocacy and Policy Counsel"): the same title, not a new one.
		 */
		private String heldTitle(String personId, String organizationId, String title) {
			KnownActor person = this.known.get(personId);
			if (person == null || organizationId == null) {
				return title;
			}
			for (Gazetteer.Affiliation a : person.affiliations()) {
				if (organizationId.equals(a.organizationId()) && a.title() != null
						&& words(a.title()).equals(words(title)) && !a.title().equals(title)) {
					this.warnings.add("'" + title + "' read as the title the graph holds, '" + a.title() + "'.");
					return a.title();
				}
			}
			return title;
		}

		private static Set<String> words(String text) {
			return Arrays.stream(NameKey.of(text).split(" ")).collect(Collectors.toSet());
		}

		// --- the source ---

		private record Dateline(String place, LocalDate date, int line) {
		}

		private Optional<Dateline> dateline() {
			Pattern p = Pattern.compile("^(\\p{Lu}[\\p{Lu}.' ]{2,}(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?)?)"
					+ "\\s*(?:\\(([^)]{4,40})\\))?\\s*[—–-]{1,2}\\s+\\S");
			List<Sentence> lines = this.text.nonBlankLines();
			for (int i = 0; i < Math.min(15, lines.size()); i++) {
				Matcher m = p.matcher(lines.get(i).text());
				if (m.find() && m.group(1).replaceAll("[^\\p{Lu}]", "").length() >= 3) {
					LocalDate d = (m.group(2) != null) ? ReportDates.written(m.group(2)).orElse(null) : null;
					return Optional.of(new Dateline(m.group(1).replaceAll("[,\\s]+$", ""), d, lines.get(i).line()));
				}
			}
			return Optional.empty();
		}

		private SourceRecord source() {
			List<Sentence> lines = this.text.nonBlankLines();
			if (lines.isEmpty()) {
				this.errors.add("The report is empty: paste the text of the news story or press release.");
				return null;
			}
			Optional<Dateline> dateline = dateline();
			boolean release = false;
			LocalDate releaseDate = null;
			LocalDate dateLine = null;
			String byline = null;
			String title = null;
			boolean titleSearch = true;
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i).text();
				if (line.matches("(?i).*\\bfor immediate release\\b.*")) {
					release = true;
					String around = line + " " + ((i + 1 < lines.size()) ? lines.get(i + 1).text() : "");
					releaseDate = ReportDates.written(around).orElse(null);
					continue;
				}
				if (line.matches("(?i)^(?:media contact|press contact|contact:|press release|news release).*")) {
					release = true;
					continue;
				}
				if (i < 12 && byline == null) {
					Matcher by = Pattern.compile("^By\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}"
							+ "(?:\\s+and\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})?)\\s*(?:[,|].*)?$")
						.matcher(line);
					if (by.matches()) {
						byline = by.group(1);
						continue;
					}
				}
				if (i < 12 && dateLine == null && line.length() <= 60) {
					Optional<LocalDate> d = ReportDates.written(line);
					String rest = line.replaceAll("(?i)[a-z]+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}", "")
						.replaceAll("(?i)\\b(?:\\d{1,2}:\\d{2}|am|pm|a\\.m\\.|p\\.m\\.|published|updated|posted|"
								+ "date|[A-Z]{2,4})\\b|[:|,]", "")
						.strip();
					if (d.isPresent() && rest.split("\\s+").length <= 2) {
						dateLine = d.get();
						continue;
					}
				}
				if (titleSearch && i < 8) {
					int words = line.split("\\s+").length;
					boolean datelined = dateline.isPresent() && dateline.get().line() == lines.get(i).line();
					if (datelined || (line.endsWith(".") && words > 12)) {
						titleSearch = false;
					}
					else if (words >= 4 && words <= 30 && !line.endsWith(".") && !line.endsWith(":") && title == null) {
						title = line;
						titleSearch = false;
					}
				}
			}
			String kind = (this.metadata.kind() != null) ? this.metadata.kind().strip().toUpperCase(Locale.ROOT)
					: (release || publisherFromBoilerplate().isPresent()) ? "PRESS_RELEASE" : "NEWS_ARTICLE";
			this.date = (this.metadata.date() != null) ? this.metadata.date()
					: (releaseDate != null) ? releaseDate
							: dateline.map(Dateline::date).orElse((dateLine != null) ? dateLine : null);
			String headline = (this.metadata.title() != null && !this.metadata.title().isBlank())
					? this.metadata.title().strip() : (title != null) ? cut(title) : null;
			String publisher = (this.metadata.publisher() != null && !this.metadata.publisher().isBlank())
					? this.metadata.publisher().strip() : publisher().orElse(null);
			String author = (this.metadata.author() != null) ? this.metadata.author() : byline;
			if (this.date == null && this.metadata.year() == null) {
				this.errors.add("The report gives no date (no \"For Immediate Release\" date, dateline date or date "
						+ "line): give its date as `date` (or its `year` when only the year is known).");
			}
			if (headline == null) {
				this.errors.add("The report has no headline to cite it by: give its title as `title`.");
			}
			if (publisher == null) {
				this.warnings.add("The report does not say who published it: give `publisher` to cite it fully.");
			}
			if (author != null) {
				String a = author;
				Optional<NameFinder.Entry> knownAuthor = wholeName(a).filter(e -> isPerson(e.kind()));
				if (knownAuthor.isEmpty() && !a.contains(" and ")) {
					newActor(a, "PERSON", List.of(), null, 1, "not in the graph; the report's author");
				}
			}
			if (!this.errors.isEmpty()) {
				return new SourceRecord(null, headline, publisher, this.date, null, kind, author,
						this.metadata.location());
			}
			String when = (this.date != null) ? this.date.toString() : String.valueOf(this.metadata.year());
			String titleWords = Arrays.stream(headline.replace("…", "").split("\\s+")).limit(5)
				.collect(Collectors.joining(" "));
			this.sourceId = "source:" + when + "-" + Slugs.of(((publisher != null) ? shortPublisher(publisher) + " " : "")
					+ titleWords);
			String dateNote = (this.date == null) ? "The report prints no date; only its year (" + this.metadata.year()
					+ ") is known." : null;
			return new SourceRecord(this.sourceId, headline, publisher, this.date, dateNote, kind, author,
					this.metadata.location());
		}

		/** The publisher's name as a source id gives it: its acronym when it has one, without "The". */
		private String shortPublisher(String publisher) {
			for (NameFinder.Entry e : this.finder.lookup(publisher)) {
				KnownActor a = this.known.get(e.id());
				if (a != null) {
					Optional<String> acronym = a.aliases().stream().filter(NameFinder::isAcronym).findFirst();
					if (acronym.isPresent()) {
						return acronym.get();
					}
				}
				Proposal p = this.proposals.get(NameKey.of(e.name()));
				if (p != null && !p.aliases().isEmpty()) {
					return p.aliases().get(0);
				}
			}
			return publisher.replaceFirst("(?i)^the\\s+", "").replaceFirst("\\s*\\(.*$", "");
		}

		/** A publisher the text names: "shared exclusively with X", "the terms of X's privacy policy", "About X". */
		private Optional<String> publisher() {
			for (Sentence sentence : this.text.sentences()) {
				Matcher shared = Pattern.compile("\\b(?:shared|provided)\\s+(?:exclusively\\s+)?with\\s+"
						+ "((?:The\\s+)?\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?)").matcher(sentence.text());
				if (shared.find()) {
					return Optional.of(displayName(shared.group(1)));
				}
			}
			return publisherFromBoilerplate().map(this::displayName);
		}

		private Optional<String> publisherFromBoilerplate() {
			for (Sentence sentence : this.text.sentences()) {
				Matcher privacy = Pattern.compile("\\bterms of (?:the\\s+)?(\\p{Lu}[\\p{L}&. ]{1,60}?)['’]s privacy policy")
					.matcher(sentence.text());
				if (privacy.find()) {
					return Optional.of(privacy.group(1));
				}
			}
			for (Sentence line : this.text.nonBlankLines()) {
				Matcher about = Pattern.compile("^About\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}&.' -]{1,80})$").matcher(line.text());
				if (about.matches() && about.group(1).split("\\s+").length <= 8) {
					return Optional.of(about.group(1).strip());
				}
			}
			return Optional.empty();
		}

		/** A known actor's full name for an acronym or alias; the text as given otherwise. */
		private String displayName(String name) {
			return wholeName(name).map(NameFinder.Entry::name).orElse(name.strip());
		}

		// --- letters ---

		private List<ReportedLetter> letters() {
			List<Sentence> sentences = this.text.sentences();
			List<Cluster> clusters = new ArrayList<>();
			List<Sentence> lede = new ArrayList<>();
			Cluster current = null;
			for (Sentence sentence : sentences) {
				String s = sentence.text();
				if (isBoilerplate(s)) {
					continue;
				}
				boolean isQuote = s.startsWith("“") || s.startsWith("\"");
				if (!isQuote && LETTER_NEW.matcher(s).find()) {
					current = new Cluster(sentence);
					current.sentences.add(sentence);
					clusters.add(current);
				}
				else if (current != null && !isQuote && LETTER_SAME.matcher(s).find()) {
					current.sentences.add(sentence);
				}
				else if (current == null && s.split("\\s+").length >= 8 && lede.size() < 2) {
					lede.add(sentence);
				}
				else if (current != null && LIST_INTRO.matcher(s).find()) {
					current.sentences.add(sentence);
				}
			}
			List<ReportedLetter> letters = new ArrayList<>();
			for (int i = 0; i < clusters.size(); i++) {
				Cluster cluster = clusters.get(i);
				ReportedLetter letter = letter(cluster, (i == 0) ? lede : List.of());
				if (letter == null) {
					continue;
				}
				if (!letters.isEmpty() && sameLetter(letters.get(letters.size() - 1), letter)) {
					letters.set(letters.size() - 1, merge(letters.get(letters.size() - 1), letter));
					continue;
				}
				letters.add(letter);
			}
			return letters.stream().map(this::match).toList();
		}

		/** A second "a letter" that adds nothing new about who wrote to whom is the same letter again. */
		private static boolean sameLetter(ReportedLetter a, ReportedLetter b) {
			LetterRecord x = a.record();
			LetterRecord y = b.record();
			boolean countsAgree = y.reportedSignerCount() == null || Objects.equals(x.reportedSignerCount(),
					y.reportedSignerCount());
			boolean datesAgree = y.date() == null || Objects.equals(x.date(), y.date());
			Set<String> xs = ids(x.addressees());
			boolean addresseesAgree = xs.containsAll(ids(y.addressees()));
			return countsAgree && datesAgree && addresseesAgree && y.leads().isEmpty();
		}

		private static ReportedLetter merge(ReportedLetter a, ReportedLetter b) {
			LetterRecord x = a.record();
			LetterRecord y = b.record();
			List<Participant> endorsers = new ArrayList<>(x.endorsers());
			Set<String> have = ids(x.endorsers());
			y.endorsers().stream().filter(p -> !have.contains(key(p))).forEach(endorsers::add);
			List<LetterRecord.ProgramAsk> programs = new ArrayList<>(x.programs());
			Set<String> haveP = x.programs().stream().map(LetterRecord.ProgramAsk::program).collect(Collectors.toSet());
			y.programs().stream().filter(p -> !haveP.contains(p.program())).forEach(programs::add);
			LetterRecord r = new LetterRecord(x.id(), x.title(), x.titleIsDescriptive(), x.date(), x.asks(),
					x.reportedSignerCount(), x.reportedSignerCountQualifier(), x.sources(), x.sourceDetails(),
					x.reports(), programs, x.leads(), x.signers(), endorsers, x.addressees(), x.cc());
			return new ReportedLetter(null, r, 0, List.of(), a.line(), true);
		}

		private ReportedLetter letter(Cluster cluster, List<Sentence> lede) {
			List<Sentence> all = new ArrayList<>(lede);
			all.addAll(cluster.sentences);
			Sentence start = cluster.start;
			// the date
			LocalDate letterDate = null;
			// the dateline's date is the report's, not the letter's
			String told = start.text().replaceFirst("^\\p{Lu}[\\p{Lu}.,' ]{2,}\\s*(?:\\([^)]{4,40}\\))?\\s*[—–-]{1,2}\\s+", "");
			Optional<ReportDates.Found> found = ReportDates.in(told, this.date);
			if (found.isPresent()) {
				letterDate = found.get().date();
				if (found.get().relative() != null) {
					this.warnings.add("line " + start.line() + ": the letter's date, " + letterDate + ", is read from '"
							+ found.get().relative() + "' against the report's date, " + this.date + ".");
				}
			}
			else {
				this.warnings.add("line " + start.line() + ": the report does not say when the letter was sent; its "
						+ "date is left open.");
			}
			// the stated count: in the sentence that introduces the letter, else in the lede
			StatedCounts.Found count = null;
			for (Sentence s : concat(List.of(start), lede, cluster.sentences)) {
				List<StatedCounts.Found> c = StatedCounts.in(s.text());
				if (!c.isEmpty()) {
					count = c.get(0);
					break;
				}
			}
			List<Participant> leads = new ArrayList<>();
			List<Participant> endorsers = new ArrayList<>();
			List<Participant> addressees = new ArrayList<>();
			Map<String, LetterRecord.ProgramAsk> programAsks = new LinkedHashMap<>();
			for (Sentence s : all) {
				List<Ref> refs = this.refs.getOrDefault(s, List.of());
				leads(s, refs, leads, s == start);
				if (s == start || s.text().matches("(?is).*\\b(?:addressed|sent|written|directed)\\s+to\\b.*")) {
					addressees(s, refs, addressees);
				}
				endorsers(s, refs, endorsers, count, lede.contains(s) || s == start);
				programs(s, refs, programAsks);
			}
			List<LetterRecord.ProgramAsk> programsList = List.copyOf(programAsks.values());
			List<String> asks = programsList.stream()
				.map(p -> capitalize(p.ask()) + " " + programName(p.program()))
				.toList();
			String title = title(programsList, addressees, leads);
			List<LetterRecord.Report> reports = (count != null)
					? List.of(new LetterRecord.Report(this.sourceId, count.count(), count.qualifier())) : List.of();
			LetterRecord record = new LetterRecord(null, title, true, letterDate, asks,
					(count != null) ? count.count() : null, (count != null) ? count.qualifier() : null,
					List.of(this.sourceId), List.of(), reports, programsList, leads, List.of(), endorsers, addressees,
					List.of());
			return new ReportedLetter(null, record, 0, List.of(), start.line(), true);
		}

		private static List<Sentence> concat(List<Sentence> a, List<Sentence> b, List<Sentence> c) {
			List<Sentence> all = new ArrayList<>(a);
			all.addAll(b);
			all.addAll(c);
			return all;
		}

		private String title(List<LetterRecord.ProgramAsk> programs, List<Participant> addressees,
				List<Participant> leads) {
			if (!programs.isEmpty()) {
				List<String> names = programs.stream().map(p -> programName(p.program())).toList();
				String joined = (names.size() == 1) ? names.get(0)
						: String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
				return capitalize(programs.get(0).ask()) + " " + joined;
			}
			if (!addressees.isEmpty()) {
				return "Letter to " + addressees.stream().map(Participant::name).collect(Collectors.joining(" and "));
			}
			if (!leads.isEmpty()) {
				return "Letter led by " + leads.stream().map(Participant::name).collect(Collectors.joining(" and "));
			}
			return "Letter reported on " + ((this.date != null) ? this.date : "an unknown date");
		}

		private String programName(String id) {
			KnownProgram p = this.programs.get(id);
			if (p != null) {
				return p.name();
			}
			Proposal proposal = this.proposals.values().stream().filter(x -> id.equals(x.id())).findFirst().orElse(null);
			return (proposal != null) ? proposal.name() : id;
		}

		private void leads(Sentence s, List<Ref> refs, List<Participant> leads, boolean opening) {
			String text = s.text();
			if (opening) {
				// "Rep. A and the B Network on Monday sent a letter …": who sent it led it
				Matcher sent = SENT_LETTER.matcher(text);
				if (sent.find()) {
					for (Ref ref : refs) {
						if (ref.end() <= sent.start() && ("LAWMAKER".equals(ref.kind()) || "ORGANIZATION".equals(ref.kind()))
								&& !text.substring(0, ref.start()).matches("(?s).*\\b(?:to|of|by|with)\\s+(?:the\\s+)?$")) {
							add(leads, participant(ref));
						}
					}
				}
			}
			Matcher led = LED_BY.matcher(text);
			while (led.find()) {
				int end = spanEnd(text, led.end());
				for (Ref ref : refs) {
					if (ref.start() >= led.end() && ref.start() < end && isParty(ref)) {
						add(leads, participant(ref));
					}
				}
			}
			for (int i = 0; i < refs.size(); i++) {
				Ref ref = refs.get(i);
				if (!isParty(ref)) {
					continue;
				}
				if (LEADING.matcher(text.substring(ref.end())).find()) {
					add(leads, participant(ref));
				}
				String before = text.substring(0, ref.start());
				if ("ORGANIZATION".equals(ref.kind()) && (MEMBERS_OF.matcher(before).find()
						|| FROM_WHO.matcher(before).find())) {
					add(leads, participant(ref));
				}
			}
		}

		private void addressees(Sentence s, List<Ref> refs, List<Participant> addressees) {
			String text = s.text();
			Matcher to = ADDRESSED.matcher(text);
			while (to.find()) {
				int end = spanEnd(text, to.end());
				for (Ref ref : refs) {
					if (ref.start() >= to.end() && ref.start() < end && !"PROGRAM".equals(ref.kind())) {
						add(addressees, addressee(ref));
					}
				}
			}
		}

		private Participant addressee(Ref ref) {
			KnownActor a = this.known.get(ref.id());
			String title = (a != null && a.title() != null) ? a.title() : ref.title();
			String organization = (a != null && a.organization() != null) ? a.organization() : ref.organization();
			return new Participant(ref.id(), ref.name(), ref.kind(), List.of(), title, organization, List.of());
		}

		private void endorsers(Sentence s, List<Ref> refs, List<Participant> endorsers, StatedCounts.Found count,
				boolean opening) {
			String text = s.text();
			Matcher by = ENDORSED_BY.matcher(text);
			if (by.find()) {
				String list = text.substring(by.end()).replaceAll("[.;]\\s*$", "");
				items(list).forEach(item -> organizationItem(item, s).ifPresent(p -> add(endorsers, p)));
			}
			if (LIST_INTRO.matcher(text).find()) {
				listAfter(s).forEach(item -> organizationItem(item.text(), item).ifPresent(p -> add(endorsers, p)));
			}
			if (opening && count != null) {
				// "more than 100 professionals and the Example Union are calling on …": the union backs the letter
				List<StatedCounts.Found> here = StatedCounts.in(text);
				if (!here.isEmpty()) {
					int after = here.get(0).end();
					Matcher and = Pattern.compile("\\G\\s+and\\s+(?:the\\s+)?").matcher(text);
					if (and.find(after)) {
						for (Ref ref : refs) {
							if (ref.start() == and.end() && "ORGANIZATION".equals(ref.kind())) {
								add(endorsers, participant(ref));
							}
						}
					}
				}
			}
		}

		/** The lines after a "… endorsed by:" line, up to a blank line. */
		private List<Sentence> listAfter(Sentence intro) {
			List<Sentence> items = new ArrayList<>();
			List<String> lines = this.text.lines();
			for (int i = intro.line(); i < lines.size(); i++) {
				String line = lines.get(i);
				if (line.isBlank()) {
					if (items.isEmpty()) {
						continue;
					}
					break;
				}
				String item = line.replaceFirst("^(?:[-*•·]|\\d+[.)])\\s*", "").strip();
				if (item.split("\\s+").length > 14 || item.endsWith(".") && item.split("\\s+").length > 8) {
					break;
				}
				items.add(new Sentence(item, i + 1, -1));
			}
			return items;
		}

		/** The names of a list: "A, B (BB), and the C". */
		private static List<String> items(String list) {
			List<String> items = new ArrayList<>();
			int depth = 0;
			StringBuilder current = new StringBuilder();
			for (char c : list.toCharArray()) {
				if (c == '(') {
					depth++;
				}
				else if (c == ')') {
					depth = Math.max(0, depth - 1);
				}
				if ((c == ',' || c == ';') && depth == 0) {
					items.add(current.toString());
					current.setLength(0);
				}
				else {
					current.append(c);
				}
			}
			items.add(current.toString());
			List<String> result = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				String item = items.get(i).strip();
				if (i == items.size() - 1 || item.matches("(?i)^and\\s.*")) {
					Matcher last = Pattern.compile("^(.*?)\\s+and\\s+(.+)$").matcher(item);
					if (i == items.size() - 1 && items.size() == 1 && last.matches()) {
						result.add(last.group(1));
						item = last.group(2);
					}
				}
				item = item.replaceFirst("(?i)^and\\s+", "").replaceFirst("(?i)^the\\s+", "").strip();
				if (!item.isEmpty()) {
					result.add(item);
				}
			}
			return result;
		}

		/** One organization of a list, known or new, with the acronym it gives in brackets. */
		private Optional<Participant> organizationItem(String item, Sentence at) {
			Matcher acronym = Pattern.compile("^(.+?)\\s*\\((\\p{Lu}[\\p{L}&]{1,9})\\)\\s*$").matcher(item.strip());
			String name = acronym.matches() ? acronym.group(1).strip() : item.strip();
			if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) && !Character.isDigit(name.charAt(0))
					|| name.split("\\s+").length > 12) {
				return Optional.empty();
			}
			Optional<NameFinder.Entry> known = wholeName(name).filter(e -> "ORGANIZATION".equals(e.kind()));
			if (known.isPresent()) {
				return Optional.of(new Participant(known.get().id(), known.get().name(), "ORGANIZATION", List.of(),
						null, null, List.of()));
			}
			Optional<NameFinder.Entry> near = nearOrganization(name);
			if (near.isPresent()) {
				spelledAs(name, near.get(), at);
				return Optional.of(new Participant(near.get().id(), near.get().name(), "ORGANIZATION", List.of(), null,
						null, List.of()));
			}
			List<String> aliases = acronym.matches() ? List.of(acronym.group(2)) : List.of();
			Proposal p = newActor(name, "ORGANIZATION", aliases, null, at.line(),
					"not in the graph; the report lists it as backing the letter");
			if (this.mentionKeys.add(p.id() + "|" + at.line())) {
				this.mentions.add(new Mention(name, p.id(), "ORGANIZATION", at.line(), "NEW"));
			}
			return Optional.of(new Participant(p.id(), name, "ORGANIZATION", aliases, null, null, List.of()));
		}

		/** Programs the sentence names with what it asks of them ("an end to the 287(g) program" → end). */
		private void programs(Sentence s, List<Ref> refs, Map<String, LetterRecord.ProgramAsk> asks) {
			String text = s.text();
			List<Ref> programs = new ArrayList<>(refs.stream().filter(r -> "PROGRAM".equals(r.kind())).toList());
			programs.addAll(programsByWords(text, refs));
			for (Ref program : programs) {
				if (asks.containsKey(program.id())) {
					continue;
				}
				String ask = askFor(text, program.start(), program.end());
				if (ask != null) {
					asks.put(program.id(), new LetterRecord.ProgramAsk(program.id(), ask, List.of()));
				}
			}
		}

		/**
		 * A program a sentence describes in its own words: every content word of the program's name is in the
		 * sentence, acronyms of the organizations it names counted (a sentence on the jail contracts that ICE and
		 * the U.S. Marshals Service hold is about "ICE and USMS contracts with state and local jails").
		 */
		private List<Ref> programsByWords(String text, List<Ref> refs) {
			Set<String> words = new LinkedHashSet<>(Arrays.asList(NameKey.of(text).split(" ")));
			for (Ref ref : refs) {
				KnownActor a = this.known.get(ref.id());
				if (a != null) {
					a.aliases().forEach(alias -> words.add(NameKey.of(alias)));
				}
				Proposal p = this.proposals.get(NameKey.of(ref.name()));
				if (p != null) {
					p.aliases().forEach(alias -> words.add(NameKey.of(alias)));
				}
			}
			List<Ref> found = new ArrayList<>();
			for (KnownProgram program : this.programs.values()) {
				List<String> content = Arrays.stream(NameKey.of(program.name()).split(" "))
					.filter(w -> !STOP_WORDS.contains(w))
					.toList();
				// a short name ("Expansion of immigration detention") is found as written, not by its words
				if (content.size() < 4 || refs.stream().anyMatch(r -> r.id().equals(program.id()))) {
					continue;
				}
				long covered = content.stream().filter(words::contains).count();
				if (covered >= 0.8 * content.size() && covered >= 3) {
					int at = firstWordAt(text, content);
					found.add(new Ref(program.id(), "PROGRAM", program.name(), at, at + 1, "WORDS", null, null));
				}
			}
			return found;
		}

		private static int firstWordAt(String text, List<String> words) {
			String lower = text.toLowerCase(Locale.ROOT);
			int at = lower.length();
			for (String w : words) {
				Matcher m = Pattern.compile("\\b" + Pattern.quote(w)).matcher(lower);
				if (m.find()) {
					at = Math.min(at, m.start());
				}
			}
			return Math.max(0, Math.min(at, text.length() - 1));
		}

		/** The ask nearest before the program in its sentence, else the one right after it ("… be terminated"). */
		private static String askFor(String text, int start, int end) {
			String before = text.substring(0, start);
			String ask = null;
			int best = -1;
			for (Map.Entry<Pattern, String> e : ASKS.entrySet()) {
				Matcher m = e.getKey().matcher(before);
				while (m.find()) {
					if (m.start() > best) {
						best = m.start();
						ask = e.getValue();
					}
				}
			}
			if (ask != null) {
				return ask;
			}
			String after = text.substring(Math.min(end, text.length()));
			int nearest = Integer.MAX_VALUE;
			for (Map.Entry<Pattern, String> e : ASKS.entrySet()) {
				Matcher m = e.getKey().matcher(after);
				if (m.find() && m.start() < nearest && m.start() < 120) {
					nearest = m.start();
					ask = e.getValue();
				}
			}
			return ask;
		}

		private int spanEnd(String text, int from) {
			Matcher end = SPAN_END.matcher(text);
			int at = text.length();
			int search = from;
			while (end.find(search)) {
				// a comma inside a list of names ("Reps. A, B, and C") does not end the span
				String tail = text.substring(end.start());
				if (tail.matches("(?s)^,\\s+(?:and\\s+)?\\p{Lu}.*")
						|| tail.startsWith(".") && ReportText.isAbbreviation(text, end.start())) {
					search = end.end();
					continue;
				}
				at = end.start();
				break;
			}
			return at;
		}

		private static boolean isParty(Ref ref) {
			return !"PROGRAM".equals(ref.kind()) && !"SPELLING".equals(ref.how());
		}

		private Participant participant(Ref ref) {
			return new Participant(ref.id(), ref.name(), ref.kind(), List.of(), null, null, List.of());
		}

		private static void add(List<Participant> list, Participant p) {
			if (list.stream().noneMatch(x -> key(x).equals(key(p)))) {
				list.add(p);
			}
		}

		private static String key(Participant p) {
			return (p.id() != null) ? p.id() : NameKey.of(p.name());
		}

		private static Set<String> ids(List<Participant> list) {
			return list.stream().map(ReportReader.Reading::key).collect(Collectors.toSet());
		}

		// --- matching to the letters the graph holds ---

		private ReportedLetter match(ReportedLetter reported) {
			LetterRecord r = reported.record();
			KnownLetter best = null;
			double bestScore = 0;
			List<String> bestReasons = List.of();
			for (KnownLetter known : this.gazetteer.letters()) {
				List<String> reasons = new ArrayList<>();
				double score = score(r, known, reasons);
				if (score > bestScore) {
					best = known;
					bestScore = score;
					bestReasons = reasons;
				}
			}
			if (best == null || bestScore < MATCH_THRESHOLD) {
				List<String> reasons = new ArrayList<>();
				reasons.add((best == null) ? "no letter in the graph shares its date window, addressees, leads or programs"
						: "the closest letter in the graph, " + best.id() + ", scores " + round(bestScore) + " (below "
								+ MATCH_THRESHOLD + "): " + String.join("; ", bestReasons));
				boolean recordable = !r.leads().isEmpty() || !r.endorsers().isEmpty();
				if (!recordable) {
					reasons.add("not written: the report names no one who led, signed or endorsed it, and a letter is "
							+ "recorded with at least one; add the letter, then ingest the report again to link it");
				}
				return new ReportedLetter(null, r, round(bestScore), reasons, reported.line(), recordable);
			}
			return new ReportedLetter(best.id(), LetterMerge.onto(best, r, this.sourceId, this.warnings, reported.line()),
					round(bestScore), bestReasons, reported.line(), true);
		}

		private double score(LetterRecord r, KnownLetter known, List<String> reasons) {
			double score = 0;
			if (r.date() != null && known.date() != null) {
				long days = Math.abs(ChronoUnit.DAYS.between(r.date(), known.date()));
				if (days > DATE_WINDOW_DAYS) {
					return 0;
				}
				score += 1.0 - days / (double) (DATE_WINDOW_DAYS + 1);
				reasons.add((days == 0) ? "same date" : "dates " + days + " days apart");
			}
			else if (known.date() != null && this.date != null) {
				long days = ChronoUnit.DAYS.between(known.date(), this.date);
				if (days < -1 || days > 4 * DATE_WINDOW_DAYS) {
					return 0;
				}
				reasons.add("sent " + days + " days before the report");
			}
			else if (known.date() != null && this.metadata.year() != null
					&& Math.abs(known.date().getYear() - this.metadata.year()) > 1) {
				return 0;
			}
			Set<String> ours = r.programs().stream().map(LetterRecord.ProgramAsk::program).collect(Collectors.toSet());
			Set<String> theirs = known.programs().stream().map(Gazetteer.KnownConcern::programId).collect(Collectors.toSet());
			if (!ours.isEmpty() && !theirs.isEmpty() && ours.stream().noneMatch(theirs::contains)) {
				return 0; // about other programs: another letter
			}
			int before = reasons.size();
			score += 2 * overlap("addressees", ids(r.addressees()),
					known.addressees().stream().map(Gazetteer.KnownEdge::actorId).collect(Collectors.toSet()), reasons);
			score += 2 * overlap("leads", ids(r.leads()),
					known.leads().stream().map(Gazetteer.KnownEdge::actorId).collect(Collectors.toSet()), reasons);
			score += overlap("endorsers", ids(r.endorsers()),
					known.endorsers().stream().map(Gazetteer.KnownEdge::actorId).collect(Collectors.toSet()), reasons);
			score += 1.5 * overlap("programs",
					r.programs().stream().map(LetterRecord.ProgramAsk::program).collect(Collectors.toSet()),
					known.programs().stream().map(Gazetteer.KnownConcern::programId).collect(Collectors.toSet()),
					reasons);
			int shared = reasons.size() - before;
			if (r.reportedSignerCount() != null && known.reportedSignerCount() != null) {
				if (r.reportedSignerCount().equals(known.reportedSignerCount())) {
					shared++;
					score += 1;
					reasons.add("the same signer count (" + known.reportedSignerCount() + ")");
				}
				else {
					score -= 1;
					reasons.add("another signer count (" + r.reportedSignerCount() + " here, "
							+ known.reportedSignerCount() + " held)");
				}
			}
			// one thing in common (the same addressee, say) is not yet the same letter
			return (shared >= 2) ? score : Math.min(score, MATCH_THRESHOLD / 2);
		}

		private static double overlap(String what, Set<String> a, Set<String> b, List<String> reasons) {
			if (a.isEmpty() || b.isEmpty()) {
				return 0;
			}
			Set<String> shared = new LinkedHashSet<>(a);
			shared.retainAll(b);
			if (shared.isEmpty()) {
				return 0;
			}
			Set<String> union = new LinkedHashSet<>(a);
			union.addAll(b);
			reasons.add(shared.size() + " of " + union.size() + " " + what + " shared");
			return shared.size() / (double) union.size();
		}

		private static double round(double score) {
			return Math.round(score * 100) / 100.0;
		}

		// --- helpers ---

		/** The known (or already proposed) actor or program whose whole name, alias or acronym this is. */
		private Optional<NameFinder.Entry> wholeName(String name) {
			String trimmed = trimName(name);
			List<NameFinder.Entry> entries = this.finder.lookup(trimmed);
			return entries.stream()
				.filter(e -> !e.exactCase() || e.form().equals(trimmed))
				.filter(e -> !"SURNAME".equals(e.how()))
				.findFirst();
		}

		/** A known organization whose name is this one with one word spelled otherwise. */
		private Optional<NameFinder.Entry> nearOrganization(String name) {
			String[] words = NameKey.of(name).split(" ");
			if (words.length < 3) {
				return Optional.empty();
			}
			for (KnownActor a : this.gazetteer.actors()) {
				if (!"ORGANIZATION".equals(a.kind())) {
					continue;
				}
				for (String candidate : concatNames(a)) {
					String[] other = NameKey.of(candidate).split(" ");
					if (other.length != words.length) {
						continue;
					}
					int differing = 0;
					boolean near = true;
					for (int i = 0; i < words.length; i++) {
						if (!words[i].equals(other[i])) {
							differing++;
							near &= Edits.sameStem(words[i], other[i]) || Edits.distance(words[i], other[i]) == 1;
						}
					}
					if (differing == 1 && near) {
						return Optional.of(new NameFinder.Entry(a.id(), a.kind(), a.name(), "SPELLING", false, name));
					}
				}
			}
			return Optional.empty();
		}

		private static List<String> concatNames(KnownActor a) {
			List<String> names = new ArrayList<>();
			names.add(a.name());
			names.addAll(a.aliases());
			return names;
		}

		/**
		 * Proposes a new actor once per name, with an id no known node has; a second use of the name gets the same
		 * proposal, and the name is found from then on.
		 */
		private Proposal newActor(String name, String kind, List<String> aliases, String title, int line,
				String reason) {
			String key = NameKey.of(name);
			Proposal existing = this.proposals.get(key);
			if (existing != null) {
				return existing;
			}
			String prefix = switch (kind) {
				case "ORGANIZATION" -> "org";
				case "OFFICIAL" -> "official";
				case "PERSON" -> "person";
				case "PROGRAM" -> "program";
				default -> "lawmaker";
			};
			String base = prefix + ":" + Slugs.of(name);
			String id = base;
			for (int n = 2; this.takenIds.contains(id); n++) {
				id = base + "-" + n;
			}
			this.takenIds.add(id);
			String newId = id;
			Proposal p = new Proposal(name, kind, reason, null, id, aliases, title, line, true);
			this.proposals.put(key, p);
			this.finder.add(name, id, kind, name, "NEW");
			aliases.forEach(a -> this.finder.add(a, newId, kind, name, "ACRONYM"));
			return p;
		}

		private void propose(Proposal p) {
			this.proposals.putIfAbsent(p.kind() + "|" + NameKey.of(p.name()) + "|" + p.candidateId(), p);
		}

		private static boolean overlaps(List<Ref> refs, int start, int end) {
			return refs.stream().anyMatch(r -> r.start() < end && start < r.end());
		}

		private static boolean isPerson(String kind) {
			return "PERSON".equals(kind) || "OFFICIAL".equals(kind) || "LAWMAKER".equals(kind);
		}

		/** A page's sign-up forms and calls to give, which name the publisher but report nothing. */
		private static boolean isBoilerplate(String sentence) {
			return sentence.matches("(?i).*\\b(?:privacy policy|sign up|subscribe|newsletter|donate|all rights "
					+ "reserved|cookie|learn more)\\b.*")
					|| sentence.matches("^(?:Tags|Topics|Related|See all|Share|Most Popular|Load more|Read more)\\b.*");
		}

		private static String trimName(String name) {
			return name.strip()
				.replaceFirst("^(?i:the)\\s+", "")
				.replaceAll("['’]s$", "")
				.replaceAll("[.,;:]+$", "")
				.strip();
		}

		private static String cut(String title) {
			String[] words = title.strip().split("\\s+");
			if (words.length <= TITLE_WORDS) {
				return title.strip();
			}
			return String.join(" ", Arrays.copyOf(words, TITLE_WORDS - 1)).replaceAll("[,;:]$", "") + " …";
		}

		private static String capitalize(String text) {
			return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
		}

		/** "senior advocacy & policy counsel" → "Senior Advocacy and Policy Counsel". */
		private static String titleCase(String title) {
			String[] words = title.replace("&", "and").strip().split("\\s+");
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < words.length; i++) {
				String w = words[i];
				String lower = w.toLowerCase(Locale.ROOT);
				if (i > 0) {
					out.append(' ');
				}
				if (i > 0 && SMALL_WORDS.contains(lower)) {
					out.append(lower);
				}
				else if (w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 1) {
					out.append(w);
				}
				else {
					out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
				}
			}
			return out.toString();
		}
	}
}
