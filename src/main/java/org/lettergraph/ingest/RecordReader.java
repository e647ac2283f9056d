package org.lettergraph.ingest;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.ReferenceRecords;
import org.yaml.snakeyaml.LoaderOptions;

import org.springframework.stereotype.Component;

/**
 * Reads letter and reference records from YAML or JSON (JSON is YAML too). A misspelt or unknown field is an error
 * that names it and its line, not something silently ignored.
 * <p>
 * One record file may hold up to {@link #MAX_CODE_POINTS} characters. SnakeYAML's own default (3 MB) is below the
 * reference file of a generated 10,000-letter corpus (4.6 MB, 24,000 organizations); 64 MB holds that of the
 * largest documented one (50,000 letters, 60,000 organizations: 11.8 MB) five times over. Requests are limited
 * separately, and far lower, by {@code lettergraph.ingest.max-document-size}.
 */
@Component
public class RecordReader {

	/** The most characters (code points) one record file may hold. */
	public static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

	private final ObjectMapper yaml = new ObjectMapper(yamlFactory()).registerModule(new JavaTimeModule())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

	private final LetterRecordSchema schema;

	RecordReader(LetterRecordSchema schema) {
		this.schema = schema;
	}

	private static YAMLFactory yamlFactory() {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(MAX_CODE_POINTS);
		return YAMLFactory.builder().loaderOptions(options).build();
	}

	public LetterRecord letter(String text, String origin) {
		checkSize(text, origin);
		JsonNode tree;
		try {
			tree = this.yaml.readTree(text);
		}
		catch (JsonProcessingException ex) {
			throw syntax(origin, ex);
		}
		if (tree == null || !tree.isObject()) {
			throw new IngestException(origin + ": holds no letter record (a YAML or JSON map with a title).");
		}
		List<String> problems = this.schema.problems(tree);
		if (problems.isEmpty()) {
			return read(text, origin, LetterRecord.class);
		}
		// Report what the other checks find as well, one problem per field, so a person fixes everything at once.
		try {
			problems = new java.util.ArrayList<>(problems);
			problems.addAll(RecordChecks.letter(read(text, origin, LetterRecord.class)));
		}
		catch (IngestException ex) {
			// the schema's problems are the ones to report
		}
		java.util.Set<String> fields = new java.util.HashSet<>();
		throw new IngestException(problems.stream().filter(p -> fields.add(p.substring(0, Math.max(0, p.indexOf(':'))))).toList());
	}

	public ReferenceRecords reference(String text, String origin) {
		checkSize(text, origin);
		return read(text, origin, ReferenceRecords.class);
	}

	/** Refuses a file over the limit before the parser does, so the message names the file and the limit. */
	private static void checkSize(String text, String origin) {
		if (text.length() > MAX_CODE_POINTS && text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
			throw new IngestException(origin + ": " + text.codePointCount(0, text.length())
					+ " characters, over the " + MAX_CODE_POINTS + " (64 MB) one record file may hold"
					+ " (RecordReader.MAX_CODE_POINTS); nothing was read from it.");
		}
	}

	private <T> T read(String text, String origin, Class<T> type) {
		try {
			T value = this.yaml.readValue(text, type);
			if (value == null) {
				throw new IngestException(origin + ": holds no record.");
			}
			return value;
		}
		catch (UnrecognizedPropertyException ex) {
			throw new IngestException(origin + " line " + lineOf(text, ex.getPropertyName(), ex) + ": unknown field '"
					+ ex.getPropertyName() + "'; known fields are " + ex.getKnownPropertyIds() + ".");
		}
		catch (JsonProcessingException ex) {
			throw syntax(origin, ex);
		}
		catch (IOException ex) {
			throw new IngestException(origin + ": cannot be read: " + ex.getMessage());
		}
	}

	private static IngestException syntax(String origin, JsonProcessingException ex) {
		int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : -1;
		return new IngestException(origin + ((line > 0) ? " line " + line : "") + ": " + ex.getOriginalMessage());
	}

	/** The line where a field name stands (YAML or JSON); the parser's own position is the end of the value. */
	private static int lineOf(String text, String field, UnrecognizedPropertyException ex) {
		Pattern key = Pattern.compile("^\\s*(?:-\\s*)?[\"']?" + Pattern.quote(field) + "[\"']?\\s*:");
		List<String> lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (key.matcher(lines.get(i)).find()) {
				return i + 1;
			}
		}
		return ex.getLocation().getLineNr();
	}
}
