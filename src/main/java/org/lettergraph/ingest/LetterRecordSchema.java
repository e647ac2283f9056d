package org.lettergraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The letter record's JSON Schema ({@code schema/letter-record.schema.json}, shipped in the jar and usable in any
 * editor). It checks types, formats, enumerations and id patterns; unknown fields (reported with their line) and
 * the rules that span fields are left to the reader and {@link RecordChecks}, which say them more plainly.
 */
@Component
class LetterRecordSchema {

	private static final Set<String> CHECKED = Set.of("type", "format", "enum", "pattern", "minimum", "minLength");

	private final JsonSchema schema;

	LetterRecordSchema() {
		try (InputStream in = new ClassPathResource("schema/letter-record.schema.json").getInputStream()) {
			this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The letter record schema is missing from the classpath", ex);
		}
	}

	/** Each problem as "field.path: what is wrong", in document order. */
	List<String> problems(JsonNode record) {
		return this.schema.validate(record)
			.stream()
			.filter(m -> CHECKED.contains(m.getType()))
			.filter(m -> !insideParticipantChoice(m))
			.sorted(Comparator.comparing(m -> m.getInstanceLocation().toString()))
			.map(m -> field(m) + ": " + m.getError() + got(m))
			.distinct()
			.toList();
	}

	/** A participant may be a string or a map; the schema's reports for the branch not taken are noise. */
	private static boolean insideParticipantChoice(ValidationMessage m) {
		return m.getEvaluationPath().toString().contains("oneOf") && m.getType().equals("type");
	}

	private static String got(ValidationMessage m) {
		JsonNode value = m.getInstanceNode();
		return (value != null && value.isValueNode()) ? "; got " + value + "." : ".";
	}

	/** "/signers/1/name" or "$.signers[1].name" as "signers[1].name". */
	private static String field(ValidationMessage m) {
		String path = m.getInstanceLocation().toString();
		if (path.startsWith("$")) {
			path = path.substring(1).replaceFirst("^\\.", "");
		}
		else {
			path = path.replaceAll("/(\\d+)", "[$1]").replace('/', '.').replaceFirst("^\\.", "");
		}
		return path.isEmpty() ? "(record)" : path;
	}
}
