package org.lettergraph.ingest.text;

import java.util.List;

import org.lettergraph.ingest.legislators.LawmakerDirectory.Lookup;
import org.lettergraph.ingest.legislators.LawmakerDirectory;
import org.lettergraph.ingest.legislators.LawmakerReference;
import org.lettergraph.ingest.legislators.Legislator;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.names.NameKey;

/**
 * Members of Congress on a letter, resolved through the directory when there is one. An unsure name is kept by
 * name with a warning for a person to settle; it is never matched to the likeliest member.
 */
final class Lawmakers {

	private Lawmakers() {
	}

	static Participant participant(LawmakerReference reference, String title, String organization, int line,
			LawmakerDirectory directory, List<String> warnings) {
		if (directory == null) {
			return new Participant(null, reference.name(), "LAWMAKER", null, title, organization, null);
		}
		Lookup lookup = directory.resolve(reference);
		if (lookup.found()) {
			Legislator member = lookup.candidates().get(0);
			List<String> aliases = NameKey.of(reference.name()).equals(NameKey.of(member.name())) ? List.of()
					: List.of(reference.name());
			return new Participant(member.id(), member.name(), "LAWMAKER", aliases, title, organization, null);
		}
		warnings.add("line " + line + ": " + lookup.problem().orElse("") + " Kept by name for a person to resolve.");
		return new Participant(null, reference.name(), "LAWMAKER", null, title, organization, null);
	}
}
