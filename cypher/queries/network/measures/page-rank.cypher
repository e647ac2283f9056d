// One branch of the measures of the co-signature network (see network/measures/project): PageRank of every actor
// in the projection $_graph, the leadership score (damping 0.85, edges weighted by shared letters, at most 100
// iterations, one thread so the same graph gives the same scores). Runs only when something was projected.
WITH projected WHERE projected > 0
CALL gds.pageRank.stream($_graph, {relationshipWeightProperty: 'weight', dampingFactor: 0.85, maxIterations: 100,
  concurrency: 1})
YIELD nodeId, score
RETURN gds.util.asNode(nodeId) AS a, score AS pageRank, null AS betweenness
