// Removes a Graph Data Science projection left behind by a statement that failed half-way; a projection that is
// already gone is fine. $graph: the projection's name.
CALL gds.graph.drop($graph, false) YIELD graphName
RETURN count(graphName) AS dropped
