package org.lettergraph.graph;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How writes take turns.
 *
 * @param maxWriteWait how long a write waits for its turn before it is refused with "try again"
 */
@ConfigurationProperties("lettergraph.ingest")
public record WriteSettings(@DefaultValue("60s") Duration maxWriteWait) {
}
