package org.lettergraph.letter;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.letter.Aggregates.Aggregate;
import org.lettergraph.letter.Aggregates.ActorGroupField;
import org.lettergraph.letter.Aggregates.Group;
import org.lettergraph.letter.Aggregates.LetterGroupField;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code aggregate} and {@code groupBy} on the lists {@code letters(where)} and {@code actors(where)}: one statement
 * each, over every item the filter keeps (not only the page); one for both when a letters request asks for the
 * aggregate and the group-by per year alone.
 */
@Controller
class AggregateController {

	private final Aggregates aggregates;

	AggregateController(Aggregates aggregates) {
		this.aggregates = aggregates;
	}

	@SchemaMapping(typeName = "LetterConnection", field = "aggregate")
	Aggregate letterAggregate(DataFetchingEnvironment env) {
		LetterWhere where = filter(env, LetterWhere.class, "aggregate");
		SharedSummary summary = summary(env);
		return (summary != null) ? summary.get(() -> this.aggregates.lettersByYear(where)).aggregate()
				: this.aggregates.letters(where);
	}

	@SchemaMapping(typeName = "LetterConnection", field = "groupBy")
	List<Group> letterGroups(@Argument LetterGroupField field, DataFetchingEnvironment env) {
		LetterWhere where = filter(env, LetterWhere.class, "groupBy");
		SharedSummary summary = summary(env);
		return (summary != null && field == LetterGroupField.YEAR)
				? summary.get(() -> this.aggregates.lettersByYear(where)).years() : this.aggregates.letters(where, field);
	}

	@SchemaMapping(typeName = "ActorList", field = "aggregate")
	Aggregate actorAggregate(DataFetchingEnvironment env) {
		return this.aggregates.actors(filter(env, ActorWhere.class, "aggregate"));
	}

	@SchemaMapping(typeName = "ActorList", field = "groupBy")
	List<Group> actorGroups(@Argument ActorGroupField field, DataFetchingEnvironment env) {
		return this.aggregates.actors(filter(env, ActorWhere.class, "groupBy"), field);
	}

	/** The aggregate and year groups shared by this list's fields, when its request asks for both. */
	private static SharedSummary summary(DataFetchingEnvironment env) {
		return (env.getLocalContext() instanceof FilteredList list) ? list.summary() : null;
	}

	private static <T> T filter(DataFetchingEnvironment env, Class<T> type, String field) {
		if (env.getLocalContext() instanceof FilteredList list && list.list() == env.getSource()
				&& type.isInstance(list.where())) {
			return type.cast(list.where());
		}
		throw new InvalidArgumentException(field, "is answered on the top-level lists letters(where: …) and "
				+ "actors(where: …); ask it there with the same filter.");
	}
}
