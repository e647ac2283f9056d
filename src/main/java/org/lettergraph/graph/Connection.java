package org.lettergraph.graph;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * A Relay connection page. {@code totalCount} is computed only when a client selects it.
 *
 * @param <E> the edge type; it names its own cursor
 */
public record Connection<E extends Connection.Cursored>(List<E> edges, PageInfo pageInfo, IntSupplier counter) {

	/** An edge that knows its cursor. */
	public interface Cursored {

		String cursor();
	}

	/** An edge that carries nothing but its node. */
	public record Edge<T>(String cursor, T node) implements Cursored {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	public int totalCount() {
		return this.counter.getAsInt();
	}

	/**
	 * A page from {@code rows}, fetched with one row more than {@code size} to learn whether another page follows.
	 */
	public static <T, E extends Cursored> Connection<E> of(List<T> rows, int size, boolean hasPrevious,
			Function<T, E> edge, IntSupplier counter) {
		List<E> edges = rows.stream().limit(size).map(edge).toList();
		PageInfo pageInfo = new PageInfo(rows.size() > size, hasPrevious,
				edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, pageInfo, counter);
	}
}
