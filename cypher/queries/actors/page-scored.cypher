// A page of actors for analysts ordered by a measure of the co-signature network that Graph Data Science computes
// (PageRank, betweenness): as actors/page, with the scores of the window's network worked out first, in the same
// statement. Needs GDS 2.x on the server.
// __PROJECT__:  network/measures/project, with the order's window (letters/where/) in its __LETTER__
// __MEASURES__: the measures the order uses, network/measures/page-rank and/or betweenness, joined by UNION ALL
// __ACTORS__:   the actors that match the filters, the head of actors/page (actors outside the network are listed
//               too, unscored; network members the filter does not keep are dropped)
// __ORDER__:    the ordering keys, from actors/order/ (page-rank and betweenness read the scores)
// $skip, $limit: as in actors/page; $graph: the projection's name, unique to this call. The statement drops the
// projection itself; the service drops it again if the statement fails half-way.
CALL () {
  __PROJECT__
}
CALL (projected) {
  CALL (projected) {
    __MEASURES__
  }
  RETURN a, pageRank, betweenness, 0 AS kept
  UNION ALL
  __ACTORS__
  RETURN a, null AS pageRank, null AS betweenness, 1 AS kept
}
WITH a, max(pageRank) AS pageRank, max(betweenness) AS betweenness, max(kept) AS kept
WHERE kept = 1
WITH a, pageRank, betweenness
ORDER BY __ORDER__, a.id
SKIP $skip
LIMIT $limit
WITH collect(a {.id, .name, .aliases, .category, .description, .bioguideId, .party, .state, .chamber, .district,
  .title, labels: labels(a)}) AS page
CALL () {
  CALL gds.graph.drop($graph, false) YIELD graphName
  RETURN count(graphName) AS dropped
}
UNWIND page AS actor
RETURN actor
