package org.lettergraph.ingest.legislators;

import java.util.List;

import org.lettergraph.ingest.record.ReferenceRecords.ActorRecord;

/**
 * A member of Congress as of the current (last) term in congress-legislators, with the name parts a directory
 * needs to find them by surname or nickname.
 *
 * @param bioguideId the Biographical Directory id, e.g. O000173
 * @param name       {@code official_full}, or first and last name when the file gives none
 * @param first      first name
 * @param nickname   the name they go by, when the file gives one ("Jan" for Janice)
 * @param last       last name, possibly several words ("Van Drew", "Díaz-Balart")
 * @param party      party of the current term: Democrat, Republican, Independent
 * @param state      postal code of the current term's state
 * @param chamber    HOUSE or SENATE
 * @param district   House district of the current term (0 for at-large); null for senators
 * @param aliases    other names: first and last name, nickname forms, and "Rep./Sen. …" forms
 */
public record Legislator(String bioguideId, String name, String first, String nickname, String last, String party,
		String state, String chamber, Integer district, List<String> aliases) {

	public static final String SOURCE_ID = "source:congress-legislators";

	public Legislator {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
	}

	public String id() {
		return "lawmaker:" + this.bioguideId;
	}

	/** "Ilhan Omar (D-MN-5)", to tell candidates apart in a message. */
	public String label() {
		String seat = "SENATE".equals(this.chamber) ? this.state + ", Senate"
				: this.state + "-" + ((this.district != null) ? this.district : "?");
		return this.name + " (" + ((this.party != null) ? this.party.substring(0, 1) : "?") + "-" + seat + ")";
	}

	public ActorRecord toActor() {
		return new ActorRecord(id(), "LAWMAKER", this.name, this.aliases, null, null, this.bioguideId, this.party,
				this.state, this.chamber, this.district, null, List.of(SOURCE_ID), null, null, null, null);
	}
}
