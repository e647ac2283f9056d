package org.lettergraph.graph;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A piece of a Cypher statement (a condition, an ordering) with the parameters it uses. Only this package makes
 * one: from a file under {@code cypher/queries/} ({@link Composer#of}), from an allow-listed label or relationship
 * type, or by joining fragments with AND, OR and NOT. So a statement put together from fragments holds no text a
 * client sent; every value a client sent is a parameter.
 */
public final class Fragment {

	/** The condition that holds for everything: what an absent filter stands for. */
	public static final Fragment TRUE = new Fragment("true", Map.of());

	private final String text;

	private final Map<String, Object> parameters;

	Fragment(String text, Map<String, Object> parameters) {
		this.text = text;
		// Values may be null (an open end of a range), which Map.copyOf refuses.
		this.parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}

	/** A node label checked against {@link GraphSchema#LABELS}, for a {@code __LABEL__} slot. */
	public static Fragment label(String label) {
		return new Fragment(GraphSchema.label(label), Map.of());
	}

	/** Relationship types checked against {@link GraphSchema#RELATIONSHIP_TYPES}, joined for a pattern. */
	public static Fragment types(Collection<String> types) {
		if (types.isEmpty()) {
			throw new IllegalArgumentException("A pattern needs at least one relationship type");
		}
		return new Fragment(String.join("|", types.stream().map(GraphSchema::relationshipType).distinct().toList()),
				Map.of());
	}

	/** This expression as an ordering key: followed by ASC or DESC. */
	public Fragment ordered(boolean descending) {
		return new Fragment(this.text + (descending ? " DESC" : " ASC"), this.parameters);
	}

	public String text() {
		return this.text;
	}

	public Map<String, Object> parameters() {
		return this.parameters;
	}

	public boolean isTrue() {
		return this == TRUE;
	}

	/** Every fragment's condition must hold; TRUE when there are none. */
	public static Fragment and(List<Fragment> parts) {
		return join(parts, " AND ", TRUE);
	}

	/** At least one fragment's condition holds; FALSE when there are none. */
	public static Fragment or(List<Fragment> parts) {
		return join(parts, " OR ", new Fragment("false", Map.of()));
	}

	public static Fragment not(Fragment part) {
		return new Fragment("NOT (" + part.text + ")", part.parameters);
	}

	/** Fragments joined with commas, for an ORDER BY or a list of expressions. */
	public static Fragment list(List<Fragment> parts) {
		return join(parts, ", ", null);
	}

	/** Subquery bodies that each return the same columns, joined by UNION ALL (their rows all kept). */
	public static Fragment unionAll(List<Fragment> parts) {
		if (parts.isEmpty()) {
			throw new IllegalArgumentException("Nothing to join");
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		StringBuilder text = new StringBuilder();
		for (Fragment part : parts) {
			if (!text.isEmpty()) {
				text.append("\nUNION ALL\n");
			}
			text.append(part.text);
			parameters.putAll(part.parameters);
		}
		return new Fragment(text.toString(), parameters);
	}

	private static Fragment join(List<Fragment> parts, String operator, Fragment empty) {
		List<Fragment> kept = parts.stream().filter(p -> !(p.isTrue() && " AND ".equals(operator))).toList();
		if (kept.isEmpty()) {
			if (empty == null) {
				throw new IllegalArgumentException("Nothing to join");
			}
			return empty;
		}
		if (kept.size() == 1) {
			return kept.get(0);
		}
		Map<String, Object> parameters = new LinkedHashMap<>();
		StringBuilder text = new StringBuilder();
		for (Fragment part : kept) {
			if (!text.isEmpty()) {
				text.append(operator);
			}
			text.append(", ".equals(operator) ? part.text : "(" + part.text + ")");
			parameters.putAll(part.parameters);
		}
		return new Fragment(text.toString(), parameters);
	}

	@Override
	public String toString() {
		return this.text;
	}
}
