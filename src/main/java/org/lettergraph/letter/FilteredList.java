package org.lettergraph.letter;

/**
 * What {@code letters} and {@code actors} hand their connection's fields as local context: the connection and the
 * filter that made it, so {@code aggregate} and {@code groupBy} count what the list holds. A connection further down
 * inherits the context but is another object, which is how {@code aggregate} tells it was not asked of the list
 * itself. {@code summary}: set when a {@code letters} request asks for {@code aggregate} and {@code groupBy(field:
 * YEAR)} both, so one statement answers the two; null otherwise.
 */
record FilteredList(Object list, Object where, SharedSummary summary) {

	FilteredList(Object list, Object where) {
		this(list, where, null);
	}
}
