// Blocs of a co-signature network whose pairs were counted outside the database (by the in-memory co-signature
// index, see CoSignatureIndex and Communities): the same communities as blocs.cypher, which counts the pairs itself.
// The pairs come ordered by source id then target id, the order blocs.cypher sorts them in (Neo4j orders strings by
// UTF-16 code unit, as Java does), and are projected in the order of the list (sorting a million pairs again here
// would take seconds); with the same weights and Leiden's same seed on one thread, the same network gives the same
// blocs. Blocs of one actor are left out; members are listed by name, blocs largest first.
// The graph's fingerprint (from the count store) is read first: when it is not the one the pairs were counted at,
// nothing is projected and `current` is false, for the caller to ask blocs.cypher instead. The projection $graph (a
// name unique to this call) is dropped by the statement itself; the service drops it again if the statement fails
// half-way. One row, always.
// $actors: the ids of the pairs' actors; $sources, $targets, $shared: the pairs, pair i being $sources[i] and
// $targets[i] (positions in $actors) with $shared[i] letters, ordered by the ids of source then target (three flat
// lists of numbers, not a list of a million small lists: the driver and the server pack and unpack them at a
// fraction of the cost); $fingerprint: [SIGNED, ENDORSED, actors, letters] the pairs were counted at; $limit: most
// blocs returned (the largest); $graph: the projection's name.
CALL () {
  RETURN [COUNT { ()-[:SIGNED]->() }, COUNT { ()-[:ENDORSED]->() }, COUNT { (:Actor) }, COUNT { (:Letter) }]
    = $fingerprint AS current
}
CALL (current) {
  UNWIND CASE WHEN current THEN range(0, size($actors) - 1) ELSE [] END AS i
  MATCH (a:Actor {id: $actors[i]})
  WITH i, a ORDER BY i
  RETURN collect(a) AS actors
}
WITH current AND size(actors) = size($actors) AS current, actors
CALL (current, actors) {
  UNWIND CASE WHEN current THEN range(0, size($sources) - 1) ELSE [] END AS i
  WITH actors[$sources[i]] AS a, actors[$targets[i]] AS b, $shared[i] AS shared
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
RETURN current, blocs
