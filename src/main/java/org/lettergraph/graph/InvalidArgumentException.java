package org.lettergraph.graph;

/** A query argument a client sent that cannot be answered; the message names the argument and says why. */
public class InvalidArgumentException extends RuntimeException {

	public InvalidArgumentException(String argument, String why) {
		super("Argument '" + argument + "': " + why);
	}
}
