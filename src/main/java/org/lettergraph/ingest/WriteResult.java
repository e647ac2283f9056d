package org.lettergraph.ingest;

import java.util.List;

import org.lettergraph.resolve.ReviewCandidates.Proposal;

/**
 * What writing one letter did.
 *
 * @param letterId the letter written
 * @param created  actors that did not exist before
 * @param matched  names that were found to be existing actors, and how
 * @param review   new actors whose names come close to existing ones, put to a person as POSSIBLY_SAME_AS
 */
public record WriteResult(String letterId, List<ResolvedName> created, List<ResolvedName> matched,
		List<Proposal> review) {

	/** A name on the letter and the actor it went to; {@code how} is ID, NAME, ALIAS or NEW. */
	public record ResolvedName(String name, String actorId, String how) {
	}
}
