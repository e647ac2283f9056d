// Actor.pageRank and Actor.betweenness for one level of a request: the measures of the actors $ids in the
// co-signature network of the letters matching a window, from Graph Data Science. Needs GDS 2.x on the server.
// __PROJECT__:  network/measures/project, with the window's letter filter (letters/where/) in its __LETTER__
// __MEASURES__: the measures asked for, network/measures/page-rank and/or betweenness, joined by UNION ALL
// $ids: the actors; $graph: the projection's name, unique to this call. The statement drops the projection itself;
// the service drops it again if the statement fails half-way. One row, always: an actor outside the window's
// network is absent from scores.
CALL () {
  __PROJECT__
}
CALL (projected) {
  __MEASURES__
}
WITH a, pageRank, betweenness
WHERE a.id IN $ids
WITH a.id AS id, max(pageRank) AS pageRank, max(betweenness) AS betweenness
WITH collect({id: id, pageRank: pageRank, betweenness: betweenness}) AS scores
CALL () {
  CALL gds.graph.drop($graph, false) YIELD graphName
  RETURN count(graphName) AS dropped
}
RETURN scores
