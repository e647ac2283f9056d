package org.lettergraph.backup;

/** A backup could not be written or restored; the message says why in plain words (and names the line). */
public class BackupException extends RuntimeException {

	BackupException(String message) {
		super(message);
	}

	BackupException(String message, Throwable cause) {
		super(message, cause);
	}
}
