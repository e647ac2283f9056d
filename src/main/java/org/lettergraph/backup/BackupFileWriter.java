package org.lettergraph.backup;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link BackupFile} line by line to a partial file beside the target; {@link #publish} moves it into
 * place once complete, so the target never holds half a backup.
 */
final class BackupFileWriter implements Closeable {

	private final ObjectMapper json = new ObjectMapper();

	private final BufferedWriter out;

	private BackupFileWriter(Path partial) throws IOException {
		this.out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
	}

	/** Where the file for {@code target} is written until it is complete. */
	static Path partial(Path target) {
		return target.resolveSibling(target.getFileName() + ".partial");
	}

	/** Starts the partial file of {@code target} with the line naming the format. */
	static BackupFileWriter start(Path target) throws IOException {
		BackupFileWriter writer = new BackupFileWriter(partial(target));
		ObjectNode header = writer.json.createObjectNode();
		header.put("format", BackupFile.FORMAT);
		header.put("version", BackupFile.VERSION);
		header.put("exportedAt", ZonedDateTime.now(ZoneOffset.UTC).toString());
		try {
			writer.line(header);
		}
		catch (IOException ex) {
			writer.close();
			throw ex;
		}
		return writer;
	}

	void node(Collection<String> labels, Map<String, Object> properties) throws IOException {
		ObjectNode node = this.json.createObjectNode();
		var labelArray = node.putArray("labels");
		new TreeSet<>(labels).forEach(labelArray::add);
		node.set("properties", PropertyValues.encode(properties));
		ObjectNode wrapper = this.json.createObjectNode();
		wrapper.set("node", node);
		line(wrapper);
	}

	void relationship(String type, String from, String to, Map<String, Object> properties) throws IOException {
		ObjectNode relationship = this.json.createObjectNode();
		relationship.put("type", type);
		relationship.put("from", from);
		relationship.put("to", to);
		relationship.set("properties", PropertyValues.encode(properties));
		ObjectNode wrapper = this.json.createObjectNode();
		wrapper.set("relationship", relationship);
		line(wrapper);
	}

	/** Writes the closing line with the counts a reader checks, and flushes. */
	void end(long nodes, long relationships) throws IOException {
		ObjectNode end = this.json.createObjectNode();
		end.putObject("end").put("nodes", nodes).put("relationships", relationships);
		line(end);
		this.out.flush();
	}

	private void line(JsonNode node) throws IOException {
		this.out.write(this.json.writeValueAsString(node));
		this.out.write('\n');
	}

	@Override
	public void close() throws IOException {
		this.out.close();
	}

	/** Moves the complete, closed partial file of {@code target} into place. */
	static void publish(Path target) throws IOException {
		Files.move(partial(target), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Removes the partial file of {@code target}, if any. */
	static void discard(Path target) {
		try {
			Files.deleteIfExists(partial(target));
		}
		catch (IOException ignored) {
			// nothing more to do
		}
	}
}
