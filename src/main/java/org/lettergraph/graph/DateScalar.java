package org.lettergraph.graph;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** {@code Date}: an ISO-8601 calendar date such as {@code 2024-11-15}. */
final class DateScalar {

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("An ISO-8601 calendar date, e.g. 2024-11-15.")
		.coercing(new Coercing<LocalDate, String>() {
			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof LocalDate date) {
					return date.toString();
				}
				throw new CoercingSerializeException("Not a date: " + value);
			}

			@Override
			public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
				return parse(input, CoercingParseValueException::new);
			}

			@Override
			public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				Object raw = (input instanceof StringValue string) ? string.getValue() : input;
				return parse(raw, CoercingParseLiteralException::new);
			}
		})
		.build();

	/**
	 * {@code DateTime}: an instant as ISO-8601 with its offset, e.g. {@code 2026-11-30T03:12:45.120Z}; when something
	 * was written. Output only in practice, but a client may send one back.
	 */
	static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
		.name("DateTime")
		.description("An ISO-8601 date and time with its offset, e.g. 2026-11-30T03:12:45.120Z.")
		.coercing(new Coercing<OffsetDateTime, String>() {
			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof ZonedDateTime zoned) {
					return zoned.toOffsetDateTime().toString();
				}
				if (value instanceof OffsetDateTime offset) {
					return offset.toString();
				}
				throw new CoercingSerializeException("Not a date and time: " + value);
			}

			@Override
			public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
				return parseDateTime(input, CoercingParseValueException::new);
			}

			@Override
			public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				Object raw = (input instanceof StringValue string) ? string.getValue() : input;
				return parseDateTime(raw, CoercingParseLiteralException::new);
			}
		})
		.build();

	private DateScalar() {
	}

	private static <E extends RuntimeException> OffsetDateTime parseDateTime(Object input,
			java.util.function.Function<String, E> error) {
		if (input instanceof String text) {
			try {
				return OffsetDateTime.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
		}
		throw error.apply("A DateTime is written like 2026-11-30T03:12:45Z; got " + describe(input) + ".");
	}

	private static <E extends RuntimeException> LocalDate parse(Object input,
			java.util.function.Function<String, E> error) {
		if (input instanceof String text) {
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				// reported below
			}
		}
		throw error.apply("A Date is written YYYY-MM-DD, e.g. 2024-11-15; got " + describe(input) + ".");
	}

	private static String describe(Object input) {
		return (input instanceof String text) ? "'" + text + "'" : String.valueOf(input);
	}
}
