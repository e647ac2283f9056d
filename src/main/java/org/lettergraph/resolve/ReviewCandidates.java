package org.lettergraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.lettergraph.graph.GraphWrites;
import org.lettergraph.graph.Rows;
import org.lettergraph.names.NameKey;

import org.springframework.stereotype.Component;

/**
 * After a letter brings in new actors, looks for existing actors of the same kind with near names and records
 * each likely pair as {@code POSSIBLY_SAME_AS}, for a person to merge or dismiss. Nothing is merged here.
 */
@Component
public class ReviewCandidates {

	private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "of", "in", "on", "at", "to", "a");

	private final Rows rows;

	private final GraphWrites writes;

	ReviewCandidates(Rows rows, GraphWrites writes) {
		this.rows = rows;
		this.writes = writes;
	}

	/** An actor the letter created, with the aliases it was given. */
	public record NewActor(String id, String label, String name, List<String> aliases) {

		public NewActor {
			aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		}
	}

	/** The actors one letter of a write created, and that letter's sources (which back its proposals). */
	public record NewActors(List<NewActor> created, List<String> sources) {
	}

	/** A pair proposed for review, by id and name. */
	public record Proposal(String actorId, String actorName, String candidateId, String candidateName, double score,
			String reason) {
	}

	/** Pairs found for one write, not yet recorded: by their two ids, with the letter that proposes each. */
	public static final class Found {

		private final List<NewActors> letters;

		private final Map<String, Proposal> proposals = new LinkedHashMap<>();

		private final Map<String, Integer> letterOf = new HashMap<>();

		/** How many new names were looked up by name. */
		private int lookedUp;

		private Found(List<NewActors> letters) {
			this.letters = letters;
		}

		/** The pairs found, in the order they were found, with the index of the letter that proposes each. */
		List<Map.Entry<Proposal, Integer>> proposals() {
			return this.proposals.entrySet()
				.stream()
				.map(e -> Map.entry(e.getValue(), this.letterOf.get(e.getKey())))
				.toList();
		}

		int lookedUp() {
			return this.lookedUp;
		}
	}

	/**
	 * The most actors {@code review/near-words} reads for one word. A word that comes close to more names than this
	 * (in a large graph, "coalition~2") cannot rule anything out: a new name with such a word is looked up by name.
	 */
	static final int WORD_LIMIT = 500;

	/**
	 * The near names of the actors several letters of one write will create, found before they are written (so the
	 * full-text index is read as committed, without this write's own changes): one full-text lookup for all of them
	 * against the actors already in the graph, and, in memory, the pairs among themselves. A pair of two new actors
	 * is proposed as writing the letters one after another would: from the later letter's actor to the earlier
	 * one's (within one letter, from the earlier name to the later), with the later letter's sources.
	 * <p>
	 * The lookup by name (a new name's fuzzy words ORed, its ten best-ranked actors) is what decides, but most new
	 * names have no near name at all, and that lookup costs a few milliseconds a name whatever it finds (Lucene builds
	 * the automata of each fuzzy word anew for each name). So the words are looked up first, each distinct word once
	 * ({@code review/near-words}): the actors a name's lookup can rank are exactly those one of its words finds. A
	 * new name none of whose word's actors would be proposed (same kind, {@link NearMatch} near enough) cannot get a
	 * proposal from its own lookup, and skips it; the others, and any with a word that finds more than
	 * {@link #WORD_LIMIT} actors, are looked up by name as before. The proposals are the same either way. This is done
	 * when the new names share their words ({@link Screen#WHEN_WORDS_REPEAT}), as the signers of a long letter do.
	 */
	public Found find(List<NewActors> letters) {
		return find(letters, Screen.WHEN_WORDS_REPEAT, WORD_LIMIT);
	}

	/** Whether the new names' words are looked up first (see {@link #find(List)}). */
	enum Screen {

		/** Every new name is looked up by name (tests compare the screen with this). */
		NEVER,
		/**
		 * When the new names use each of their words twice or more on average: then the words' lookups cost at most
		 * half the names', and the screen pays even when many names stay in doubt. Names that share few words (a
		 * short letter, varied names) are looked up by name, as without the screen.
		 */
		WHEN_WORDS_REPEAT,
		/** Always (tests). */
		ALWAYS
	}

	/**
	 * @param wordLimit the most actors read for one word ({@link #WORD_LIMIT}; tests try smaller ones)
	 */
	Found find(List<NewActors> letters, Screen screen, int wordLimit) {
		Found found = new Found(letters);
		Map<String, NewActor> byId = new LinkedHashMap<>();
		Map<String, int[]> order = new HashMap<>();
		newActors(letters, byId, order);
		Names prepared = new Names();
		Map<String, List<String>> termsOf = new LinkedHashMap<>();
		for (NewActor actor : byId.values()) {
			List<String> terms = fuzzyTerms(actor.name());
			if (!terms.isEmpty()) {
				termsOf.put(actor.id(), terms);
			}
		}
		if (!termsOf.isEmpty()) {
			int words = termsOf.values().stream().mapToInt(List::size).sum();
			long distinct = termsOf.values().stream().flatMap(List::stream).distinct().count();
			boolean screening = (screen == Screen.ALWAYS)
					|| (screen == Screen.WHEN_WORDS_REPEAT && words >= 2 * distinct);
			// Both statements run whenever there are new names (with nothing to look up when there is not), so a
			// write's statements do not depend on its names.
			Map<String, List<Existing>> byWord = byWord(screening ? termsOf : Map.of(), prepared, wordLimit);
			int[] seen = new int[byWord.values().stream().flatMap(List::stream).mapToInt(e -> e.index() + 1).max()
				.orElse(0)];
			java.util.Arrays.fill(seen, -1);
			List<Map<String, Object>> names = new ArrayList<>();
			int[] asked = { 0 };
			termsOf.forEach((id, terms) -> {
				if (!screening
						|| mayFindNearName(byId.get(id), terms, byWord, byId, prepared, wordLimit, seen, asked[0]++)) {
					names.add(Map.of("id", id, "label", byId.get(id).label(), "query", String.join(" OR ", terms)));
				}
			});
			found.lookedUp = names.size();
			for (Map<String, Object> row : this.rows.list("review/near-names", Map.of("batch", Map.of("names", names)))) {
				NewActor actor = byId.get(Rows.string(row, "id"));
				String candidateId = Rows.string(row, "candidateId");
				if (byId.containsKey(candidateId)) {
					continue; // an id this write takes over again; compared below as one of its new actors
				}
				String candidateName = Rows.string(row, "candidateName");
				best(prepared, actor, candidateId, candidateName,
						prepared.all(candidateName, Rows.strings(row, "candidateAliases")))
					.ifPresent(p -> keep(found, p, order.get(actor.id())[0]));
			}
		}
		among(List.copyOf(byId.values()), order, prepared, found, Pairs.LIKE_SHAPED);
		return found;
	}

	/** Each new actor by id, once (its first letter's), and where it stands: its letter and its place in it. */
	private static void newActors(List<NewActors> letters, Map<String, NewActor> byId, Map<String, int[]> order) {
		for (int i = 0; i < letters.size(); i++) {
			List<NewActor> created = letters.get(i).created();
			for (int j = 0; j < created.size(); j++) {
				byId.putIfAbsent(created.get(j).id(), created.get(j));
				order.putIfAbsent(created.get(j).id(), new int[] { i, j });
			}
		}
	}

	/** The pairs among the new actors alone, as {@link #find} finds them, without the graph (tests). */
	static Found among(List<NewActors> letters, Pairs pairs) {
		Found found = new Found(letters);
		Map<String, NewActor> byId = new LinkedHashMap<>();
		Map<String, int[]> order = new HashMap<>();
		newActors(letters, byId, order);
		among(List.copyOf(byId.values()), order, new Names(), found, pairs);
		return found;
	}

	/** Which pairs of new actors {@link #among} hands to {@link NearMatch}. */
	enum Pairs {

		/** Every pair that shares a block (tests compare {@link #LIKE_SHAPED} with this). */
		EVERY_PAIR_OF_A_BLOCK,
		/**
		 * Of those, only the pairs where a name of one (its name or an alias) has as many words as a name of the
		 * other, and the first words of those two names are the same or close in spelling
		 * ({@link NearMatch#wordsMayMatch}): {@link NearMatch#compare} proposes no other pair of names, so the rest
		 * cannot be proposed.
		 */
		LIKE_SHAPED
	}

	/**
	 * The new actors among themselves: two of the same kind are compared when two words of their names start alike
	 * (the same first three letters: a block), each pair once, at the first word of the later actor whose block
	 * holds the earlier one, and in a block from the earliest actor on. With {@link Pairs#LIKE_SHAPED} a block is
	 * kept by the length and first word of its actors' names as well, so that a thousand signers sharing "Tenants
	 * Union" are not all compared with one another; the pairs left out are those {@link NearMatch} cannot propose,
	 * so the proposals and their order are the same. An actor is not compared with itself (its name with its own
	 * alias).
	 */
	private static void among(List<NewActor> actors, Map<String, int[]> order, Names prepared, Found found,
			Pairs pairs) {
		// block (kind and first three letters of a word) -> length of a name -> its first word -> actors, earliest
		// first; with EVERY_PAIR_OF_A_BLOCK, one list a block (length 0, first word "")
		Map<String, Map<Integer, Map<String, List<Integer>>>> blocks = new HashMap<>();
		Map<String, Map<String, Boolean>> mayMatch = new HashMap<>();
		int[] seen = new int[actors.size()];
		java.util.Arrays.fill(seen, -1);
		List<Integer> met = new ArrayList<>();
		for (int a = 0; a < actors.size(); a++) {
			final int self = a;
			NewActor actor = actors.get(a);
			// the lengths and first words of its names
			Map<Integer, Set<String>> shapes = new LinkedHashMap<>();
			if (pairs == Pairs.LIKE_SHAPED) {
				for (NearMatch.Name name : prepared.all(actor)) {
					if (!name.key().isEmpty()) {
						shapes.computeIfAbsent(name.length(), k -> new LinkedHashSet<>()).add(name.firstWord());
					}
				}
			}
			else {
				shapes.put(0, Set.of(""));
			}
			Set<String> own = new LinkedHashSet<>();
			for (String word : prepared.of(actor.name()).key().split(" ")) {
				if (!word.isEmpty()) {
					own.add(actor.label() + " " + word.substring(0, Math.min(3, word.length())));
				}
			}
			for (String block : own) {
				Map<Integer, Map<String, List<Integer>>> byLength = blocks.get(block);
				if (byLength == null) {
					continue;
				}
				met.clear();
				shapes.forEach((length, firsts) -> byLength.getOrDefault(length, Map.of()).forEach((first, others) -> {
					for (String mine : firsts) {
						if (mayMatch.computeIfAbsent(mine, k -> new HashMap<>())
							.computeIfAbsent(first, k -> NearMatch.wordsMayMatch(mine, k))) {
							for (int o : others) {
								if (seen[o] != self) {
									seen[o] = self;
									met.add(o);
								}
							}
							return;
						}
					}
				}));
				met.sort(null);
				for (int o : met) {
					between(prepared, actors.get(o), actor, order, found);
				}
			}
			for (String block : own) {
				Map<Integer, Map<String, List<Integer>>> byLength = blocks.computeIfAbsent(block,
						k -> new HashMap<>());
				shapes.forEach((length, firsts) -> firsts.forEach(first -> byLength
					.computeIfAbsent(length, k -> new HashMap<>())
					.computeIfAbsent(first, k -> new ArrayList<>())
					.add(self)));
			}
		}
	}

	/**
	 * An actor already in the graph that a word of a new name comes close to; {@code index} numbers it within one
	 * lookup, {@code lengths} has bit n set when one of its names has n words (bit 63 for 63 words or more).
	 */
	private record Existing(int index, String id, String name, List<NearMatch.Name> names, List<String> labels,
			long lengths) {

		Existing(int index, String id, String name, List<NearMatch.Name> names, List<String> labels) {
			this(index, id, name, names, labels, lengths(names));
		}

		/** Whether one of its names has as many words as this one: else {@link NearMatch} finds none near it. */
		boolean mayBeNear(NearMatch.Name name) {
			return (this.lengths & bit(name.length())) != 0 || (this.lengths & bit(63)) != 0;
		}

		private static long lengths(List<NearMatch.Name> names) {
			long lengths = 0;
			for (NearMatch.Name name : names) {
				if (!name.key().isEmpty()) {
					lengths |= bit(name.length());
				}
			}
			return lengths;
		}

		private static long bit(int length) {
			return 1L << Math.min(length, 63);
		}
	}

	/**
	 * The actors each word of these names finds ({@code review/near-words}), at most {@code wordLimit} a word; one
	 * statement, run even with no words.
	 */
	private Map<String, List<Existing>> byWord(Map<String, List<String>> termsOf, Names prepared, int wordLimit) {
		Set<String> terms = new LinkedHashSet<>();
		termsOf.values().forEach(terms::addAll);
		Map<String, Existing> nodes = new HashMap<>();
		Map<String, List<Existing>> found = new HashMap<>();
		for (Map<String, Object> row : this.rows.list("review/near-words",
				Map.of("batch", Map.of("terms", List.copyOf(terms)), "limit", wordLimit))) {
			String id = Rows.string(row, "id");
			if (id == null) {
				continue; // the lookup by name drops it too (node.id <> n.id is not true)
			}
			Existing node = nodes.computeIfAbsent(id, k -> new Existing(nodes.size(), id, Rows.string(row, "name"),
					prepared.all(Rows.string(row, "name"), Rows.strings(row, "aliases")), Rows.strings(row, "labels")));
			found.computeIfAbsent(Rows.string(row, "term"), k -> new ArrayList<>()).add(node);
		}
		return found;
	}

	/**
	 * Whether the new name's lookup by name might propose something: when one of its words finds as many actors as
	 * were read (it may find more), or when an actor its words find would be proposed (same kind, near enough).
	 * Actors none of whose names has as many words as the new name are passed over: {@link NearMatch} proposes
	 * none of them. {@code seen} marks the actors looked at for the new name numbered {@code asked}.
	 */
	private static boolean mayFindNearName(NewActor actor, List<String> terms, Map<String, List<Existing>> found,
			Map<String, NewActor> byId, Names prepared, int wordLimit, int[] seen, int asked) {
		for (String term : terms) {
			if (found.getOrDefault(term, List.of()).size() >= wordLimit) {
				return true; // the word may find more actors than were read
			}
		}
		NearMatch.Name name = prepared.of(actor.name());
		for (String term : terms) {
			for (Existing node : found.getOrDefault(term, List.of())) {
				if (seen[node.index()] == asked) {
					continue;
				}
				seen[node.index()] = asked;
				if (node.mayBeNear(name) && !node.id().equals(actor.id()) && node.labels().contains(actor.label())
						&& !byId.containsKey(node.id())
						&& best(prepared, actor, node.id(), node.name(), node.names()).isPresent()) {
					return true;
				}
			}
		}
		return false;
	}

	/** Names read once for {@link NearMatch} within one {@link #find}: a name meets many others. */
	private static final class Names {

		private final Map<String, NearMatch.Name> read = new HashMap<>();

		private final Map<NewActor, List<NearMatch.Name>> actors = new java.util.IdentityHashMap<>();

		NearMatch.Name of(String name) {
			return this.read.computeIfAbsent((name != null) ? name : "", NearMatch::prepare);
		}

		/** The name and then each alias, read. */
		List<NearMatch.Name> all(String name, List<String> aliases) {
			List<NearMatch.Name> all = new ArrayList<>(1 + aliases.size());
			all.add(of(name));
			aliases.forEach(alias -> all.add(of(alias)));
			return all;
		}

		/** A new actor's name and then each alias, read. */
		List<NearMatch.Name> all(NewActor actor) {
			return this.actors.computeIfAbsent(actor, a -> all(a.name(), a.aliases()));
		}
	}

	/** Records the pairs found, once the actors they name are written; returns them per letter. */
	public List<List<Proposal>> record(Found found) {
		List<List<Proposal>> perLetter = new ArrayList<>();
		found.letters.forEach(l -> perLetter.add(new ArrayList<>()));
		if (found.proposals.isEmpty()) {
			return perLetter;
		}
		List<Map<String, Object>> pairs = new ArrayList<>();
		found.proposals.forEach((key, p) -> {
			int letter = found.letterOf.get(key);
			perLetter.get(letter).add(p);
			pairs.add(Map.of("a", p.actorId(), "b", p.candidateId(), "score", p.score(), "reason", p.reason(),
					"sources", found.letters.get(letter).sources()));
		});
		this.writes.update("review/propose", Map.of("pairs", pairs));
		return perLetter.stream().map(List::copyOf).toList();
	}

	/** Two actors of this write: from the later letter's to the earlier's, or within a letter from first to second. */
	private static void between(Names prepared, NewActor x, NewActor y, Map<String, int[]> order, Found found) {
		int[] ox = order.get(x.id());
		int[] oy = order.get(y.id());
		boolean xFirst = (ox[0] == oy[0]) ? ox[1] < oy[1] : ox[0] > oy[0];
		NewActor actor = xFirst ? x : y;
		NewActor candidate = xFirst ? y : x;
		best(prepared, actor, candidate.id(), candidate.name(), prepared.all(candidate))
			.ifPresent(p -> keep(found, p, Math.max(ox[0], oy[0])));
	}

	/**
	 * The best of the candidate's names (its name, then its aliases, read by {@link Names#all}) against the new
	 * actor's name, if any comes near enough; of equal scores, the first.
	 */
	private static Optional<Proposal> best(Names prepared, NewActor actor, String candidateId, String candidateName,
			List<NearMatch.Name> candidateNames) {
		NearMatch.Name name = prepared.of(actor.name());
		NearMatch.Candidate top = null;
		for (NearMatch.Name other : candidateNames) {
			Optional<NearMatch.Candidate> candidate = NearMatch.compare(name, other);
			if (candidate.isPresent() && (top == null || candidate.get().score() > top.score())) {
				top = candidate.get();
			}
		}
		return (top == null) ? Optional.empty()
				: Optional.of(new Proposal(actor.id(), actor.name(), candidateId, candidateName, top.score(),
						top.reason()));
	}

	/** One proposal per pair, whichever way round it was found; the higher score wins. */
	private static void keep(Found found, Proposal proposal, int letter) {
		String a = proposal.actorId();
		String b = proposal.candidateId();
		String key = (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
		Proposal old = found.proposals.get(key);
		if (old == null || proposal.score() > old.score()) {
			found.proposals.put(key, proposal);
			found.letterOf.put(key, letter);
		}
	}

	/**
	 * Each word of three or more letters, allowing one edit, or two in words of eight letters or more; words are
	 * ORed and ranked by Lucene. Two edits in a shorter word put it below {@link NearMatch#THRESHOLD} anyway, and
	 * their automata cost most of the search.
	 */
	public static String fuzzyQuery(String name) {
		return String.join(" OR ", fuzzyTerms(name));
	}

	/** The fuzzy words of {@link #fuzzyQuery}, in the name's order. */
	static List<String> fuzzyTerms(String name) {
		return Stream.of(NameKey.of(name).split(" "))
			.filter(word -> word.length() >= 3 && !STOP_WORDS.contains(word))
			.map(word -> word + ((word.length() >= 8) ? "~2" : "~1"))
			.toList();
	}
}
