package org.lettergraph.ingest;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.springframework.stereotype.Component;

/**
 * Reads letter and reference records from YAML or JSON (JSON is YAML too). A misspelt or unknown field is an error
 * that names it and its line, not something silently ignored.
 */
@Component
public class RecordReader {

	private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

	public LetterRecord letter(InputStream in, String origin) {
		return read(in, origin, LetterRecord.class);
	}

	public ReferenceRecords reference(InputStream in, String origin) {
		return read(in, origin, ReferenceRecords.class);
	}

	private <T> T read(InputStream in, String origin, Class<T> type) {
		try {
			return this.yaml.readValue(in, type);
		}
		catch (UnrecognizedPropertyException ex) {
			throw new IngestException(origin + " line " + ex.getLocation().getLineNr() + ": unknown field '"
					+ ex.getPropertyName() + "'; known fields are " + ex.getKnownPropertyIds() + ".");
		}
		catch (JsonProcessingException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : -1;
			throw new IngestException(origin + ((line > 0) ? " line " + line : "") + ": " + ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new IngestException(origin + ": cannot be read: " + ex.getMessage());
		}
	}
}
