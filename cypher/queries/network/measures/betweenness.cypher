// One branch of the measures of the co-signature network (see network/measures/project): betweenness centrality
// of every actor in the projection $_graph, the brokers between blocs: over every pair of other actors, the share
// of their shortest chains of co-signers that pass through it (edges unweighted; exact, not sampled).
// Runs only when something was projected.
WITH projected WHERE projected > 0
CALL gds.betweenness.stream($_graph, {concurrency: 1})
YIELD nodeId, score
RETURN gds.util.asNode(nodeId) AS a, null AS pageRank, score AS betweenness
