package org.lettergraph.ingest.report;

import java.util.List;

import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.ReferenceRecords.SourceRecord;

/**
 * What a report was read as. Nothing of the report's wording is kept but names, titles and (cut) its headline.
 *
 * @param source    the source the report becomes
 * @param dateline  the place its dateline gives ("WASHINGTON"), if any
 * @param mentions  every actor and program it names, with the line
 * @param quoted    the people it quotes or cites for an organization
 * @param letters   the letters it reports: matched to one the graph holds, or new
 * @param counts    the signer counts it states
 * @param proposals what the graph does not hold yet (new actors, programs, aliases), for a person to confirm
 * @param warnings  what a person should check (relative dates resolved, spellings read as known names, …)
 * @param errors    what keeps the report from going in; nothing is written while any stands
 */
public record ReportReading(SourceRecord source, String dateline, List<Mention> mentions, List<Quoted> quoted,
		List<ReportedLetter> letters, List<StatedCount> counts, List<Proposal> proposals, List<String> warnings,
		List<String> errors) {

	public ReportReading {
		mentions = List.copyOf(mentions);
		quoted = List.copyOf(quoted);
		letters = List.copyOf(letters);
		counts = List.copyOf(counts);
		proposals = List.copyOf(proposals);
		warnings = List.copyOf(warnings);
		errors = List.copyOf(errors);
	}

	/**
	 * A name the report uses and what it is.
	 *
	 * @param actorId the actor (or program) it is: a known one, or the id proposed for a new one
	 * @param kind    ORGANIZATION, LAWMAKER, OFFICIAL, PERSON or PROGRAM
	 * @param how     NAME, ALIAS, ACRONYM, SURNAME (a lawmaker or a person named earlier), TITLE (an official by
	 *                title and name), SPELLING (read as a known name it is one letter or word off), NEW (proposed)
	 */
	public record Mention(String name, String actorId, String kind, int line, String how) {
	}

	/**
	 * Someone quoted or speaking for an organization. Their words are not kept.
	 *
	 * @param personId       the person: known, or the id proposed
	 * @param organizationId the organization: known, or the id proposed; null when it could not be told
	 */
	public record Quoted(String name, String personId, String title, String organization, String organizationId,
			int line) {
	}

	/**
	 * A letter the report tells of.
	 *
	 * @param matchedLetterId the letter in the graph it is, when one scored above the threshold
	 * @param record          what is written: for a matched letter its facts as held plus what this report adds
	 * @param score           how well the best letter in the graph fits (0 when none came close)
	 * @param reasons         why it was matched, or why it was not
	 * @param write           whether confirming writes it: a new letter needs someone who led, signed or endorsed it
	 */
	public record ReportedLetter(String matchedLetterId, LetterRecord record, double score, List<String> reasons,
			int line, boolean write) {

		public ReportedLetter {
			reasons = List.copyOf(reasons);
		}
	}

	/**
	 * A signer count as stated: "more than 60 members of Congress" is 60, MORE_THAN, of "members of Congress".
	 */
	public record StatedCount(int count, String qualifier, String of, int line) {
	}

	/**
	 * Something the graph does not hold yet.
	 *
	 * @param kind        ORGANIZATION, OFFICIAL, PERSON or PROGRAM (a new node); ALIAS (a new name for the
	 *                    candidate); SPELLING (read as the candidate, not kept as a name); LAWMAKER (a member of
	 *                    Congress not in the lawmaker data, not created)
	 * @param id          the id a new node would take
	 * @param candidateId the known actor an ALIAS or SPELLING is read as
	 * @param aliases     further names of a new node (an acronym the report defines)
	 * @param title       a new official's or person's title, if the report gives one
	 * @param write       whether confirming writes it (a SPELLING or an unknown LAWMAKER is only reported)
	 */
	public record Proposal(String name, String kind, String reason, String candidateId, String id,
			List<String> aliases, String title, int line, boolean write) {

		public Proposal {
			aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		}
	}
}
