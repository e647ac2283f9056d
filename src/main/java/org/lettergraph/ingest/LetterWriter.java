package org.lettergraph.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lettergraph.actor.ActorWrites;
import org.lettergraph.graph.Edge;
import org.lettergraph.graph.GraphWrites;
import org.lettergraph.graph.Rows;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.letter.LetterWrites;
import org.lettergraph.resolve.ActorResolver;
import org.lettergraph.resolve.ReviewCandidates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The one write path for letters: {@link LetterRecord}s go into the graph in a single transaction, or not at all.
 * Writing the same record twice changes nothing: nodes and edges are merged on their ids, and sources and aliases
 * are only ever added to. This class orchestrates; each feature writes its own nodes and edges.
 */
@Component
public class LetterWriter {

	private static final Logger log = LoggerFactory.getLogger(LetterWriter.class);

	private final GraphWrites writes;

	private final Rows rows;

	private final ActorResolver resolver;

	private final ReviewCandidates review;

	private final ReferenceWriter references;

	private final ActorWrites actors;

	private final LetterWrites letters;

	private final IngestProperties properties;

	LetterWriter(GraphWrites writes, Rows rows, ActorResolver resolver, ReviewCandidates review,
			ReferenceWriter references, ActorWrites actors, LetterWrites letters, IngestProperties properties) {
		this.properties = properties;
		this.writes = writes;
		this.rows = rows;
		this.resolver = resolver;
		this.review = review;
		this.references = references;
		this.actors = actors;
		this.letters = letters;
	}

	/** Writes one letter: {@link #writeAll} with a batch of one, so one letter and a batch go the same way. */
	public WriteResult write(LetterRecord record) {
		return writeAll(List.of(record)).get(0);
	}

	/**
	 * Writes these letters in one transaction, all or none, with a fixed number of statements whatever their count:
	 * one lookup of the names and one of the ids they use, the sources they bring, one statement per actor kind,
	 * one for the letters, one per relationship type, two lookups of near names (by word, then by
	 * name) and the review proposals (and, when the letters name people by
	 * surname only or individuals sign for organizations, one lookup of those surnames and one statement for those
	 * affiliations). Letters over {@code lettergraph.ingest.max-signatures} are refused before the transaction
	 * opens. One stamp (who, when) covers the
	 * whole write. A problem in any letter writes nothing; each problem names the letter (its index in the batch and
	 * its title) and the field.
	 *
	 * @return what writing each letter did, in the order given
	 */
	public List<WriteResult> writeAll(List<LetterRecord> records) {
		if (records.isEmpty()) {
			return List.of();
		}
		List<String> problems = LetterBatch.check(records, this.properties.maxSignatures());
		if (!problems.isEmpty()) {
			throw new IngestException(problems);
		}
		return this.writes.transaction(stamp -> {
			try {
				return write(new LetterBatch(records));
			}
			catch (GraphWrites.MissingNodesException ex) {
				throw new IngestException(ex.getMessage());
			}
		});
	}

	private List<WriteResult> write(LetterBatch batch) {
		this.references.sourcesIfAbsent(batch.broughtSources());
		batch.matched(this.resolver.existing(batch.nameKeys()));
		List<ActorResolver.SurnameQuery> surnames = batch.surnameQueries();
		if (!surnames.isEmpty()) {
			batch.surnameCandidates(this.resolver.bySurname(surnames));
		}
		batch.existing(existing(batch.referencedIds(), batch.newIdPrefixes()));
		List<String> problems = batch.resolve();
		if (!problems.isEmpty()) {
			throw new IngestException(problems);
		}
		ReviewCandidates.Found near = this.review.find(batch.newActors());

		Resolution.writeActors(this.actors, batch.resolutions());
		// Inside the batch's transaction, nothing committed yet (the crash test waits for this line).
		log.debug("Writing {}: actors written, linking {} participants; transaction still open",
				(batch.resolutions().size() == 1) ? "letter" : batch.resolutions().size() + " letters",
				batch.participants());
		this.letters.write(batch.letters());
		Map<LetterWrites.Link, List<Edge>> edges = batch.edges();
		edges.forEach(this.letters::link);
		List<Edge> affiliations = batch.affiliations();
		if (!affiliations.isEmpty()) {
			this.actors.affiliations(affiliations);
		}
		log.debug("Writing {} letter(s): {} signatures linked, recording near names; transaction still open",
				batch.resolutions().size(), edges.get(LetterWrites.Link.SIGNED).size());

		return batch.results(this.review.record(near));
	}

	/**
	 * In one statement: the label of each of these ids that already names a node, and of every actor whose id
	 * starts with one of the prefixes (the ids a new actor's id might collide with).
	 */
	private Map<String, String> existing(Collection<String> ids, Collection<String> prefixes) {
		Map<String, String> result = new HashMap<>();
		if (ids.isEmpty() && prefixes.isEmpty()) {
			return result;
		}
		this.rows
			.list("ingest/existing-or-prefixed",
					Map.of("batch", Map.of("ids", List.copyOf(ids), "prefixes", List.copyOf(prefixes))))
			.forEach(row -> result.put(Rows.string(row, "id"), Rows.string(row, "label")));
		return result;
	}
}
