package org.lettergraph.program;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lettergraph.graph.Edge;
import org.lettergraph.graph.GraphWrites;

import org.springframework.stereotype.Component;

/** Writes program nodes and who runs them, inside a write of {@link GraphWrites}. */
@Component
public class ProgramWrites {

	private final GraphWrites writes;

	ProgramWrites(GraphWrites writes) {
		this.writes = writes;
	}

	/** A program as a reference record states it; aliases and sources only ever grow. */
	public record ProgramFacts(String id, String name, String description, List<String> aliases,
			List<String> sources) {
	}

	public void write(List<ProgramFacts> programs) {
		if (!programs.isEmpty()) {
			this.writes.update("programs/write", Map.of("rows", programs.stream().map(ProgramWrites::row).toList()));
		}
	}

	/** RUN_BY edges from programs to the agencies that run them. */
	public void runBy(List<Edge> edges) {
		this.writes.link("Program", "RUN_BY", "Organization", edges);
	}

	private static Map<String, Object> row(ProgramFacts p) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("name", p.name());
		if (p.description() != null) {
			properties.put("description", p.description());
		}
		return Map.of("id", p.id(), "properties", properties, "aliases", p.aliases(), "sources", p.sources());
	}
}
