package org.lettergraph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what one ingest request may bring.
 *
 * @param maxDocumentSize the largest letter text, CSV or record accepted (a real sign-on letter is well under 1 MB)
 */
@ConfigurationProperties("lettergraph.ingest")
public record IngestProperties(@DefaultValue("5MB") DataSize maxDocumentSize) {
}
