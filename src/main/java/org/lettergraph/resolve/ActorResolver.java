package org.lettergraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lettergraph.graph.Rows;

import org.springframework.stereotype.Component;

/**
 * Finds the existing actors that names already stand for. Only exact matches of the normalised key of a name or
 * alias count; anything looser is for a person to decide.
 */
@Component
public class ActorResolver {

	private final Rows rows;

	ActorResolver(Rows rows) {
		this.rows = rows;
	}

	/** An existing actor a key matched: its id, its kind's label, and whether the key is its primary name. */
	public record Match(String key, String id, String label, boolean primary) {
	}

	/** For each key, the actors known by it, primary-name matches first; keys with no match are absent. */
	public Map<String, List<Match>> existing(Collection<String> keys) {
		Map<String, List<Match>> result = new LinkedHashMap<>();
		List<String> wanted = keys.stream().filter(k -> !k.isEmpty()).distinct().toList();
		if (wanted.isEmpty()) {
			return result;
		}
		this.rows.list("review/resolve-names", Map.of("keys", wanted))
			.forEach(row -> result.computeIfAbsent(Rows.string(row, "key"), k -> new ArrayList<>())
				.add(new Match(Rows.string(row, "key"), Rows.string(row, "id"), Rows.string(row, "label"),
						Rows.flag(row, "primary"))));
		return result;
	}
}
