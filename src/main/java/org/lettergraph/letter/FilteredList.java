package org.lettergraph.letter;

/**
 * What {@code letters} and {@code actors} hand their connection's fields as local context: the connection and the
 * filter that made it, so {@code aggregate} and {@code groupBy} count what the list holds. A connection further down
 * inherits the context but is another object, which is how {@code aggregate} tells it was not asked of the list
 * itself.
 */
record FilteredList(Object list, Object where) {
}
