package org.lettergraph.ingest;

import java.util.List;

import org.lettergraph.resolve.ReviewCandidates.Proposal;

/**
 * What writing one letter did.
 *
 * @param letterId         the letter written
 * @param created          actors that did not exist before
 * @param matched          names that were found to be existing actors, and how
 * @param review           new actors whose names come close to existing ones, put to a person as POSSIBLY_SAME_AS
 * @param needsName        people the letter names by surname only whom the graph cannot tell: the letter went in
 *                         without them, and a person is asked for the full name
 * @param proposedPrograms programs the letter names that the graph does not hold: the letter went in without them
 * @param warnings         what a person should know about the write, in plain words
 */
public record WriteResult(String letterId, List<ResolvedName> created, List<ResolvedName> matched,
		List<Proposal> review, List<NameQuestion> needsName, List<ProposedProgram> proposedPrograms,
		List<String> warnings) {

	public WriteResult {
		needsName = (needsName != null) ? List.copyOf(needsName) : List.of();
		proposedPrograms = (proposedPrograms != null) ? List.copyOf(proposedPrograms) : List.of();
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}

	public WriteResult(String letterId, List<ResolvedName> created, List<ResolvedName> matched,
			List<Proposal> review) {
		this(letterId, created, matched, review, List.of(), List.of(), List.of());
	}

	/**
	 * A name on the letter and the actor it went to; {@code how} is ID, NAME, ALIAS, NEW, SURNAME_AND_TITLE (a
	 * surname and title that fit one known actor) or SURNAME_ON_LETTER (a surname that fits the one actor the letter
	 * already names in that role).
	 */
	public record ResolvedName(String name, String actorId, String how) {
	}

	/**
	 * Someone the letter names by surname only ("Secretary Mayorkas") whom the graph cannot tell: no known actor of
	 * that surname and title, or more than one. No actor is created for a bare surname; ingesting the letter again
	 * with the full name adds the edge.
	 *
	 * @param role       ADDRESSEE, CC, LEAD, SIGNER or ENDORSER
	 * @param field      where in the record it is ({@code addressees[0]})
	 * @param title      the title the letter gives, if any
	 * @param surname    the surname as written
	 * @param candidates the known actors of that surname (those whose title fits, when any does)
	 */
	public record NameQuestion(String role, String field, String title, String surname,
			List<NameCandidate> candidates) {

		public NameQuestion {
			candidates = List.copyOf(candidates);
		}

		/** "Secretary Mayorkas": how the letter names the person, as kept on the letter. */
		public String written() {
			return (this.title != null && !this.title.isBlank()) ? this.title.strip() + " " + this.surname
					: this.surname;
		}
	}

	/** A known actor a surname may stand for. */
	public record NameCandidate(String actorId, String name, List<String> titles) {

		public NameCandidate {
			titles = List.copyOf(titles);
		}
	}

	/** A program the letter names and the graph does not hold, with what the letter asks of it. */
	public record ProposedProgram(String program, String ask) {
	}
}
