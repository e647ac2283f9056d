// Blocs: communities of the co-signature network of the letters that match the filters, found by Leiden
// (Neo4j Graph Data Science) on the actor-actor graph weighted by shared letters. Needs GDS 2.x on the server.
// The pairs are projected in a fixed order and Leiden runs with a fixed seed on one thread, so the same graph
// gives the same blocs. Blocs of one actor are left out; members are listed by name, blocs largest first.
// The projection $graph (a name unique to this call) is dropped by the statement itself; the service drops it
// again if the statement fails half-way. One row, always.
// $addressedTo, $concerns, $participant, $from, $to: as in co-signature-network; $minShared: lightest edge kept;
// $limit: most blocs returned (the largest); $graph: the projection's name.
CALL () {
  MATCH (l:Letter)
  WHERE ($from IS NULL OR l.date >= $from)
    AND ($to IS NULL OR l.date <= $to)
    AND ($addressedTo IS NULL OR EXISTS { (l)-[:ADDRESSED_TO]->(:Actor {id: $addressedTo}) })
    AND ($concerns IS NULL OR EXISTS { (l)-[:CONCERNS]->(:Program {id: $concerns}) })
    AND ($participant IS NULL
      OR EXISTS { (l)<-[:SIGNED|ENDORSED]-(:Actor {id: $participant}) }
      OR EXISTS { (l)-[:ADDRESSED_TO|CC]->(:Actor {id: $participant}) })
  MATCH (a:Actor)-[:SIGNED|ENDORSED]->(l)<-[:SIGNED|ENDORSED]-(b:Actor)
  WHERE a.id < b.id
  WITH a, b, count(DISTINCT l) AS shared
  WHERE shared >= $minShared
  WITH a, b, shared ORDER BY a.id, b.id
  WITH gds.graph.project($graph, a, b, {relationshipProperties: {weight: toFloat(shared)}},
    {undirectedRelationshipTypes: ['*']}) AS projection
  // An empty network projects nothing, and there is nothing to detect.
  WHERE projection IS NOT NULL
  CALL gds.leiden.stream($graph, {relationshipWeightProperty: 'weight', randomSeed: 19, concurrency: 1})
  YIELD nodeId, communityId
  WITH communityId, gds.util.asNode(nodeId) AS member
  ORDER BY member.name, member.id
  WITH communityId, collect(member {.*, labels: labels(member)}) AS members
  WHERE size(members) > 1
  WITH members ORDER BY size(members) DESC, members[0].name, members[0].id
  RETURN collect(members)[..$limit] AS blocs
}
CALL () {
  CALL gds.graph.drop($graph, false) YIELD graphName
  RETURN count(graphName) AS dropped
}
RETURN blocs
