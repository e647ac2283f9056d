package org.lettergraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Cypher an analyst can also run by hand, loaded from {@code cypher/queries/} (shipped inside the jar) so the
 * code never keeps a second copy in a Java string. A query is named by its path below that folder without the
 * extension, e.g. {@code letters/page}.
 */
@Component
public class CypherQueries {

	private static final String ROOT = "cypher/queries/";

	private final Map<String, String> queries;

	public CypherQueries() {
		this.queries = load();
	}

	public String get(String name) {
		String query = this.queries.get(name);
		if (query == null) {
			throw new IllegalArgumentException("No Cypher query named '" + name + "' under " + ROOT);
		}
		return query;
	}

	private static Map<String, String> load() {
		Map<String, String> result = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + ROOT + "**/*.cypher")) {
				String url = resource.getURL().toString();
				String name = url.substring(url.lastIndexOf(ROOT) + ROOT.length(), url.length() - ".cypher".length());
				result.put(name, resource.getContentAsString(StandardCharsets.UTF_8).strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Cypher queries under " + ROOT, ex);
		}
		if (result.isEmpty()) {
			throw new IllegalStateException("No Cypher queries found under " + ROOT + " on the classpath");
		}
		return Map.copyOf(result);
	}
}
