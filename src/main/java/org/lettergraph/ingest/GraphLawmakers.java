package org.lettergraph.ingest;

import java.util.List;
import java.util.Map;

import org.lettergraph.graph.Rows;
import org.lettergraph.ingest.legislators.LawmakerDirectory;
import org.lettergraph.ingest.legislators.Legislator;

/**
 * The members of Congress the graph holds, as the readers need them to find "Rep. Omar (D-Minn.)" in a letter or
 * "Reps. Schakowsky, Quigley, and Espaillat" in a news story.
 */
final class GraphLawmakers {

	private GraphLawmakers() {
	}

	/** One read ({@code actors/lawmakers}); a lawmaker without a bioguide id cannot be told apart and is left out. */
	static LawmakerDirectory directory(Rows rows) {
		List<Legislator> known = rows.list("actors/lawmakers", Map.of()).stream().map(row -> {
			Map<String, Object> m = Rows.map(row.get("lawmaker"));
			String name = Rows.string(m, "name");
			String[] words = name.split(" ");
			return new Legislator(Rows.string(m, "bioguideId"), name, words[0], null, words[words.length - 1],
					Rows.string(m, "party"), Rows.string(m, "state"), Rows.string(m, "chamber"),
					Rows.integer(m, "district"), Rows.strings(m, "aliases"));
		}).filter(l -> l.bioguideId() != null).toList();
		return LawmakerDirectory.of(known);
	}
}
