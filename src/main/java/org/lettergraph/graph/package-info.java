/**
 * What every feature shares about the graph: the schema migrations, the analyst's Cypher files, the allow-listed
 * labels and relationship types, Relay connections, and how failures reach a GraphQL client.
 */
package org.lettergraph.graph;
