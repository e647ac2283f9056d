package org.lettergraph.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;

/**
 * Property values in a backup file, without loss: a string, boolean, integer or float is the JSON value itself
 * (an integer never has a decimal point, a float always has one or an exponent), a list is a JSON array, and
 * what JSON has no type for is an object with one key naming the Neo4j type: {@code {"date": "2024-11-15"}},
 * {@code {"datetime": "2024-11-15T10:00:00Z"}} (with the zone id when it has one), {@code {"localdatetime": …}},
 * {@code {"time": "10:00:00+01:00"}}, {@code {"localtime": …}}, {@code {"duration": {"months": 0, "days": 1,
 * "seconds": 0, "nanoseconds": 0}}}, and {@code {"float": "NaN"}} for the floats JSON cannot write.
 */
final class PropertyValues {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private PropertyValues() {
	}

	static ObjectNode encode(Map<String, Object> properties) {
		ObjectNode result = JSON.objectNode();
		new java.util.TreeMap<>(properties).forEach((key, value) -> result.set(key, encodeValue(key, value)));
		return result;
	}

	private static JsonNode encodeValue(String key, Object value) {
		if (value instanceof String s) {
			return JSON.textNode(s);
		}
		if (value instanceof Boolean b) {
			return JSON.booleanNode(b);
		}
		if (value instanceof Long l) {
			return JSON.numberNode(l);
		}
		if (value instanceof Integer i) {
			return JSON.numberNode(i.longValue());
		}
		if (value instanceof Double d) {
			return Double.isFinite(d) ? JSON.numberNode(d) : tagged("float", JSON.textNode(Double.toString(d)));
		}
		if (value instanceof LocalDate d) {
			return tagged("date", JSON.textNode(d.toString()));
		}
		if (value instanceof ZonedDateTime t) {
			return tagged("datetime", JSON.textNode(DateTimeFormatter.ISO_ZONED_DATE_TIME.format(t)));
		}
		if (value instanceof LocalDateTime t) {
			return tagged("localdatetime", JSON.textNode(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t)));
		}
		if (value instanceof OffsetTime t) {
			return tagged("time", JSON.textNode(DateTimeFormatter.ISO_OFFSET_TIME.format(t)));
		}
		if (value instanceof LocalTime t) {
			return tagged("localtime", JSON.textNode(DateTimeFormatter.ISO_LOCAL_TIME.format(t)));
		}
		if (value instanceof IsoDuration d) {
			ObjectNode parts = JSON.objectNode();
			parts.put("months", d.months());
			parts.put("days", d.days());
			parts.put("seconds", d.seconds());
			parts.put("nanoseconds", d.nanoseconds());
			return tagged("duration", parts);
		}
		if (value instanceof List<?> list) {
			var array = JSON.arrayNode();
			list.forEach(element -> array.add(encodeValue(key, element)));
			return array;
		}
		throw new BackupException("Property '" + key + "' holds a value of a kind a backup cannot keep ("
				+ ((value != null) ? value.getClass().getSimpleName() : "null") + ").");
	}

	private static ObjectNode tagged(String type, JsonNode value) {
		ObjectNode node = JSON.objectNode();
		node.set(type, value);
		return node;
	}

	/** The properties of one node or relationship, as values the driver sends to Neo4j. */
	static Map<String, Object> decode(JsonNode properties, String where) {
		if (properties == null || properties.isNull()) {
			return Map.of();
		}
		if (!properties.isObject()) {
			throw new BackupException(where + ": \"properties\" must be an object.");
		}
		Map<String, Object> result = new LinkedHashMap<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> field = it.next();
			String key = field.getKey();
			JsonNode value = field.getValue();
			if (value.isArray()) {
				List<Object> list = new ArrayList<>();
				Class<?> kind = null;
				for (JsonNode element : value) {
					if (element.isArray()) {
						throw new BackupException(where + ": property '" + key + "' holds a list of lists.");
					}
					Object decoded = decodeValue(key, element, where);
					if (kind != null && decoded.getClass() != kind) {
						throw new BackupException(where + ": property '" + key + "' mixes kinds of values in one list.");
					}
					kind = decoded.getClass();
					list.add(decoded);
				}
				result.put(key, list);
			}
			else {
				result.put(key, decodeValue(key, value, where));
			}
		}
		return result;
	}

	private static Object decodeValue(String key, JsonNode value, String where) {
		if (value.isTextual()) {
			return value.textValue();
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isIntegralNumber()) {
			if (!value.canConvertToLong()) {
				throw new BackupException(where + ": property '" + key + "' is an integer too large for Neo4j.");
			}
			return value.longValue();
		}
		if (value.isFloatingPointNumber()) {
			return value.doubleValue();
		}
		if (value.isObject() && value.size() == 1) {
			String type = value.fieldNames().next();
			JsonNode inner = value.get(type);
			try {
				switch (type) {
					case "date":
						return LocalDate.parse(text(inner));
					case "datetime":
						return ZonedDateTime.parse(text(inner), DateTimeFormatter.ISO_ZONED_DATE_TIME);
					case "localdatetime":
						return LocalDateTime.parse(text(inner), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
					case "time":
						return OffsetTime.parse(text(inner), DateTimeFormatter.ISO_OFFSET_TIME);
					case "localtime":
						return LocalTime.parse(text(inner), DateTimeFormatter.ISO_LOCAL_TIME);
					case "float":
						return Double.valueOf(text(inner));
					case "duration":
						if (inner.isObject() && inner.path("months").canConvertToLong() && inner.path("days").canConvertToLong()
								&& inner.path("seconds").canConvertToLong() && inner.path("nanoseconds").canConvertToInt()) {
							return Values.isoDuration(inner.get("months").longValue(), inner.get("days").longValue(),
									inner.get("seconds").longValue(), inner.get("nanoseconds").intValue()).asIsoDuration();
						}
						throw new BackupException(where + ": property '" + key
								+ "': a duration needs whole months, days, seconds and nanoseconds.");
					default:
						break;
				}
			}
			catch (DateTimeParseException | NumberFormatException ex) {
				throw new BackupException(where + ": property '" + key + "': not a valid " + type + " (" + inner + ").");
			}
		}
		if (value.isNull()) {
			throw new BackupException(where + ": property '" + key + "' is null; Neo4j stores no nulls.");
		}
		throw new BackupException(where + ": property '" + key + "' has a value a backup does not hold: " + value);
	}

	private static String text(JsonNode node) {
		if (node == null || !node.isTextual()) {
			throw new NumberFormatException("not text");
		}
		return node.textValue();
	}
}
