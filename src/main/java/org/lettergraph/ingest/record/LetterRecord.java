package org.lettergraph.ingest.record;

import java.time.LocalDate;
import java.util.List;

/**
 * One letter, in the interchange format every parser produces and the write path consumes (YAML or JSON).
 *
 * @param id                           optional; {@code letter:<date>-<slug of title>} when absent
 * @param title                        the subject ("Re:") line, or a short description of the letter
 * @param titleIsDescriptive           true when the sources give no subject line and the title describes the letter
 * @param date                         when the letter was sent, if known
 * @param asks                         what the letter asks for, in short
 * @param reportedSignerCount          the signer count as the sources state it
 * @param reportedSignerCountQualifier EXACTLY, ABOUT or MORE_THAN
 * @param sources                      ids of the sources that report the letter; every edge defaults to these
 * @param sourceDetails                sources the record brings along: created when absent, never changed when present
 * @param reports                      per source: the signer count that source states
 * @param programs                     what the letter is about and asks of each program
 * @param leads                        who led the letter, in order
 * @param signers                      who signed it, in signature order (after the leads)
 * @param endorsers                    who backed it without signing
 * @param addressees                   whom it is addressed to, in order
 * @param cc                           who was copied, in order
 */
public record LetterRecord(String id, String title, Boolean titleIsDescriptive, LocalDate date, List<String> asks,
		Integer reportedSignerCount, String reportedSignerCountQualifier, List<String> sources,
		List<ReferenceRecords.SourceRecord> sourceDetails, List<Report> reports,
		List<ProgramAsk> programs, List<Participant> leads, List<Participant> signers, List<Participant> endorsers,
		List<Participant> addressees, List<Participant> cc) {

	public LetterRecord {
		asks = copy(asks);
		sources = copy(sources);
		sourceDetails = copy(sourceDetails);
		reports = copy(reports);
		programs = copy(programs);
		leads = copy(leads);
		signers = copy(signers);
		endorsers = copy(endorsers);
		addressees = copy(addressees);
		cc = copy(cc);
	}

	/** What one source says of the letter's signers. */
	public record Report(String source, Integer signerCount, String signerCountQualifier) {
	}

	/** What the letter asks of one program. */
	public record ProgramAsk(String program, String ask, List<String> sources) {

		public ProgramAsk {
			sources = copy(sources);
		}
	}

	private static <T> List<T> copy(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}
}
