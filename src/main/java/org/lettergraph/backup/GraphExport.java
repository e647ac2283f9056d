package org.lettergraph.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lettergraph.graph.CypherQueries;
import org.lettergraph.graph.GraphSchema;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.stereotype.Component;

/**
 * Reads the whole graph in one transaction, so the file is one consistent state, and writes it as a
 * {@link BackupFile}. A graph holding what a restore could not bring back (a label or type outside the allow-list,
 * a node without an id, two nodes with one id) is refused and no file is written.
 */
@Component
class GraphExport {

	private final BackupSessions sessions;

	private final CypherQueries queries;

	GraphExport(BackupSessions sessions, CypherQueries queries) {
		this.sessions = sessions;
		this.queries = queries;
	}

	GraphBackup.Counts export(Path file) {
		Path target = file.toAbsolutePath();
		long nodes = 0;
		long relationships = 0;
		try (Session session = this.sessions.open(AccessMode.READ);
				Transaction tx = session.beginTransaction();
				BackupFileWriter out = BackupFileWriter.start(target)) {
			Set<String> ids = new HashSet<>();
			Result nodeRows = tx.run(this.queries.get("backup/nodes"));
			while (nodeRows.hasNext()) {
				Record row = nodeRows.next();
				List<String> labels = row.get("labels").asList(v -> v.asString());
				Map<String, Object> properties = row.get("properties").asMap();
				checkExportable(labels, properties, ids);
				out.node(labels, properties);
				nodes++;
			}
			Result relationshipRows = tx.run(this.queries.get("backup/relationships"));
			while (relationshipRows.hasNext()) {
				Record row = relationshipRows.next();
				String type = row.get("type").asString();
				if (!GraphSchema.RELATIONSHIP_TYPES.contains(type)) {
					throw new BackupException("The graph holds relationships of type " + type
							+ ", which lettergraph does not know; a backup could not restore them, so none was written.");
				}
				if (row.get("from").isNull() || row.get("to").isNull()) {
					throw new BackupException("The graph holds a " + type
							+ " relationship whose end has no id; a backup could not restore it, so none was written.");
				}
				out.relationship(type, row.get("from").asString(), row.get("to").asString(),
						row.get("properties").asMap());
				relationships++;
			}
			out.end(nodes, relationships);
			tx.commit();
		}
		catch (IOException | RuntimeException ex) {
			BackupFileWriter.discard(target);
			if (ex instanceof BackupException backup) {
				throw backup;
			}
			if (ex instanceof Neo4jException neo4j) {
				throw new BackupException("Reading the graph failed: " + neo4j.getMessage(), neo4j);
			}
			if (ex instanceof RuntimeException runtime && !(ex instanceof UncheckedIOException)) {
				throw runtime;
			}
			throw new BackupException("Cannot write " + target + ": " + ex.getMessage(), ex);
		}
		try {
			BackupFileWriter.publish(target);
		}
		catch (IOException ex) {
			BackupFileWriter.discard(target);
			throw new BackupException("Cannot write " + target + ": " + ex.getMessage(), ex);
		}
		return new GraphBackup.Counts(nodes, relationships);
	}

	private static void checkExportable(List<String> labels, Map<String, Object> properties, Set<String> ids) {
		if (labels.equals(List.of(BackupFile.DATASET_LABEL))) {
			return;
		}
		for (String label : labels) {
			if (!GraphRestore.isAllowedLabel(label)) {
				throw new BackupException("The graph holds nodes labelled " + label
						+ ", which lettergraph does not know; a backup could not restore them, so none was written.");
			}
		}
		Object id = properties.get("id");
		if (!(id instanceof String text)) {
			throw new BackupException("The graph holds a " + labels
					+ " node without an id; a backup could not restore its relationships, so none was written.");
		}
		if (!ids.add(text)) {
			throw new BackupException("Two nodes of the graph have the id " + text
					+ "; a backup could not tell them apart, so none was written.");
		}
	}
}
