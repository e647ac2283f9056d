package org.lettergraph.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this process was started: as the service, or as one of the jar's commands ({@code ingest}, {@code
 * load-corpus}, …), which set {@code lettergraph.command}. A command answers no questions, so it skips what only
 * serves them.
 *
 * @param command the command's name; empty or absent for the service
 */
@ConfigurationProperties("lettergraph")
public record LaunchSettings(String command) {

	public boolean isCommand() {
		return this.command != null && !this.command.isBlank();
	}
}
