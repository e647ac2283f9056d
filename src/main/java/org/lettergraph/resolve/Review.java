package org.lettergraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lettergraph.actor.Actor;
import org.lettergraph.graph.GraphSchema;
import org.lettergraph.graph.GraphWrites;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.NotFoundException;
import org.lettergraph.history.History;
import org.lettergraph.graph.Rows;
import org.lettergraph.names.NameKey;

import org.springframework.stereotype.Component;

/**
 * The review queue and what a person decides from it: judge a pair (same, not the same, unsure; stored with who and
 * when), merge actors into one, give an actor another name, or set a candidate aside for good. A merge happens in one
 * transaction: every relationship, alias and source of the merged actors moves to the kept one, or nothing changes.
 * Each merge keeps a record of what it moved ({@link MergeRecords}), so that {@link #unmerge} can split the actor
 * again, and a line in the history.
 */
@Component
public class Review {

	private final GraphWrites writes;

	private final Rows rows;

	private final MergeRecords records;

	private final History history;

	Review(GraphWrites writes, Rows rows, MergeRecords records, History history) {
		this.writes = writes;
		this.rows = rows;
		this.records = records;
		this.history = history;
	}

	public Actor merge(String keepId, List<String> mergeIds) {
		Set<String> merged = new LinkedHashSet<>(mergeIds);
		if (merged.isEmpty()) {
			throw new InvalidArgumentException("mergeIds", "name at least one actor to merge into " + keepId + ".");
		}
		if (merged.contains(keepId)) {
			throw new InvalidArgumentException("mergeIds", "cannot merge " + keepId + " into itself.");
		}
		return this.writes.transaction(stamp -> {
			Set<String> all = new LinkedHashSet<>(merged);
			all.add(keepId);
			Map<String, Actor> actors = actors(all);
			Actor keep = actors.get(keepId);
			if (keep == null) {
				throw new InvalidArgumentException("keepId", "no actor with id '" + keepId + "'.");
			}
			for (String id : merged) {
				Actor other = actors.get(id);
				if (other == null) {
					throw new InvalidArgumentException("mergeIds", "no actor with id '" + id + "'.");
				}
				if (other.kind() != keep.kind()) {
					throw new InvalidArgumentException("mergeIds", "cannot merge " + id + " (" + other.kind()
							+ ") into " + keepId + " (" + keep.kind() + "): they are different kinds of actor.");
				}
			}
			List<MergeRecords.Step> steps = new ArrayList<>();
			List<Map<String, Object>> keptAfter = new ArrayList<>();
			for (String id : merged) {
				steps.add(this.records.before(keepId, id));
				Map<String, Object> parameters = Map.of("keepId", keepId, "mergeId", id);
				for (String type : GraphSchema.RELATIONSHIP_TYPES) {
					this.writes.updateEach("review/move-outgoing", type, parameters);
					this.writes.updateEach("review/move-incoming", type, parameters);
				}
				keptAfter.add(this.writes.one("review/absorb", parameters, row -> Rows.map(row.get("actor")))
					.orElseThrow());
			}
			this.records.record(keepId, steps, keptAfter);
			List<String> names = merged.stream().map(id -> actors.get(id).name()).toList();
			this.history.record(new History.Entry("MERGE_ACTORS", null, subjects(keepId, merged), names, keep.name(),
					"Merged " + String.join(", ", names) + " into " + keep.name() + "."));
			return Actor.from(keptAfter.get(keptAfter.size() - 1));
		});
	}

	/**
	 * Undoes the latest merge into {@code id}: the actors it took in come back with their own relationships,
	 * aliases and sources, and the kept actor gets back what it was before (what corrections changed since stays).
	 */
	public Unmerge unmerge(String id) {
		return this.writes.transaction(stamp -> {
			Actor kept = actors(Set.of(id)).get(id);
			if (kept == null) {
				throw new NotFoundException("No actor has the id '" + id + "'.");
			}
			MergeRecords.Latest latest = this.records.latest(id);
			if (latest.merge() == null) {
				throw new InvalidArgumentException("id", "'" + id + "' (" + kept.name() + ") was not made by a merge "
						+ "that can be undone: nothing was merged into it since merges are recorded, or every such "
						+ "merge is undone already.");
			}
			List<String> restoredIds = this.records.undo(id, latest.merge(), stamp);
			Map<String, Actor> now = actors(new LinkedHashSet<>(subjects(id, restoredIds)));
			List<Actor> restored = restoredIds.stream().map(now::get).toList();
			List<String> names = restored.stream().map(Actor::name).toList();
			this.history.record(new History.Entry("UNMERGE_ACTOR", null, subjects(id, restoredIds), kept.name(),
					names, "Split " + String.join(", ", names) + " back out of " + kept.name() + "."));
			return new Unmerge(now.get(id), restored, latest.total() - 1);
		});
	}

	/** What an un-merge did: the kept actor as it is now, the actors put back, merges into it left to undo. */
	public record Unmerge(Actor actor, List<Actor> restored, int remainingMerges) {
	}

	private static List<String> subjects(String keepId, Collection<String> others) {
		List<String> all = new ArrayList<>();
		all.add(keepId);
		all.addAll(others);
		return all;
	}

	/** The merges into each actor that can be undone, newest first. */
	Map<String, List<MergeSummary>> merges(Collection<String> ids) {
		return this.rows.grouped("review/merges-of", ids, "id", row -> MergeSummary.from(Rows.map(row.get("merge"))));
	}

	public Actor addAlias(String actorId, String alias) {
		String key = NameKey.of(alias);
		if (key.isEmpty()) {
			throw new InvalidArgumentException("alias", "give a name with at least one letter or digit.");
		}
		return this.writes.transaction(stamp -> {
			Map<String, Object> row = this.writes
				.one("review/add-alias", Map.of("id", actorId, "alias", alias.strip(), "key", key), r -> r)
				.orElseThrow(() -> new InvalidArgumentException("actorId", "no actor with id '" + actorId + "'."));
			Actor actor = Actor.from(row.get("actor"));
			if (Rows.flag(row, "added")) {
				this.history.record(new History.Entry("ADD_ALIAS", "aliases", List.of(actorId), row.get("aliasesBefore"),
						actor.aliases(), "\"" + alias.strip() + "\" added as another name of " + actor.name() + "."));
			}
			return actor;
		});
	}

	public ReviewCandidate dismiss(String actorId, String otherId) {
		return this.writes.transaction(stamp -> decide(actorId, otherId, "DISMISSED"));
	}

	/** What a person can say of a pair in the review queue. */
	public enum Decision {

		/** One actor: the two are merged. */
		SAME,
		/** Two actors: the pair leaves the queue for good (as {@link #dismiss}). */
		NOT_SAME,
		/** Not known yet: the pair stays in the queue, marked, after those nobody has judged. */
		UNSURE
	}

	/**
	 * A judgement and what became of the pair: the candidate as it now stands, or after SAME the actor kept.
	 *
	 * @param decidedBy who judged (the signed-in user or token)
	 * @param decidedAt when, ISO-8601 with offset
	 */
	public record Judged(Decision decision, String decidedBy, String decidedAt, ReviewCandidate candidate,
			Actor kept) {
	}

	/**
	 * Stores a person's judgement on the pair between two actors (either way round), with who and when, in one
	 * transaction: SAME marks the pair and merges the two, keeping {@code keepId} (one of the two; the candidate,
	 * {@code otherId}, when not given), so the judgement and the merge are written together or not at all.
	 */
	public Judged judge(String actorId, String otherId, Decision decision, String keepId) {
		if (decision == null) {
			throw new InvalidArgumentException("decision", "say SAME, NOT_SAME or UNSURE.");
		}
		String keep = (keepId != null) ? keepId : otherId;
		if (decision == Decision.SAME && !keep.equals(actorId) && !keep.equals(otherId)) {
			throw new InvalidArgumentException("keepId",
					"keep one of the two actors judged ('" + actorId + "' or '" + otherId + "'), not '" + keep + "'.");
		}
		return this.writes.transaction(stamp -> {
			String status = switch (decision) {
				case SAME -> "SAME";
				case NOT_SAME -> "DISMISSED";
				case UNSURE -> "UNSURE";
			};
			ReviewCandidate pair = decide(actorId, otherId, status);
			String at = ReviewCandidate.instant(stamp.at());
			if (decision != Decision.SAME) {
				return new Judged(decision, stamp.by(), at, pair, null);
			}
			Actor kept = merge(keep, List.of(keep.equals(actorId) ? otherId : actorId));
			return new Judged(decision, stamp.by(), at, null, kept);
		});
	}

	/**
	 * Stores the judgement on the pair; one that changes its status is also a line in the history of both actors
	 * (a merge, after SAME, writes its own).
	 */
	private ReviewCandidate decide(String actorId, String otherId, String status) {
		Map<String, Object> row = this.writes
			.one("review/decide", Map.of("a", actorId, "b", otherId, "status", status), r -> r)
			.orElseThrow(() -> new InvalidArgumentException("otherId",
					"no review candidate between '" + actorId + "' and '" + otherId + "'."));
		ReviewCandidate pair = ReviewCandidate.from(row);
		String previous = Rows.string(row, "previous");
		if (!"SAME".equals(status) && !status.equals(previous)) {
			String verdict = "DISMISSED".equals(status) ? "judged not the same" : "marked unsure (kept in the review queue)";
			this.history.record(new History.Entry("JUDGE_PAIR", "review", List.of(actorId, otherId), previous, status,
					pair.actor().name() + " and " + pair.candidate().name() + " " + verdict + "."));
		}
		return pair;
	}

	private Map<String, Actor> actors(Set<String> ids) {
		return this.rows.byId("actors/by-ids", ids, Actor::id, row -> Actor.from(row.get("actor")));
	}

	List<ReviewCandidate> queue(int skip, int limit) {
		return this.rows.list("review/queue", Map.of("skip", skip, "limit", limit))
			.stream()
			.map(ReviewCandidate::from)
			.toList();
	}

	int openCount() {
		return Rows.integer(this.rows.one("review/queue-count", Map.of()), "total");
	}
}
