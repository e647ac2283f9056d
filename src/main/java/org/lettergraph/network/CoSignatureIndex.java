package org.lettergraph.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.lettergraph.graph.GraphChanges;
import org.lettergraph.graph.LaunchSettings;
import org.lettergraph.graph.Rows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who signed what, as compact int arrays in memory, so the co-signers of even the most connected organization
 * are counted in milliseconds: Cypher has to expand every signature of every letter the hub signed (a million
 * rows for a hub on 17,000 letters), while here that is one pass over int arrays. The co-signature networks and
 * degrees of a window of letters (whose letters Cypher finds) are counted here too, for the same reason: every two
 * signers of every letter make a pair.
 * <p>
 * The index is only ever used when it is current: the statement that loads the answer's actors also reads a
 * fingerprint of the graph (counts of SIGNED and ENDORSED relationships, actors and letters, all from Neo4j's count
 * store). When the graph has changed since the index was built, the question is answered by Cypher instead and the
 * index is rebuilt in the background. So the
 * write path pays nothing, and an answer is never stale in who co-signed; a change that keeps every count equal
 * (none of the service's writes does) would go unseen until the next rebuild.
 * <p>
 * With the embedded database the index also knows, with no statement, that nothing has changed at all: it notes the
 * id of the database's newest transaction before it is built (see {@link GraphChanges}). While that id stays the same,
 * a shortest path is answered from the index alone, names, titles and roles included, which it holds for that.
 */
@Component
public class CoSignatureIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CoSignatureIndex.class);

	/** One past the largest rank or weight a pair's number holds (21 bits; see {@link #allPairs}). */
	private static final int PAIR_FIELD = 1 << 21;

	private final Rows rows;

	private final GraphChanges changes;

	/** False in tests that answer as with a server, where the index cannot know of every write. */
	private volatile boolean trustTransactions = true;

	private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "co-signature-index");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean building = new AtomicBoolean();

	private volatile Snapshot current;

	private final boolean command;

	CoSignatureIndex(Rows rows, GraphChanges changes, LaunchSettings launch) {
		this.rows = rows;
		this.changes = changes;
		this.command = launch.isCommand();
	}

	/** One co-signer as the index counts it: shared letters newest first. */
	record Shared(String actorId, List<String> letterIds) {
	}

	/**
	 * The graph as of one fingerprint (and, with the embedded database, one transaction). Letters are numbered newest
	 * first, so ascending letter numbers are the order the answers list them in; each actor's letters and each
	 * letter's actors are sorted and distinct. {@code details} is null until they are read, after the rest.
	 */
	record Snapshot(List<Long> fingerprint, OptionalLong transaction, String[] actorIds,
			Map<String, Integer> actorIndex, String[] letterIds, Map<String, Integer> letterIndex,
			int[][] lettersOfActor, int[][] actorsOfLetter, long bytes, Details details) {

		Snapshot with(Details details) {
			return new Snapshot(this.fingerprint, this.transaction, this.actorIds, this.actorIndex, this.letterIds,
					this.letterIndex, this.lettersOfActor, this.actorsOfLetter, this.bytes, details);
		}
	}

	/**
	 * What a path shows besides ids, read after the rest of a {@link Snapshot} (which answers counts meanwhile), from
	 * the same graph: each actor's name and labels, each letter's title, and {@code tiesOfLetter[l][i]}, how
	 * {@code actorsOfLetter[l][i]} took part in letter {@code l}, a number into {@code ties} (0 for a plain signature).
	 */
	record Details(String[] actorNames, List<List<String>> actorLabels, String[] letterTitles, byte[][] tiesOfLetter,
			Tie[] ties, long bytes) {
	}

	/**
	 * How an actor took part in a letter, as a path shows it: SIGNED with its role, or ENDORSED (as ENDORSER). An actor
	 * that both signed and endorsed a letter shows its signature.
	 */
	record Tie(String relationship, String role) {

		/** Most signatures: SIGNED as SIGNER. */
		static final Tie PLAIN = new Tie("SIGNED", "SIGNER");

		/**
		 * The tie shown for the [type, role] pairs of every relationship between one actor and one letter: the first
		 * SIGNED with its role, else ENDORSED as ENDORSER; null when there is none.
		 */
		static Tie of(List<?> pairs) {
			Tie endorsed = null;
			for (Object value : pairs) {
				List<?> pair = (List<?>) value;
				if ("SIGNED".equals(pair.get(0))) {
					return new Tie("SIGNED", (String) pair.get(1));
				}
				endorsed = new Tie("ENDORSED", "ENDORSER");
			}
			return endorsed;
		}
	}

	/** The service builds the index as soon as it is up; a command (ingest, load-corpus) answers no questions. */
	@EventListener(ApplicationReadyEvent.class)
	void buildAtStartUp() {
		if (!this.command) {
			rebuildInBackground();
		}
	}

	/** What the index answers, and the fingerprint of the graph it was built from, for the caller to check. */
	record Answer(List<Long> fingerprint, List<Shared> shared) {
	}

	/**
	 * Everyone who shares at least {@code minShared} letters with the actor, most shared first, ties by id (the
	 * caller orders ties by name), at least the first {@code limit} ranks plus every tie of the last; or empty before
	 * the index is first built. The caller must check the answer's fingerprint against the graph's (in the statement
	 * that loads the actors, so the check costs no extra round trip) and ask Cypher when they differ.
	 */
	Optional<Answer> coSigners(String actorId, int minShared, int limit) {
		Snapshot snapshot = this.current;
		if (snapshot == null) {
			rebuildInBackground();
			return Optional.empty();
		}
		Integer me = snapshot.actorIndex().get(actorId);
		if (me == null) {
			return Optional.of(new Answer(snapshot.fingerprint(), List.of()));
		}
		int[] counts = sharedCounts(snapshot, me);
		int threshold = Math.max(1, minShared);
		List<Integer> candidates = new ArrayList<>();
		for (int actor = 0; actor < counts.length; actor++) {
			if (counts[actor] >= threshold) {
				candidates.add(actor);
			}
		}
		candidates.sort((a, b) -> (counts[a] != counts[b]) ? Integer.compare(counts[b], counts[a])
				: snapshot.actorIds()[a].compareTo(snapshot.actorIds()[b]));
		// Ties at the cut are all kept: the caller breaks them by name, which the index does not hold.
		int end = Math.min(limit, candidates.size());
		while (end > 0 && end < candidates.size() && counts[candidates.get(end)] == counts[candidates.get(end - 1)]) {
			end++;
		}
		boolean[] mine = new boolean[snapshot.letterIds().length];
		for (int letter : snapshot.lettersOfActor()[me]) {
			mine[letter] = true;
		}
		List<Shared> result = new ArrayList<>(end);
		for (int i = 0; i < end && i < candidates.size(); i++) {
			int other = candidates.get(i);
			List<String> letters = new ArrayList<>(counts[other]);
			for (int letter : snapshot.lettersOfActor()[other]) {
				if (mine[letter]) {
					letters.add(snapshot.letterIds()[letter]);
				}
			}
			result.add(new Shared(snapshot.actorIds()[other], letters));
		}
		return Optional.of(new Answer(snapshot.fingerprint(), result));
	}

	/** How many co-signers the index counts for an actor, and the fingerprint of the graph it counted in. */
	record Count(List<Long> fingerprint, int total) {
	}

	/**
	 * How many actors share at least {@code minShared} letters with the actor (as {@link #coSigners} lists them, in
	 * all), or empty before the index is first built. The caller checks the fingerprint, as for {@link #coSigners}.
	 */
	Optional<Count> coSignerCount(String actorId, int minShared) {
		Snapshot snapshot = this.current;
		if (snapshot == null) {
			rebuildInBackground();
			return Optional.empty();
		}
		Integer me = snapshot.actorIndex().get(actorId);
		if (me == null) {
			return Optional.of(new Count(snapshot.fingerprint(), 0));
		}
		int threshold = Math.max(1, minShared);
		int total = 0;
		for (int count : sharedCounts(snapshot, me)) {
			if (count >= threshold) {
				total++;
			}
		}
		return Optional.of(new Count(snapshot.fingerprint(), total));
	}

	/** Two actors and how many of a window's letters both signed or endorsed; {@code source} is the smaller id. */
	record Pair(String source, String target, int weight) {
	}

	/** The strongest pairs of a window, and how many of the window's letters each of their actors took part in. */
	record WindowPairs(List<Pair> pairs, Map<String, Integer> letterCounts) {
	}

	/**
	 * The co-signature network of a window of letters, counted in the index: every two actors that signed or
	 * endorsed at least {@code minShared} of {@code letterIds} together, strongest first (weight, then source and
	 * target id, the order of {@code network/co-signature-network}), at most {@code limit}; with the letter counts
	 * of their actors. Empty when the index was not built from the graph of {@code fingerprint} (the caller read it
	 * in the statement that found the window's letters) or does not hold one of the letters: the caller then asks
	 * Cypher, and the index is rebuilt in the background.
	 * <p>
	 * The pairs are counted actor by actor over the window's letters only, into one array of counters, so a window
	 * costs the sum over its letters of their signers squared (halved), with no per-pair object unless the pair can
	 * still make the cut.
	 */
	Optional<List<WindowPairs>> windows(List<Long> fingerprint, List<? extends Collection<String>> windows,
			int minShared, int limit) {
		Snapshot snapshot = this.current;
		List<WindowPairs> answers = new ArrayList<>(windows.size());
		for (Collection<String> letterIds : windows) {
			Optional<int[]> letters = letterNumbers(snapshot, fingerprint, letterIds);
			if (letters.isEmpty()) {
				return Optional.empty();
			}
			answers.add(pairs(snapshot, letters.get(), Math.max(1, minShared), limit));
		}
		return Optional.of(answers);
	}

	/**
	 * The numbers of {@code letterIds} in {@code snapshot}, sorted and distinct; empty (and the index rebuilt in the
	 * background) when there is no snapshot, it was not built from the graph of {@code fingerprint}, or it does not
	 * hold one of the letters.
	 */
	private Optional<int[]> letterNumbers(Snapshot snapshot, List<Long> fingerprint, Collection<String> letterIds) {
		if (snapshot == null || !snapshot.fingerprint().equals(fingerprint)) {
			rebuildInBackground();
			return Optional.empty();
		}
		int[] letters = new int[letterIds.size()];
		int n = 0;
		for (String id : letterIds) {
			Integer letter = snapshot.letterIndex().get(id);
			if (letter == null) {
				rebuildInBackground();
				return Optional.empty();
			}
			letters[n++] = letter;
		}
		return Optional.of(Arrays.stream(letters).sorted().distinct().toArray());
	}

	/**
	 * Each actor's degree in the co-signature network of a window: how many distinct actors signed or endorsed at
	 * least one of {@code letterIds} together with it (as {@code network/degrees} counts it); of {@code actorIds},
	 * or of every actor of the window when that is null (an actor outside the window has none: absent). Empty when
	 * the index is not current for {@code fingerprint}, as for {@link #windows}.
	 */
	Optional<Map<String, Integer>> degrees(List<Long> fingerprint, Collection<String> letterIds,
			Collection<String> actorIds) {
		Snapshot snapshot = this.current;
		Optional<int[]> window = letterNumbers(snapshot, fingerprint, letterIds);
		if (window.isEmpty()) {
			return Optional.empty();
		}
		boolean[] inWindow = new boolean[snapshot.letterIds().length];
		List<Integer> actors = new ArrayList<>();
		boolean[] listed = new boolean[snapshot.actorIds().length];
		for (int letter : window.get()) {
			inWindow[letter] = true;
			if (actorIds == null) {
				for (int actor : snapshot.actorsOfLetter()[letter]) {
					if (!listed[actor]) {
						listed[actor] = true;
						actors.add(actor);
					}
				}
			}
		}
		if (actorIds != null) {
			actorIds.stream()
				.distinct()
				.map(snapshot.actorIndex()::get)
				.filter(Objects::nonNull)
				.forEach(actors::add);
		}
		// seen[b] == me + 1 when b was counted for me already: no clearing between actors.
		int[] seen = new int[snapshot.actorIds().length];
		Map<String, Integer> degrees = new HashMap<>();
		for (int me : actors) {
			seen[me] = me + 1;
			int degree = 0;
			for (int letter : snapshot.lettersOfActor()[me]) {
				if (inWindow[letter]) {
					for (int other : snapshot.actorsOfLetter()[letter]) {
						if (seen[other] != me + 1) {
							seen[other] = me + 1;
							degree++;
						}
					}
				}
			}
			degrees.put(snapshot.actorIds()[me], degree);
		}
		return Optional.of(degrees);
	}

	private static WindowPairs pairs(Snapshot snapshot, int[] letters, int minShared, int limit) {
		String[] ids = snapshot.actorIds();
		// The kept pairs, the weakest at the head, so a pair that cannot make the cut is dropped at once.
		Comparator<Pair> stronger = Comparator.comparingInt(Pair::weight)
			.reversed()
			.thenComparing(Pair::source)
			.thenComparing(Pair::target);
		PriorityQueue<Pair> kept = new PriorityQueue<>(Math.max(1, Math.min(limit, 1024)),
				stronger.reversed());
		int[] letterCount = countPairs(snapshot, letters, minShared, (a, b, weight) -> {
			if (limit <= 0) {
				return;
			}
			Pair weakest = kept.peek();
			if (kept.size() >= limit && weight < weakest.weight()) {
				return;
			}
			boolean aFirst = ids[a].compareTo(ids[b]) < 0;
			Pair pair = new Pair(aFirst ? ids[a] : ids[b], aFirst ? ids[b] : ids[a], weight);
			if (kept.size() < limit) {
				kept.add(pair);
			}
			else if (stronger.compare(pair, weakest) < 0) {
				kept.poll();
				kept.add(pair);
			}
		});
		List<Pair> pairs = new ArrayList<>(kept);
		pairs.sort(stronger);
		Map<String, Integer> counts = new HashMap<>();
		for (Pair pair : pairs) {
			counts.put(pair.source(), letterCount[snapshot.actorIndex().get(pair.source())]);
			counts.put(pair.target(), letterCount[snapshot.actorIndex().get(pair.target())]);
		}
		return new WindowPairs(pairs, counts);
	}

	/** What {@link #countPairs} hands each pair to: two actor numbers, {@code a < b}, and their shared letters. */
	private interface PairSink {

		void accept(int a, int b, int weight);
	}

	/**
	 * Counts every two actors that signed or endorsed at least {@code minShared} of {@code letters} together, and
	 * hands each such pair to {@code sink} once; returns how many of the letters each actor took part in.
	 * <p>
	 * The pairs are counted actor by actor over the window's letters only, into one array of counters, so a window
	 * costs the sum over its letters of their signers squared (halved), with no object per pair.
	 */
	private static int[] countPairs(Snapshot snapshot, int[] letters, int minShared, PairSink sink) {
		int actors = snapshot.actorIds().length;
		// Each actor's letters within the window, as one array cut by offsets.
		int[] letterCount = new int[actors];
		for (int letter : letters) {
			for (int actor : snapshot.actorsOfLetter()[letter]) {
				letterCount[actor]++;
			}
		}
		int[] start = new int[actors + 1];
		for (int actor = 0; actor < actors; actor++) {
			start[actor + 1] = start[actor] + letterCount[actor];
		}
		int[] filled = Arrays.copyOf(start, actors);
		int[] lettersOf = new int[start[actors]];
		for (int letter : letters) {
			for (int actor : snapshot.actorsOfLetter()[letter]) {
				lettersOf[filled[actor]++] = letter;
			}
		}
		int[] shared = new int[actors];
		int[] touched = new int[actors];
		for (int a = 0; a < actors; a++) {
			int touchedCount = 0;
			for (int i = start[a]; i < start[a + 1]; i++) {
				for (int b : snapshot.actorsOfLetter()[lettersOf[i]]) {
					if (b > a) {
						if (shared[b]++ == 0) {
							touched[touchedCount++] = b;
						}
					}
				}
			}
			for (int t = 0; t < touchedCount; t++) {
				int b = touched[t];
				int weight = shared[b];
				shared[b] = 0;
				if (weight >= minShared) {
					sink.accept(a, b, weight);
				}
			}
		}
		return letterCount;
	}

	/**
	 * Every pair of a window, as {@link #allPairs} gives them: the actors' ids in id order, and for each pair the
	 * positions in that list of its two actors (source first, the smaller id) and how many letters they share, in
	 * the order of source then target; with the fingerprint of the graph they were counted in.
	 */
	record AllPairs(List<Long> fingerprint, List<String> actorIds, int[] sources, int[] targets, int[] weights) {
	}

	/**
	 * Every two actors that signed or endorsed at least {@code minShared} of {@code letterIds} together, as
	 * {@code network/blocs} projects them: ordered by source id then target id, as Neo4j orders strings (by UTF-16
	 * code unit, as {@link String#compareTo} does). Empty when the index is not current for {@code fingerprint}, as
	 * for {@link #windows}, or when the window is too big to number its pairs (two million actors or letters).
	 * <p>
	 * Counted as {@link #windows} counts them, with a number per pair in place of an object, so even the million
	 * pairs of a window with several letters of a thousand signers each are counted and ordered in well under a
	 * second.
	 */
	Optional<AllPairs> allPairs(List<Long> fingerprint, Collection<String> letterIds, int minShared) {
		Snapshot snapshot = this.current;
		Optional<int[]> letters = letterNumbers(snapshot, fingerprint, letterIds);
		if (letters.isEmpty()) {
			return Optional.empty();
		}
		// The window's actors ranked by id, so one long per pair sorts as (source id, target id) and carries its
		// weight: rank of source, rank of target, weight, 21 bits each.
		List<Integer> windowActors = new ArrayList<>();
		boolean[] inWindow = new boolean[snapshot.actorIds().length];
		for (int letter : letters.get()) {
			for (int actor : snapshot.actorsOfLetter()[letter]) {
				if (!inWindow[actor]) {
					inWindow[actor] = true;
					windowActors.add(actor);
				}
			}
		}
		if (windowActors.size() >= PAIR_FIELD || letters.get().length >= PAIR_FIELD) {
			return Optional.empty();
		}
		String[] ids = snapshot.actorIds();
		windowActors.sort(Comparator.comparing(actor -> ids[actor]));
		int[] rank = new int[ids.length];
		for (int r = 0; r < windowActors.size(); r++) {
			rank[windowActors.get(r)] = r;
		}
		long[][] keys = { new long[1024] };
		int[] count = { 0 };
		countPairs(snapshot, letters.get(), Math.max(1, minShared), (a, b, weight) -> {
			int first = Math.min(rank[a], rank[b]);
			int second = Math.max(rank[a], rank[b]);
			if (count[0] == keys[0].length) {
				keys[0] = Arrays.copyOf(keys[0], keys[0].length * 2);
			}
			keys[0][count[0]++] = ((long) first << 42) | ((long) second << 21) | weight;
		});
		long[] sorted = Arrays.copyOf(keys[0], count[0]);
		Arrays.sort(sorted);
		// Positions among the actors that are in a pair, in the same (id) order as the ranks.
		int[] position = new int[windowActors.size()];
		Arrays.fill(position, -1);
		for (long key : sorted) {
			position[(int) (key >>> 42)] = 0;
			position[(int) ((key >>> 21) & (PAIR_FIELD - 1))] = 0;
		}
		List<String> actorIds = new ArrayList<>();
		for (int r = 0; r < position.length; r++) {
			if (position[r] == 0) {
				position[r] = actorIds.size();
				actorIds.add(ids[windowActors.get(r)]);
			}
		}
		int[] sources = new int[sorted.length];
		int[] targets = new int[sorted.length];
		int[] weights = new int[sorted.length];
		for (int i = 0; i < sorted.length; i++) {
			sources[i] = position[(int) (sorted[i] >>> 42)];
			targets[i] = position[(int) ((sorted[i] >>> 21) & (PAIR_FIELD - 1))];
			weights[i] = (int) (sorted[i] & (PAIR_FIELD - 1));
		}
		return Optional.of(new AllPairs(snapshot.fingerprint(), List.copyOf(actorIds), sources, targets, weights));
	}

	/**
	 * A shortest chain the index found between two actors: {@code actorIds} from the one to the other, and
	 * {@code letterIds[j]} the letter both {@code actorIds[j]} and {@code actorIds[j + 1]} signed or endorsed; both
	 * empty when there is none within the hops asked (or an id is of no actor that signed or endorsed anything). With
	 * the fingerprint of the graph it was found in, for the caller to check; or {@code exact}, when the index is
	 * known to hold the graph as it is now and both ids are of actors it holds: then {@code steps} is the path, as the
	 * graph holds it, and there is nothing to check.
	 */
	record Chain(List<Long> fingerprint, List<String> actorIds, List<String> letterIds, boolean exact,
			List<Step> steps) {

		boolean found() {
			return !this.letterIds.isEmpty();
		}
	}

	/**
	 * A node of an exact {@link Chain}: an actor or a letter, with its name or title and labels, and the relationship
	 * and role that reached it (for a letter, the previous actor's; for an actor, its own on the previous letter).
	 */
	record Step(String id, String name, List<String> labels, String relationship, String role) {
	}

	/** The labels of every letter, as a {@link Step} shows them. */
	private static final List<String> LETTER = List.of("Letter");

	/** Where each side of a {@link #shortestChain} search started: the node it was reached from. */
	private static final int START = -1;

	/** How many searches' marks are kept for the next ones to reuse, at most. */
	private static final int KEPT_MARKS = 8;

	/** The marks of searches done, for the next ones to reuse. */
	private final ConcurrentLinkedQueue<Marks> marks = new ConcurrentLinkedQueue<>();

	/**
	 * One shortest chain of co-signatures between two different actors, at most {@code maxHops} relationships long
	 * (two per letter), through every SIGNED and ENDORSED relationship (the roles LEAD, SIGNER and ENDORSER, the
	 * default of {@code shortestPath}); or empty before the index is first built. The caller checks the answer's
	 * fingerprint, as for {@link #coSigners}.
	 * <p>
	 * A breadth-first search from both ends over the bipartite graph of actors and letters, a whole level at a time,
	 * always on the side whose next level has fewer relationships to follow, so a hub on thousands of letters is
	 * expanded only when the other end leaves no cheaper way. The first node both sides reach closes a shortest chain:
	 * every node one side reaches while expanding a level lies one step past that side's level, and a node the other
	 * side reached is on the other side's last level (had it been on an earlier one, the other side would have reached
	 * the node this side came from, and they would have met there). Relationships are followed in the index's order
	 * (letters newest first, actors in the order the index met them), so the same graph always gives the same chain.
	 */
	Optional<Chain> shortestChain(String from, String to, int maxHops) {
		Snapshot snapshot = this.current;
		if (snapshot == null) {
			rebuildInBackground();
			return Optional.empty();
		}
		Integer start = snapshot.actorIndex().get(from);
		Integer end = snapshot.actorIndex().get(to);
		// Checked before the search: a write landing during it is one a statement run now might not have seen either.
		boolean exact = (start != null) && (end != null) && (snapshot.details() != null) && unchanged(snapshot);
		Chain none = new Chain(snapshot.fingerprint(), List.of(), List.of(), exact, List.of());
		if (start == null || end == null || start.equals(end)) {
			return Optional.of(none);
		}
		// Actors are nodes 0 .. actors - 1, letters the nodes after them.
		int actors = snapshot.actorIds().length;
		int nodes = actors + snapshot.letterIds().length;
		Marks polled = this.marks.poll();
		Marks marks = (polled != null && polled.size() == nodes) ? polled : new Marks(nodes);
		try {
			marks.begin();
			marks.mark(Marks.FORWARD, start, START);
			marks.mark(Marks.BACKWARD, end, START);
			int[] forwardLevel = { start };
			int[] backwardLevel = { end };
			int hops = 0;
			while (hops < maxHops) {
				boolean fromStart = work(snapshot, forwardLevel) <= work(snapshot, backwardLevel);
				int side = fromStart ? Marks.FORWARD : Marks.BACKWARD;
				int[] next = new int[16];
				int size = 0;
				for (int node : fromStart ? forwardLevel : backwardLevel) {
					for (int neighbour : neighbours(snapshot, node)) {
						int n = (node < actors) ? actors + neighbour : neighbour;
						if (marks.reached(side, n)) {
							continue;
						}
						marks.mark(side, n, node);
						if (marks.reached(1 - side, n)) {
							return Optional.of(chain(snapshot, marks, n, exact));
						}
						if (size == next.length) {
							next = Arrays.copyOf(next, size * 2);
						}
						next[size++] = n;
					}
				}
				if (size == 0) {
					return Optional.of(none);
				}
				if (fromStart) {
					forwardLevel = Arrays.copyOf(next, size);
				}
				else {
					backwardLevel = Arrays.copyOf(next, size);
				}
				hops++;
			}
			return Optional.of(none);
		}
		finally {
			// A few kept are enough for the searches that run at once on two cores; a burst's extra ones are dropped.
			if (this.marks.size() < KEPT_MARKS) {
				this.marks.offer(marks);
			}
		}
	}

	/**
	 * Which node each side of one {@link #shortestChain} search reached each node from. Kept for the next search
	 * (one per search running at once), each search with a new stamp, so a search neither allocates nor clears arrays
	 * the size of the graph: a mark counts only when its stamp is the search's.
	 */
	private static final class Marks {

		static final int FORWARD = 0;

		static final int BACKWARD = 1;

		private final int[][] from;

		private final int[][] stamps;

		private int stamp;

		Marks(int nodes) {
			this.from = new int[][] { new int[nodes], new int[nodes] };
			this.stamps = new int[][] { new int[nodes], new int[nodes] };
		}

		int size() {
			return this.from[0].length;
		}

		void begin() {
			if (++this.stamp == Integer.MAX_VALUE) {
				Arrays.fill(this.stamps[0], 0);
				Arrays.fill(this.stamps[1], 0);
				this.stamp = 1;
			}
		}

		boolean reached(int side, int node) {
			return this.stamps[side][node] == this.stamp;
		}

		void mark(int side, int node, int from) {
			this.stamps[side][node] = this.stamp;
			this.from[side][node] = from;
		}

		int from(int side, int node) {
			return this.from[side][node];
		}
	}

	/** An actor's letters or a letter's actors; {@code node} numbered as in {@link #shortestChain}. */
	private static int[] neighbours(Snapshot snapshot, int node) {
		int actors = snapshot.actorIds().length;
		return (node < actors) ? snapshot.lettersOfActor()[node] : snapshot.actorsOfLetter()[node - actors];
	}

	/** How many relationships expanding a level follows. */
	private static long work(Snapshot snapshot, int[] level) {
		long work = 0;
		for (int node : level) {
			work += neighbours(snapshot, node).length;
		}
		return work;
	}

	/**
	 * Whether the graph is known to be as it was when {@code snapshot} was built: the embedded database's newest
	 * transaction is still the one noted before the build. When it is not, the index is rebuilt in the background.
	 */
	private boolean unchanged(Snapshot snapshot) {
		if (!this.trustTransactions || snapshot.transaction().isEmpty()) {
			return false;
		}
		if (snapshot.transaction().equals(this.changes.lastTransaction())) {
			return true;
		}
		rebuildInBackground();
		return false;
	}

	/** The chain through {@code meeting}, which both sides of the search reached; with its steps when exact. */
	private static Chain chain(Snapshot snapshot, Marks marks, int meeting, boolean exact) {
		List<Integer> path = new ArrayList<>();
		for (int node = meeting; node != START; node = marks.from(Marks.FORWARD, node)) {
			path.add(0, node);
		}
		for (int node = marks.from(Marks.BACKWARD, meeting); node != START; node = marks.from(Marks.BACKWARD, node)) {
			path.add(node);
		}
		int actors = snapshot.actorIds().length;
		List<String> actorIds = new ArrayList<>();
		List<String> letterIds = new ArrayList<>();
		for (int node : path) {
			if (node < actors) {
				actorIds.add(snapshot.actorIds()[node]);
			}
			else {
				letterIds.add(snapshot.letterIds()[node - actors]);
			}
		}
		return new Chain(snapshot.fingerprint(), List.copyOf(actorIds), List.copyOf(letterIds), exact,
				exact ? steps(snapshot, path) : List.of());
	}

	/** The steps of a path of node numbers (actors and letters in turn, as {@link #shortestChain} numbers them). */
	private static List<Step> steps(Snapshot snapshot, List<Integer> path) {
		int actors = snapshot.actorIds().length;
		Details details = snapshot.details();
		List<Step> steps = new ArrayList<>(path.size());
		int first = path.get(0);
		steps.add(new Step(snapshot.actorIds()[first], details.actorNames()[first], details.actorLabels().get(first),
				null, null));
		for (int i = 1; i < path.size(); i += 2) {
			int letter = path.get(i) - actors;
			int before = path.get(i - 1);
			int after = path.get(i + 1);
			Tie reached = tie(snapshot, before, letter);
			Tie left = tie(snapshot, after, letter);
			steps.add(new Step(snapshot.letterIds()[letter], details.letterTitles()[letter], LETTER,
					reached.relationship(), reached.role()));
			steps.add(new Step(snapshot.actorIds()[after], details.actorNames()[after],
					details.actorLabels().get(after), left.relationship(), left.role()));
		}
		return List.copyOf(steps);
	}

	/** How {@code actor} took part in {@code letter}, which it signed or endorsed. */
	private static Tie tie(Snapshot snapshot, int actor, int letter) {
		int at = Arrays.binarySearch(snapshot.actorsOfLetter()[letter], actor);
		return snapshot.details().ties()[snapshot.details().tiesOfLetter()[letter][at]];
	}

	/** For every actor, how many letters it shares with the actor {@code me} (0 for {@code me} itself). */
	private static int[] sharedCounts(Snapshot snapshot, int me) {
		int[] counts = new int[snapshot.actorIds().length];
		for (int letter : snapshot.lettersOfActor()[me]) {
			for (int actor : snapshot.actorsOfLetter()[letter]) {
				counts[actor]++;
			}
		}
		counts[me] = 0;
		return counts;
	}

	/** Called when the graph no longer matches the index: rebuilds it, unless a rebuild is already under way. */
	void stale() {
		rebuildInBackground();
	}

	static List<Long> fingerprint(Map<String, Object> row) {
		return List.of(((Number) row.get("signed")).longValue(), ((Number) row.get("endorsed")).longValue(),
				((Number) row.get("actors")).longValue(), ((Number) row.get("letters")).longValue());
	}

	/** Whether the index matches the graph right now (for tests and the benchmark). */
	public boolean isCurrent() {
		Snapshot snapshot = this.current;
		return snapshot != null && snapshot.fingerprint().equals(fingerprint());
	}

	/** Waits until a rebuild under way in the background, if any, has finished, details included (tests, benchmark). */
	public void awaitRebuilds() {
		try {
			this.builder.submit(() -> {
			}).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the co-signature index", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * Builds the index now, on the caller's thread, and then reads its details; returns its size in bytes of arrays.
	 * The index answers counts as soon as the first part is built.
	 */
	public long rebuild() {
		Snapshot snapshot = build();
		publish(null, snapshot);
		try {
			Snapshot detailed = snapshot.with(details(snapshot));
			publish(snapshot, detailed);
			return bytes(detailed);
		}
		catch (RuntimeException ex) {
			log.warn("Co-signature index without names and roles; shortest paths are read back from the graph: {}",
					ex.getMessage());
			return bytes(snapshot);
		}
	}

	/** Makes {@code next} the index, when {@code expected} (null: any) still is; a newer rebuild's is kept. */
	private synchronized void publish(Snapshot expected, Snapshot next) {
		if (expected == null || this.current == expected) {
			this.current = next;
		}
	}

	/** Bytes the index's arrays take (object headers, names and id strings excluded), or 0 before it is built. */
	public long bytes() {
		Snapshot snapshot = this.current;
		return (snapshot != null) ? bytes(snapshot) : 0;
	}

	private static long bytes(Snapshot snapshot) {
		return snapshot.bytes() + ((snapshot.details() != null) ? snapshot.details().bytes() : 0);
	}

	private void rebuildInBackground() {
		if (this.building.compareAndSet(false, true)) {
			this.builder.execute(() -> {
				try {
					rebuild();
				}
				catch (RuntimeException ex) {
					log.warn("Co-signature index not rebuilt; co-signers are answered by Cypher: {}", ex.getMessage());
				}
				finally {
					this.building.set(false);
				}
			});
		}
	}

	private List<Long> fingerprint() {
		Map<String, Object> row = this.rows.one("network/co-signature-fingerprint", Map.of());
		return Stream.of("signed", "endorsed", "actors", "letters")
			.map(key -> ((Number) row.get(key)).longValue())
			.toList();
	}

	private Snapshot build() {
		long start = System.nanoTime();
		// Read the transaction and the fingerprint first: a write landing during the build then makes the index look
		// stale, never current.
		OptionalLong transaction = this.changes.lastTransaction();
		List<Long> fingerprint = fingerprint();
		Map<String, Integer> actorIndex = new HashMap<>();
		List<String> actorIds = new ArrayList<>();
		List<String> letterIds = new ArrayList<>();
		List<int[]> actorsOfLetter = new ArrayList<>();
		this.rows.forEach("network/co-signature-index", Map.of(), r -> {
			letterIds.add(Rows.string(r, "letter"));
			List<String> actors = Rows.strings(r, "actors");
			int[] numbers = new int[actors.size()];
			for (int i = 0; i < numbers.length; i++) {
				numbers[i] = actorIndex.computeIfAbsent(actors.get(i), id -> {
					actorIds.add(id);
					return actorIds.size() - 1;
				});
			}
			actorsOfLetter.add(distinctSorted(numbers));
		});
		int[] degree = new int[actorIds.size()];
		actorsOfLetter.forEach(actors -> Arrays.stream(actors).forEach(a -> degree[a]++));
		int[][] lettersOfActor = new int[actorIds.size()][];
		for (int a = 0; a < degree.length; a++) {
			lettersOfActor[a] = new int[degree[a]];
		}
		int[] filled = new int[actorIds.size()];
		long entries = 0;
		for (int letter = 0; letter < actorsOfLetter.size(); letter++) {
			for (int actor : actorsOfLetter.get(letter)) {
				lettersOfActor[actor][filled[actor]++] = letter;
				entries++;
			}
		}
		// Two int arrays hold every signature once each, plus an array header per actor and per letter.
		long bytes = entries * 8 + 16L * (actorIds.size() + letterIds.size());
		Map<String, Integer> letterIndex = new HashMap<>();
		for (int letter = 0; letter < letterIds.size(); letter++) {
			letterIndex.put(letterIds.get(letter), letter);
		}
		Snapshot snapshot = new Snapshot(fingerprint, transaction, actorIds.toArray(String[]::new),
				Map.copyOf(actorIndex), letterIds.toArray(String[]::new), Map.copyOf(letterIndex), lettersOfActor,
				actorsOfLetter.toArray(int[][]::new), bytes, null);
		log.info("Co-signature index: {} signatures of {} actors on {} letters, {} KB, built in {} ms", entries,
				actorIds.size(), letterIds.size(), bytes >> 10, (System.nanoTime() - start) / 1_000_000);
		return snapshot;
	}

	/**
	 * The names, labels, titles and ties of {@code snapshot}'s actors and letters, read after it. A write landing
	 * meanwhile leaves them unlike the graph in places, but then the database's transaction has moved since the one
	 * the snapshot noted, and no path is answered from them.
	 */
	private Details details(Snapshot snapshot) {
		long start = System.nanoTime();
		String[] titles = new String[snapshot.letterIds().length];
		this.rows.forEach("network/co-signature-titles", Map.of(), r -> {
			Integer letter = snapshot.letterIndex().get(Rows.string(r, "letter"));
			if (letter != null) {
				titles[letter] = Rows.string(r, "title");
			}
		});
		String[] names = new String[snapshot.actorIds().length];
		List<List<String>> labels = new ArrayList<>(Collections.nCopies(names.length, List.<String>of()));
		Map<List<String>, List<String>> sameLabels = new HashMap<>();
		this.rows.forEach("network/co-signature-actors", Map.of(), r -> {
			Integer actor = snapshot.actorIndex().get(Rows.string(r, "id"));
			if (actor != null) {
				names[actor] = Rows.string(r, "name");
				labels.set(actor, sameLabels.computeIfAbsent(List.copyOf(Rows.strings(r, "labels")), l -> l));
			}
		});
		// Every signature is a plain one (number 0) but those the statement lists.
		int[][] actorsOfLetter = snapshot.actorsOfLetter();
		byte[][] tiesOfLetter = new byte[actorsOfLetter.length][];
		long entries = 0;
		for (int letter = 0; letter < actorsOfLetter.length; letter++) {
			tiesOfLetter[letter] = new byte[actorsOfLetter[letter].length];
			entries += actorsOfLetter[letter].length;
		}
		Map<Tie, Integer> numbers = new HashMap<>(Map.of(Tie.PLAIN, 0));
		this.rows.forEach("network/co-signature-ties", Map.of(), r -> {
			Integer letter = snapshot.letterIndex().get(Rows.string(r, "letter"));
			Integer actor = snapshot.actorIndex().get(Rows.string(r, "actor"));
			Tie tie = Tie.of((List<?>) r.get("ties"));
			int at = (letter != null && actor != null) ? Arrays.binarySearch(actorsOfLetter[letter], actor) : -1;
			if (at >= 0 && tie != null) {
				int number = numbers.computeIfAbsent(tie, t -> numbers.size());
				if (number > Byte.MAX_VALUE) {
					throw new IllegalStateException("more kinds of signature than the index numbers: " + numbers.keySet());
				}
				tiesOfLetter[letter][at] = (byte) number;
			}
		});
		Tie[] ties = new Tie[numbers.size()];
		numbers.forEach((tie, number) -> ties[number] = tie);
		// A byte per signature and an array header per letter (names and titles not counted).
		long bytes = entries + 16L * actorsOfLetter.length;
		log.info("Co-signature index: names, titles and {} kinds of signature read in {} ms", ties.length,
				(System.nanoTime() - start) / 1_000_000);
		return new Details(names, List.copyOf(labels), titles, tiesOfLetter, ties, bytes);
	}

	private static int[] distinctSorted(int[] numbers) {
		return Arrays.stream(numbers).sorted().distinct().toArray();
	}

	/** For tests: whether the index may answer from memory alone while no write has landed (as with a server, not). */
	void trustTransactions(boolean trust) {
		this.trustTransactions = trust;
	}

	@Override
	public void destroy() {
		this.builder.shutdownNow();
	}
}
