package org.lettergraph.graph;

/** Whatever Java type stands for a GraphQL type with a readable id (letters, actors). */
public interface Identified {

	String id();
}
