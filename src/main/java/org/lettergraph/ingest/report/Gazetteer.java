package org.lettergraph.ingest.report;

import java.time.LocalDate;
import java.util.List;

import org.lettergraph.ingest.legislators.LawmakerDirectory;
import org.lettergraph.ingest.record.KnownProgram;

/**
 * What the graph knows that a report may name: actors with their names and aliases, the members of Congress (to
 * find "Reps. Schakowsky, Quigley, and Espaillat" by surname), programs, people's affiliations, and letters with
 * who took part in them, so a reported letter can be matched to one already held.
 */
public record Gazetteer(List<KnownActor> actors, LawmakerDirectory lawmakers, List<KnownProgram> programs,
		List<KnownLetter> letters) {

	public Gazetteer {
		actors = List.copyOf(actors);
		programs = List.copyOf(programs);
		letters = List.copyOf(letters);
	}

	/**
	 * An actor the graph holds.
	 *
	 * @param kind         ORGANIZATION, LAWMAKER, OFFICIAL or PERSON
	 * @param title        an official's title on a letter ("Secretary"), if any
	 * @param organization the agency that title is in ("U.S. Department of Homeland Security"), if any
	 * @param affiliations a person's organizations and titles
	 */
	public record KnownActor(String id, String kind, String name, List<String> aliases, String title,
			String organization, List<Affiliation> affiliations) {

		public KnownActor {
			aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
			affiliations = (affiliations != null) ? List.copyOf(affiliations) : List.of();
		}
	}

	/** A person's place in an organization. */
	public record Affiliation(String organizationId, String title) {
	}

	/**
	 * A letter the graph holds, with its edges as written, so that what a new report adds keeps what is there.
	 *
	 * @param signers     how many SIGNED edges it has with role SIGNER (their positions follow the leads')
	 * @param firstSigner the signer in the first position after the leads, to keep a letter with only signers whole
	 */
	public record KnownLetter(String id, String title, boolean titleIsDescriptive, LocalDate date, List<String> asks,
			Integer reportedSignerCount, String reportedSignerCountQualifier, List<KnownEdge> leads, int signers,
			KnownEdge firstSigner, List<KnownEdge> endorsers, List<KnownEdge> addressees,
			List<KnownConcern> programs) {

		public KnownLetter {
			asks = List.copyOf(asks);
			leads = List.copyOf(leads);
			endorsers = List.copyOf(endorsers);
			addressees = List.copyOf(addressees);
			programs = List.copyOf(programs);
		}
	}

	/** One participant's edge on a letter, as the graph holds it. */
	public record KnownEdge(String actorId, Integer position, String title, String organization,
			List<String> sources) {

		public KnownEdge {
			sources = (sources != null) ? List.copyOf(sources) : List.of();
		}
	}

	/** What a letter asks of one program, as the graph holds it. */
	public record KnownConcern(String programId, String ask, List<String> sources) {

		public KnownConcern {
			sources = (sources != null) ? List.copyOf(sources) : List.of();
		}
	}
}
