package org.lettergraph.graph;

/** The id a client named does not stand for anything the graph holds (or held); the message says which. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
