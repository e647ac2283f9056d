package org.lettergraph;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The service's configuration: every module below this package. The jar's entry point, which runs the service or
 * one of its commands, is {@link org.lettergraph.cli.Main}: it sits on top of the modules, and this class below
 * them, so a command that starts the service (the benchmarks) does not close a cycle.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LettergraphApplication {
}
