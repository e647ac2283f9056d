package org.lettergraph.ingest.record;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Someone on a letter, by id or by name. In a record it may be written as a plain string, the name as the letter
 * spells it.
 *
 * @param id      a known actor id (org:…, lawmaker:<bioguide>, official:…, person:…); optional
 * @param name    the name as the letter spells it; required without an id
 * @param kind    ORGANIZATION, LAWMAKER, OFFICIAL or PERSON; defaults by role (organizations sign, officials receive)
 * @param aliases further names or acronyms
 * @param title   the title the letter gives this person, without the agency ("Secretary", "Chief of Staff")
 * @param organization the agency or organization the letter names with the title ("U.S. Department of Homeland
 *                Security"); for addressees, cc and individual signers
 * @param sources source ids for this edge; defaults to the letter's sources
 * @param location where a signer signed from, as the letter gives it ("Elizabeth, NJ"); never part of the name
 */
public record Participant(String id, String name, String kind, List<String> aliases, String title,
		String organization, List<String> sources, String location) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static Participant named(String name) {
		return new Participant(null, name, null, null, null, null, null, null);
	}

	/** Someone on a letter, with no place given. */
	public Participant(String id, String name, String kind, List<String> aliases, String title, String organization,
			List<String> sources) {
		this(id, name, kind, aliases, title, organization, sources, null);
	}

	/** The same participant, signing from {@code location}. */
	public Participant withLocation(String location) {
		return new Participant(this.id, this.name, this.kind, this.aliases, this.title, this.organization,
				this.sources, location);
	}

	@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
	public Participant {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		sources = (sources != null) ? List.copyOf(sources) : List.of();
	}
}
