// Actors whose letters overlap most with one actor's, by Jaccard similarity of the letters each signed or
// endorsed (Node Similarity of Neo4j Graph Data Science, filtered to this one actor), with the number of letters
// shared; most similar first, then most shared, then by name. Needs GDS 2.x on the server.
// Only the actor, its co-signers and their letters are projected: nobody else can be similar.
// The projection $graph (a name unique to this call) is dropped by the statement itself; the service drops it
// again if the statement fails half-way. One row, always: found says whether $actorId is an actor; total counts
// every similar actor, similar holds those after the first $skip, at most $limit.
// $actorId: the actor; $skip, $limit: the page.
OPTIONAL MATCH (me:Actor {id: $actorId})
CALL (me) {
  MATCH (me)-[:SIGNED|ENDORSED]->(:Letter)<-[:SIGNED|ENDORSED]-(other:Actor)
  WHERE other <> me
  WITH me, collect(DISTINCT other) + me AS actors
  UNWIND actors AS a
  MATCH (a)-[:SIGNED|ENDORSED]->(l:Letter)
  WITH DISTINCT me, size(actors) AS candidates, a, l
  WITH me, candidates, gds.graph.project($graph, a, l, {sourceNodeLabels: 'Actor', targetNodeLabels: 'Letter'})
    AS projection
  CALL gds.nodeSimilarity.filtered.stream($graph, {sourceNodeFilter: [me], targetNodeFilter: 'Actor',
    topK: candidates, similarityMetric: 'JACCARD', concurrency: 1})
  YIELD node2, similarity
  WITH me, gds.util.asNode(node2) AS other, similarity
  WITH other, similarity,
    COUNT { MATCH (me)-[:SIGNED|ENDORSED]->(l:Letter)<-[:SIGNED|ENDORSED]-(other) RETURN DISTINCT l } AS shared
  ORDER BY similarity DESC, shared DESC, other.name, other.id
  WITH collect({actor: other {.*, labels: labels(other)}, shared: shared, jaccard: similarity}) AS kept
  RETURN size(kept) AS total, kept[$skip..$skip + $limit] AS similar
}
CALL () {
  CALL gds.graph.drop($graph, false) YIELD graphName
  RETURN count(graphName) AS dropped
}
RETURN me IS NOT NULL AS found, coalesce(total, 0) AS total, coalesce(similar, []) AS similar
