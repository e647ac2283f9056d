package org.lettergraph.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded database keeps its files and on which local port it speaks Bolt.
 *
 * @param dataDir  the database home; created when missing
 * @param boltPort the loopback port for Bolt, 0 for any free port; when not set, {@value #DEFAULT_BOLT_PORT}, or any
 *                 free port when that one is taken (a Neo4j Desktop running, say): a port someone chose is kept to,
 *                 the default is only a convenience
 */
@ConfigurationProperties("lettergraph.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data") Path dataDir, Integer boltPort) {

	public static final int DEFAULT_BOLT_PORT = 7687;

	/** The port to ask for. */
	public int port() {
		return (this.boltPort != null) ? this.boltPort : DEFAULT_BOLT_PORT;
	}

	/** Whether a taken port may be replaced by a free one: only when none was chosen. */
	public boolean anyPortWhenTaken() {
		return this.boltPort == null;
	}
}
