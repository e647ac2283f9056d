package org.lettergraph.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lettergraph.backup.BackupFile.NodeLine;
import org.lettergraph.backup.BackupFile.RelationshipLine;
import org.lettergraph.graph.CypherQueries;
import org.lettergraph.graph.GraphSchema;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.stereotype.Component;

/**
 * Restores a {@link BackupFile} into a database without lettergraph data, in one transaction: it either restores
 * everything or nothing. Labels and relationship types from the file are checked against {@link GraphSchema}'s
 * allow-list before they reach a statement; every value is a parameter. Rows go in {@code UNWIND} batches of
 * {@link #BATCH}, grouped by labels (nodes) and by end labels and type (relationships).
 */
@Component
class GraphRestore {

	/** Rows per UNWIND statement. */
	static final int BATCH = 1000;

	/** How long one restore may take (the server's db.transaction.timeout is lower for the embedded database). */
	static final Duration RESTORE_TIMEOUT = Duration.ofHours(1);

	private final BackupSessions sessions;

	private final CypherQueries queries;

	GraphRestore(BackupSessions sessions, CypherQueries queries) {
		this.sessions = sessions;
		this.queries = queries;
	}

	/** A label a backup may hold besides the dataset marker's: the schema's, {@code Actor}, and the bookkeeping's. */
	static boolean isAllowedLabel(String label) {
		return GraphSchema.LABELS.contains(label) || "Actor".equals(label)
				|| GraphSchema.BOOKKEEPING_LABELS.contains(label);
	}

	GraphBackup.Counts restore(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new BackupException(file + ": no such file.");
		}
		try (Session session = this.sessions.open(AccessMode.WRITE);
				Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(RESTORE_TIMEOUT).build());
				BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			long existing = tx.run(this.queries.get("backup/data-count")).single().get("nodes").asLong();
			if (existing > 0) {
				throw new GraphBackup.NotEmptyException(existing);
			}
			Batches batches = new Batches(tx, file);
			BackupFileReader.read(in, file, batches);
			tx.commit();
			return new GraphBackup.Counts(batches.nodes, batches.relationships);
		}
		catch (CharacterCodingException ex) {
			throw new BackupException(file + ": not text in UTF-8 (is it a backup file?). Nothing was restored.", ex);
		}
		catch (IOException ex) {
			throw new BackupException(file + " cannot be read: " + ex.getMessage() + ". Nothing was restored.", ex);
		}
		catch (Neo4jException ex) {
			throw new BackupException("Restoring " + file + " failed in the database: " + ex.getMessage()
					+ " Nothing was restored.", ex);
		}
	}

	/** The lines of one file, checked and written in batches as they come, in the caller's transaction. */
	private final class Batches implements BackupFileReader.Lines {

		private final Transaction tx;

		private final Path file;

		/** Node batches by their labels (sorted, joined with ':'), relationship batches by from|type|to label. */
		private final Map<String, List<Map<String, Object>>> nodeBatches = new LinkedHashMap<>();

		private final Map<String, Integer> nodeBatchFirstLine = new HashMap<>();

		private final Map<String, List<Map<String, Object>>> relationshipBatches = new LinkedHashMap<>();

		private final Map<String, Integer> relationshipBatchFirstLine = new HashMap<>();

		/** Every restored node's id, with the label its relationships are matched by. */
		private final Map<String, String> labelOfId = new HashMap<>();

		private long nodes;

		private long relationships;

		Batches(Transaction tx, Path file) {
			this.tx = tx;
			this.file = file;
		}

		@Override
		public void node(NodeLine node) {
			Map<String, Object> properties = node.properties();
			String group;
			if (node.labels().equals(Set.of(BackupFile.DATASET_LABEL))) {
				group = BackupFile.DATASET_LABEL;
			}
			else {
				for (String label : node.labels()) {
					if (!isAllowedLabel(label)) {
						throw new BackupException(node.where() + ": label '" + label + "' is not one of lettergraph's ("
								+ String.join(", ", GraphSchema.LABELS) + ", Actor).");
					}
				}
				if (!(properties.get("id") instanceof String id) || id.isBlank()) {
					throw new BackupException(node.where() + ": a node needs an \"id\" property (text).");
				}
				String primary = GraphSchema.LABELS.stream().filter(node.labels()::contains).findFirst().orElse("Actor");
				if (this.labelOfId.putIfAbsent(id, primary) != null) {
					throw new BackupException(node.where() + ": the id " + id + " is given to a second node.");
				}
				group = String.join(":", node.labels());
			}
			this.nodeBatchFirstLine.putIfAbsent(group, node.number());
			List<Map<String, Object>> batch = this.nodeBatches.computeIfAbsent(group, k -> new ArrayList<>());
			batch.add(properties);
			if (batch.size() >= BATCH) {
				flushNodes(group);
			}
		}

		@Override
		public void nodesDone() {
			flushNodes();
		}

		@Override
		public void relationship(RelationshipLine relationship) {
			String type = relationship.type();
			if (!GraphSchema.RELATIONSHIP_TYPES.contains(type)) {
				throw new BackupException(relationship.where() + ": relationship type '" + type
						+ "' is not one of lettergraph's (" + String.join(", ", GraphSchema.RELATIONSHIP_TYPES) + ").");
			}
			String from = relationship.from();
			String to = relationship.to();
			String fromLabel = (from != null) ? this.labelOfId.get(from) : null;
			String toLabel = (to != null) ? this.labelOfId.get(to) : null;
			if (fromLabel == null || toLabel == null) {
				throw new BackupException(relationship.where() + ": " + type + " from " + from + " to " + to
						+ " names a node that is not in the file before it.");
			}
			Map<String, Object> row = new HashMap<>();
			row.put("from", from);
			row.put("to", to);
			row.put("properties", relationship.properties());
			String group = fromLabel + "|" + type + "|" + toLabel;
			this.relationshipBatchFirstLine.putIfAbsent(group, relationship.number());
			List<Map<String, Object>> batch = this.relationshipBatches.computeIfAbsent(group, k -> new ArrayList<>());
			batch.add(row);
			if (batch.size() >= BATCH) {
				flushRelationships(group);
			}
		}

		@Override
		public void end() {
			flushNodes();
			flushRelationships();
		}

		private void flushNodes() {
			new ArrayList<>(this.nodeBatches.keySet()).forEach(this::flushNodes);
		}

		private void flushNodes(String group) {
			List<Map<String, Object>> rows = this.nodeBatches.remove(group);
			Integer first = this.nodeBatchFirstLine.remove(group);
			if (rows == null || rows.isEmpty()) {
				return;
			}
			String cypher;
			if (group.equals(BackupFile.DATASET_LABEL)) {
				cypher = queries.get("backup/create-dataset-marker");
			}
			else {
				String labels = String.join(":", List.of(group.split(":")).stream().map(GraphSchema::label).toList());
				cypher = queries.get("backup/create-nodes").replace("__LABELS__", labels);
			}
			long written = write(cypher, rows, first);
			if (written != rows.size()) {
				throw new BackupException(this.file.getFileName() + " from line " + first + ": " + rows.size()
						+ " nodes, but " + written + " were written.");
			}
			this.nodes += rows.size();
		}

		private void flushRelationships() {
			new ArrayList<>(this.relationshipBatches.keySet()).forEach(this::flushRelationships);
		}

		private void flushRelationships(String group) {
			List<Map<String, Object>> rows = this.relationshipBatches.remove(group);
			Integer first = this.relationshipBatchFirstLine.remove(group);
			if (rows == null || rows.isEmpty()) {
				return;
			}
			String[] parts = group.split("\\|");
			String cypher = queries.get("backup/create-relationships")
				.replace("__FROM__", GraphSchema.label(parts[0]))
				.replace("__TYPE__", GraphSchema.relationshipType(parts[1]))
				.replace("__TO__", GraphSchema.label(parts[2]));
			long written = write(cypher, rows, first);
			if (written != rows.size()) {
				throw new BackupException(this.file.getFileName() + " from line " + first + ": " + rows.size() + " "
						+ parts[1] + " relationships, but only " + written + " found both their ends.");
			}
			this.relationships += rows.size();
		}

		private long write(String cypher, List<Map<String, Object>> rows, Integer firstLine) {
			try {
				return this.tx.run(cypher, Map.of("rows", rows)).single().get("written").asLong();
			}
			catch (Neo4jException ex) {
				throw new BackupException(this.file.getFileName() + " from line " + firstLine
						+ ": the database refused a batch: " + ex.getMessage() + " Nothing was restored.", ex);
			}
		}
	}
}
