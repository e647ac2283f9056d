package org.lettergraph.backup;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

/**
 * Backup and restore of the whole graph, as the {@code export} and {@code import} commands use them: the file
 * format is {@link BackupFile}, reading the graph into one is {@link GraphExport}, and bringing one back into an
 * empty database in one transaction is {@link GraphRestore}.
 */
@Component
public class GraphBackup {

	private final GraphExport export;

	private final GraphRestore restore;

	GraphBackup(GraphExport export, GraphRestore restore) {
		this.export = export;
		this.restore = restore;
	}

	/** What a backup or restore moved. */
	public record Counts(long nodes, long relationships) {
	}

	/** The database already holds lettergraph data, so a restore would mix two graphs. */
	public static class NotEmptyException extends BackupException {

		NotEmptyException(long nodes) {
			super("The database already holds lettergraph data (" + nodes + " nodes); import restores only into an "
					+ "empty database. Nothing was changed. Point the command at a new data folder "
					+ "(--lettergraph.embedded.data-dir=…) or an empty Neo4j database.");
		}
	}

	/**
	 * Writes the graph to {@code file}, read in one transaction so the file is one consistent state. The file
	 * appears only when complete (written beside it and then moved into place).
	 */
	public Counts export(Path file) {
		return this.export.export(file);
	}

	/**
	 * Restores the graph from {@code file} into this database, which must hold no lettergraph data, in one
	 * transaction: on any problem nothing is written.
	 * @throws NotEmptyException when the database holds lettergraph data
	 * @throws BackupException naming the line of the file that is wrong
	 */
	public Counts restore(Path file) {
		return this.restore.restore(file);
	}
}
