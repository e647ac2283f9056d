package org.lettergraph.ingest.record;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts a dataset holds besides letters: its sources, the programs letters are about, and the actors with what
 * is known of them (parties, titles, affiliations, who is quoted where).
 */
public record ReferenceRecords(List<SourceRecord> sources, List<ProgramRecord> programs, List<ActorRecord> actors) {

	public ReferenceRecords {
		sources = (sources != null) ? List.copyOf(sources) : List.of();
		programs = (programs != null) ? List.copyOf(programs) : List.of();
		actors = (actors != null) ? List.copyOf(actors) : List.of();
	}

	/** A document, cited by title, publisher and date; its text is not kept. */
	public record SourceRecord(String id, String title, String publisher, LocalDate date, String dateNote,
			String kind, String author, String location) {
	}

	public record ProgramRecord(String id, String name, List<String> aliases, String description,
			List<String> sources, List<Link> runBy) {

		public ProgramRecord {
			aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
			sources = (sources != null) ? List.copyOf(sources) : List.of();
			runBy = (runBy != null) ? List.copyOf(runBy) : List.of();
		}
	}

	/**
	 * An actor and its facts. {@code affiliations} become AFFILIATED_WITH (people) or HOLDS_OFFICE (officials)
	 * edges to organizations; {@code statements}, {@code mentions} and {@code authored} list the sources it is
	 * quoted in, appears in, or wrote.
	 */
	public record ActorRecord(String id, String kind, String name, List<String> aliases, String category,
			String description, String bioguideId, String party, String state, String chamber, Integer district,
			String title, List<String> sources, List<Link> affiliations, List<String> statements,
			List<String> mentions, List<String> authored) {

		public ActorRecord {
			aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
			sources = (sources != null) ? List.copyOf(sources) : List.of();
			affiliations = (affiliations != null) ? List.copyOf(affiliations) : List.of();
			statements = (statements != null) ? List.copyOf(statements) : List.of();
			mentions = (mentions != null) ? List.copyOf(mentions) : List.of();
			authored = (authored != null) ? List.copyOf(authored) : List.of();
		}
	}

	/** An edge to another node by id, with the title it carries and its sources. */
	public record Link(String target, String title, List<String> sources) {

		public Link {
			sources = (sources != null) ? List.copyOf(sources) : List.of();
		}
	}
}
