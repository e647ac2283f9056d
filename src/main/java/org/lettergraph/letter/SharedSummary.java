package org.lettergraph.letter;

import java.util.function.Supplier;

/**
 * The aggregate and the year group-by of one {@code letters} list, read together by one statement the first time
 * either is resolved, when the request asks for both (see {@link Aggregates#lettersByYear}).
 */
final class SharedSummary {

	private Aggregates.AggregateByYear value;

	synchronized Aggregates.AggregateByYear get(Supplier<Aggregates.AggregateByYear> read) {
		if (this.value == null) {
			this.value = read.get();
		}
		return this.value;
	}
}
