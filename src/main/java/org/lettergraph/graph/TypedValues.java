package org.lettergraph.graph;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Node and relationship properties as plain JSON-friendly values that keep their Neo4j type, so that what is written
 * back is exactly what was read: a date stays a date, a whole number a whole number, a time keeps its offset and
 * nanoseconds. Used where the service keeps a copy of part of the graph to put it back later (a merge's record).
 */
public final class TypedValues {

	private TypedValues() {
	}

	/** Each property as {@code {type, value}}. */
	public static Map<String, Object> encode(Map<String, Object> properties) {
		Map<String, Object> result = new LinkedHashMap<>();
		properties.forEach((key, value) -> result.put(key, encodeValue(key, value)));
		return result;
	}

	/** The properties {@link #encode} was given, with the same Java (and so Neo4j) types. */
	public static Map<String, Object> decode(Map<String, Object> encoded) {
		Map<String, Object> result = new LinkedHashMap<>();
		encoded.forEach((key, value) -> result.put(key, decodeValue(Rows.map(value))));
		return result;
	}

	private static Map<String, Object> encodeValue(String key, Object value) {
		String type;
		Object plain;
		if (value instanceof String s) {
			type = "STRING";
			plain = s;
		}
		else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
			type = "INTEGER";
			plain = ((Number) value).longValue();
		}
		else if (value instanceof Double || value instanceof Float) {
			type = "FLOAT";
			plain = ((Number) value).doubleValue();
		}
		else if (value instanceof Boolean b) {
			type = "BOOLEAN";
			plain = b;
		}
		else if (value instanceof LocalDate d) {
			type = "DATE";
			plain = d.toString();
		}
		else if (value instanceof ZonedDateTime z) {
			type = "DATE_TIME";
			plain = z.toString();
		}
		else if (value instanceof OffsetDateTime o) {
			type = "DATE_TIME";
			plain = o.toZonedDateTime().toString();
		}
		else if (value instanceof LocalDateTime l) {
			type = "LOCAL_DATE_TIME";
			plain = l.toString();
		}
		else if (value instanceof Collection<?> values) {
			type = "LIST";
			List<Object> items = new ArrayList<>();
			for (Object item : values) {
				items.add(encodeValue(key, item));
			}
			plain = items;
		}
		else {
			throw new IllegalArgumentException("Property '" + key + "' holds a value of a type the service cannot "
					+ "keep a copy of: " + ((value == null) ? "null" : value.getClass().getSimpleName()));
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("type", type);
		result.put("value", plain);
		return result;
	}

	private static Object decodeValue(Map<String, Object> typed) {
		Object value = typed.get("value");
		return switch (String.valueOf(typed.get("type"))) {
			case "STRING" -> (String) value;
			case "INTEGER" -> ((Number) value).longValue();
			case "FLOAT" -> ((Number) value).doubleValue();
			case "BOOLEAN" -> (Boolean) value;
			case "DATE" -> LocalDate.parse((String) value);
			case "DATE_TIME" -> ZonedDateTime.parse((String) value);
			case "LOCAL_DATE_TIME" -> LocalDateTime.parse((String) value);
			case "LIST" -> ((Collection<?>) value).stream().map(item -> decodeValue(Rows.map(item))).toList();
			default -> throw new IllegalArgumentException("Not a typed value: " + typed);
		};
	}
}
