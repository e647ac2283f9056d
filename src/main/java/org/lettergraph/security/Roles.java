package org.lettergraph.security;

/** The roles the service knows. */
public final class Roles {

	/** May write: ingest letters, merge actors, add aliases, dismiss review candidates. */
	public static final String EDITOR = "EDITOR";

	/** The expression every write method is guarded with. */
	public static final String CAN_WRITE = "hasRole('EDITOR')";

	private Roles() {
	}

	/** What to tell someone whose write was refused because nobody may write. */
	public static final String NO_EDITOR = "Writes are turned off: no editor is configured. Configure one with "
			+ "lettergraph.security.users[0].name, .password-hash (print one with 'java -jar lettergraph.jar "
			+ "hash-password') and .roles=EDITOR, or an API token (lettergraph.security.tokens[0].name, .sha256 from "
			+ "'java -jar lettergraph.jar new-token', .roles=EDITOR); see the README's Deploying section.";
}
