package org.lettergraph.backup;

import java.util.Map;
import java.util.SortedSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The backup file's format: JSON Lines, a first line naming the format and version
 * ({@code {"format":"lettergraph-backup","version":1,…}}), then the nodes ({@code {"node":{labels,
 * properties}}}), then the relationships ({@code {"relationship":{type, from, to, properties}}}, ends named by
 * their {@code id}), and a closing line counting both ({@code {"end":{nodes, relationships}}}), so a truncated file
 * is recognised. Property values keep their Neo4j types ({@link PropertyValues}). Written by
 * {@link BackupFileWriter}, read by {@link BackupFileReader}.
 */
final class BackupFile {

	static final String FORMAT = "lettergraph-backup";

	static final int VERSION = 1;

	/** The label of the node that records which bundled dataset was loaded; restored so it is not loaded again. */
	static final String DATASET_LABEL = "__LettergraphDataset";

	private BackupFile() {
	}

	/**
	 * A node line as read, its labels sorted. Its properties are decoded when asked for, so a reader of the line
	 * decides which of its problems is reported first.
	 * @param where the file and line, for messages
	 */
	record NodeLine(SortedSet<String> labels, JsonNode encodedProperties, String where, int number) {

		Map<String, Object> properties() {
			return PropertyValues.decode(this.encodedProperties, this.where);
		}
	}

	/** A relationship line as read; {@code from} and {@code to} are null when the line lacks them. */
	record RelationshipLine(String type, String from, String to, JsonNode encodedProperties, String where,
			int number) {

		Map<String, Object> properties() {
			return PropertyValues.decode(this.encodedProperties, this.where);
		}
	}
}
