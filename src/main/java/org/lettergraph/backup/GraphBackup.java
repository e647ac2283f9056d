package org.lettergraph.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lettergraph.graph.CypherQueries;
import org.lettergraph.graph.GraphSchema;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Writes the whole graph to a JSON Lines file and restores it from one. The file's first line says what it is
 * ({@code {"format":"lettergraph-backup","version":1,…}}), then come the nodes ({@code {"node":{labels,
 * properties}}}), then the relationships ({@code {"relationship":{type, from, to, properties}}}, ends named by
 * their {@code id}), and the last line counts both ({@code {"end":{nodes, relationships}}}), so a truncated file
 * is recognised. Property values keep their Neo4j types ({@link PropertyValues}).
 * <p>
 * A restore runs in one transaction into a database without lettergraph data: it either restores everything or
 * nothing. Labels and relationship types from the file are checked against {@link GraphSchema}'s allow-list before
 * they reach a statement; every value is a parameter.
 */
@Component
public class GraphBackup {

	static final String FORMAT = "lettergraph-backup";

	static final int VERSION = 1;

	/** The label of the node that records which bundled dataset was loaded; restored so it is not loaded again. */
	static final String DATASET_LABEL = "__LettergraphDataset";

	/** Rows per UNWIND statement. */
	static final int BATCH = 1000;

	/** How long one restore may take (the server's db.transaction.timeout is lower for the embedded database). */
	static final Duration RESTORE_TIMEOUT = Duration.ofHours(1);

	private final Driver driver;

	private final CypherQueries queries;

	private final ObjectProvider<DatabaseSelectionProvider> databases;

	private final ObjectMapper json = new ObjectMapper();

	GraphBackup(Driver driver, CypherQueries queries, ObjectProvider<DatabaseSelectionProvider> databases) {
		this.driver = driver;
		this.queries = queries;
		this.databases = databases;
	}

	/** What a backup or restore moved. */
	public record Counts(long nodes, long relationships) {
	}

	private Session session(AccessMode mode) {
		SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(mode);
		DatabaseSelectionProvider provider = this.databases.getIfAvailable();
		DatabaseSelection selection = (provider != null) ? provider.getDatabaseSelection() : null;
		if (selection != null && selection.getValue() != null) {
			config.withDatabase(selection.getValue());
		}
		return this.driver.session(config.build());
	}

	// ---------------------------------------------------------------- export

	/**
	 * Writes the graph to {@code file}, read in one transaction so the file is one consistent state. The file
	 * appears only when complete (written beside it and then moved into place).
	 */
	public Counts export(Path file) {
		Path target = file.toAbsolutePath();
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		long nodes = 0;
		long relationships = 0;
		try (Session session = session(AccessMode.READ);
				Transaction tx = session.beginTransaction();
				BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
			ObjectNode header = this.json.createObjectNode();
			header.put("format", FORMAT);
			header.put("version", VERSION);
			header.put("exportedAt", ZonedDateTime.now(ZoneOffset.UTC).toString());
			line(out, header);
			Set<String> ids = new HashSet<>();
			Result nodeRows = tx.run(this.queries.get("backup/nodes"));
			while (nodeRows.hasNext()) {
				Record row = nodeRows.next();
				List<String> labels = row.get("labels").asList(v -> v.asString());
				Map<String, Object> properties = row.get("properties").asMap();
				checkExportable(labels, properties, ids);
				ObjectNode node = this.json.createObjectNode();
				var labelArray = node.putArray("labels");
				new TreeSet<>(labels).forEach(labelArray::add);
				node.set("properties", PropertyValues.encode(properties));
				ObjectNode wrapper = this.json.createObjectNode();
				wrapper.set("node", node);
				line(out, wrapper);
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
				ObjectNode relationship = this.json.createObjectNode();
				relationship.put("type", type);
				relationship.put("from", row.get("from").asString());
				relationship.put("to", row.get("to").asString());
				relationship.set("properties", PropertyValues.encode(row.get("properties").asMap()));
				ObjectNode wrapper = this.json.createObjectNode();
				wrapper.set("relationship", relationship);
				line(out, wrapper);
				relationships++;
			}
			ObjectNode end = this.json.createObjectNode();
			end.putObject("end").put("nodes", nodes).put("relationships", relationships);
			line(out, end);
			out.flush();
			tx.commit();
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(partial);
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
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			deleteQuietly(partial);
			throw new BackupException("Cannot write " + target + ": " + ex.getMessage(), ex);
		}
		return new Counts(nodes, relationships);
	}

	private static void checkExportable(List<String> labels, Map<String, Object> properties, Set<String> ids) {
		if (labels.equals(List.of(DATASET_LABEL))) {
			return;
		}
		for (String label : labels) {
			if (!isAllowedLabel(label)) {
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

	private static boolean isAllowedLabel(String label) {
		return GraphSchema.LABELS.contains(label) || "Actor".equals(label);
	}

	private void line(BufferedWriter out, JsonNode node) throws IOException {
		out.write(this.json.writeValueAsString(node));
		out.write('\n');
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ignored) {
			// nothing more to do
		}
	}

	// ---------------------------------------------------------------- restore

	/** The database already holds lettergraph data, so a restore would mix two graphs. */
	public static class NotEmptyException extends BackupException {

		NotEmptyException(long nodes) {
			super("The database already holds lettergraph data (" + nodes + " nodes); import restores only into an "
					+ "empty database. Nothing was changed. Point the command at a new data folder "
					+ "(--lettergraph.embedded.data-dir=…) or an empty Neo4j database.");
		}
	}

	/**
	 * Restores the graph from {@code file} into this database, which must hold no lettergraph data, in one
	 * transaction: on any problem nothing is written.
	 * @throws NotEmptyException when the database holds lettergraph data
	 * @throws BackupException naming the line of the file that is wrong
	 */
	public Counts restore(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new BackupException(file + ": no such file.");
		}
		try (Session session = session(AccessMode.WRITE);
				Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(RESTORE_TIMEOUT).build());
				BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			long existing = tx.run(this.queries.get("backup/data-count")).single().get("nodes").asLong();
			if (existing > 0) {
				throw new NotEmptyException(existing);
			}
			Counts counts = new Restore(tx, file).read(in);
			tx.commit();
			return counts;
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

	/** One pass over a backup file, writing batches as it goes, in the caller's transaction. */
	private final class Restore {

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

		private boolean inRelationships;

		Restore(Transaction tx, Path file) {
			this.tx = tx;
			this.file = file;
		}

		Counts read(BufferedReader in) throws IOException {
			int number = 0;
			boolean any = false;
			boolean ended = false;
			for (String text = in.readLine(); text != null; text = in.readLine()) {
				number++;
				String where = this.file.getFileName() + " line " + number;
				if (text.isBlank()) {
					continue;
				}
				boolean first = !any;
				any = true;
				if (ended) {
					throw new BackupException(where + ": more follows the closing line; the file is not one backup.");
				}
				JsonNode line;
				try {
					line = json.readTree(text);
				}
				catch (JsonProcessingException ex) {
					throw new BackupException(where + ": not a complete JSON line (" + ex.getOriginalMessage()
							+ "); is the file truncated or edited?");
				}
				if (line == null || !line.isObject()) {
					throw new BackupException(where + ": expected a JSON object.");
				}
				if (first) {
					header(line, where);
				}
				else if (line.has("node")) {
					node(line.get("node"), where, number);
				}
				else if (line.has("relationship")) {
					relationship(line.get("relationship"), where, number);
				}
				else if (line.has("end")) {
					flushNodes();
					flushRelationships();
					end(line.get("end"), where);
					ended = true;
				}
				else {
					throw new BackupException(where + ": neither a node, a relationship nor the closing line.");
				}
			}
			if (!any) {
				throw new BackupException(this.file.getFileName() + " is empty; it is not a lettergraph backup.");
			}
			if (!ended) {
				throw new BackupException(this.file.getFileName() + " line " + number
						+ ": the file ends without its closing line, so it is incomplete (truncated?).");
			}
			return new Counts(this.nodes, this.relationships);
		}

		private void header(JsonNode line, String where) {
			if (!FORMAT.equals(line.path("format").asText(null))) {
				throw new BackupException(where + ": not a lettergraph backup (its first line should name the format "
						+ FORMAT + ").");
			}
			if (line.path("version").asInt(-1) != VERSION) {
				throw new BackupException(where + ": a backup of version " + line.path("version")
						+ ", which this lettergraph does not read (it reads version " + VERSION + ").");
			}
		}

		private void node(JsonNode node, String where, int number) {
			if (this.inRelationships) {
				throw new BackupException(where + ": a node after the relationships; nodes come first.");
			}
			if (!node.isObject() || !node.path("labels").isArray() || node.path("labels").isEmpty()) {
				throw new BackupException(where + ": a node needs a list of labels.");
			}
			TreeSet<String> labels = new TreeSet<>();
			for (JsonNode label : node.get("labels")) {
				labels.add(label.asText());
			}
			Map<String, Object> properties = PropertyValues.decode(node.get("properties"), where);
			String group;
			if (labels.equals(Set.of(DATASET_LABEL))) {
				group = DATASET_LABEL;
			}
			else {
				for (String label : labels) {
					if (!isAllowedLabel(label)) {
						throw new BackupException(where + ": label '" + label + "' is not one of lettergraph's ("
								+ String.join(", ", GraphSchema.LABELS) + ", Actor).");
					}
				}
				if (!(properties.get("id") instanceof String id) || id.isBlank()) {
					throw new BackupException(where + ": a node needs an \"id\" property (text).");
				}
				String primary = GraphSchema.LABELS.stream().filter(labels::contains).findFirst().orElse("Actor");
				if (this.labelOfId.putIfAbsent(id, primary) != null) {
					throw new BackupException(where + ": the id " + id + " is given to a second node.");
				}
				group = String.join(":", labels);
			}
			this.nodeBatchFirstLine.putIfAbsent(group, number);
			List<Map<String, Object>> batch = this.nodeBatches.computeIfAbsent(group, k -> new ArrayList<>());
			batch.add(properties);
			if (batch.size() >= BATCH) {
				flushNodes(group);
			}
		}

		private void relationship(JsonNode relationship, String where, int number) {
			if (!this.inRelationships) {
				flushNodes();
				this.inRelationships = true;
			}
			String type = relationship.path("type").asText("");
			if (!GraphSchema.RELATIONSHIP_TYPES.contains(type)) {
				throw new BackupException(where + ": relationship type '" + type + "' is not one of lettergraph's ("
						+ String.join(", ", GraphSchema.RELATIONSHIP_TYPES) + ").");
			}
			String from = relationship.path("from").asText(null);
			String to = relationship.path("to").asText(null);
			String fromLabel = (from != null) ? this.labelOfId.get(from) : null;
			String toLabel = (to != null) ? this.labelOfId.get(to) : null;
			if (fromLabel == null || toLabel == null) {
				throw new BackupException(where + ": " + type + " from " + from + " to " + to
						+ " names a node that is not in the file before it.");
			}
			Map<String, Object> row = new HashMap<>();
			row.put("from", from);
			row.put("to", to);
			row.put("properties", PropertyValues.decode(relationship.get("properties"), where));
			String group = fromLabel + "|" + type + "|" + toLabel;
			this.relationshipBatchFirstLine.putIfAbsent(group, number);
			List<Map<String, Object>> batch = this.relationshipBatches.computeIfAbsent(group, k -> new ArrayList<>());
			batch.add(row);
			if (batch.size() >= BATCH) {
				flushRelationships(group);
			}
		}

		private void end(JsonNode end, String where) {
			long expectedNodes = end.path("nodes").asLong(-1);
			long expectedRelationships = end.path("relationships").asLong(-1);
			if (expectedNodes != this.nodes || expectedRelationships != this.relationships) {
				throw new BackupException(where + ": the closing line counts " + expectedNodes + " nodes and "
						+ expectedRelationships + " relationships, but the file holds " + this.nodes + " and "
						+ this.relationships + "; it is incomplete or was edited.");
			}
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
			if (group.equals(DATASET_LABEL)) {
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
