package org.lettergraph.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded database keeps its files and on which local port it speaks Bolt.
 *
 * @param dataDir  the database home; created when missing
 * @param boltPort the loopback port for Bolt, 0 for any free port
 */
@ConfigurationProperties("lettergraph.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("7687") int boltPort) {
}
