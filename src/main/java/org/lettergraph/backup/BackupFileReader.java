package org.lettergraph.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lettergraph.backup.BackupFile.NodeLine;
import org.lettergraph.backup.BackupFile.RelationshipLine;

/**
 * Reads a {@link BackupFile} in one pass and hands its lines to {@link Lines}, checking the format on the way: the
 * first line, JSON on every line, nodes before relationships, the closing line last and its counts. Every problem
 * is a {@link BackupException} naming the file and line.
 */
final class BackupFileReader {

	/** What the reader hands its lines to, in file order. */
	interface Lines {

		void node(NodeLine node);

		/** Called once before the first relationship line. */
		void nodesDone();

		void relationship(RelationshipLine relationship);

		/** Called at the closing line, before its counts are checked. */
		void end();
	}

	private final ObjectMapper json = new ObjectMapper();

	private final Path file;

	private final Lines lines;

	private long nodes;

	private long relationships;

	private boolean inRelationships;

	private BackupFileReader(Path file, Lines lines) {
		this.file = file;
		this.lines = lines;
	}

	/** Reads all of {@code in}, which holds {@code file}. */
	static void read(BufferedReader in, Path file, Lines lines) throws IOException {
		new BackupFileReader(file, lines).read(in);
	}

	private void read(BufferedReader in) throws IOException {
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
				line = this.json.readTree(text);
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
				this.lines.end();
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
	}

	private static void header(JsonNode line, String where) {
		if (!BackupFile.FORMAT.equals(line.path("format").asText(null))) {
			throw new BackupException(where + ": not a lettergraph backup (its first line should name the format "
					+ BackupFile.FORMAT + ").");
		}
		if (line.path("version").asInt(-1) != BackupFile.VERSION) {
			throw new BackupException(where + ": a backup of version " + line.path("version")
					+ ", which this lettergraph does not read (it reads version " + BackupFile.VERSION + ").");
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
		this.lines.node(new NodeLine(labels, node.get("properties"), where, number));
		this.nodes++;
	}

	private void relationship(JsonNode relationship, String where, int number) {
		if (!this.inRelationships) {
			this.lines.nodesDone();
			this.inRelationships = true;
		}
		this.lines.relationship(new RelationshipLine(relationship.path("type").asText(""),
				relationship.path("from").asText(null), relationship.path("to").asText(null),
				relationship.get("properties"), where, number));
		this.relationships++;
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
}
