package org.lettergraph.program;

import java.util.List;
import java.util.Map;

import org.lettergraph.graph.Rows;
import org.lettergraph.source.Source;

/** A government program or practice that letters are about. */
public record Program(String id, String name, List<String> aliases, String description, List<Source> sources) {

	public static Program from(Object value) {
		Map<String, Object> m = Rows.map(value);
		return new Program(Rows.string(m, "id"), Rows.string(m, "name"), Rows.strings(m, "aliases"),
				Rows.string(m, "description"), Rows.each(m, "sources", Source::from));
	}
}
