// The co-signature network of the letters that match the filters: an edge joins two actors that signed or endorsed
// at least $minShared of those letters together, weighted by how many. Only the strongest edges come back (weight,
// then source and target id, so ties are cut the same way every time): the pairs are counted in the database and
// only $limit edges leave it. Each node carries how many of the filtered letters it took part in; the caller
// derives Jaccard similarity, weight / (letters of source + letters of target - weight), from those counts.
// $addressedTo: id of an addressee; $concerns: id of a program; $participant: id of an actor in any role;
// $from, $to: inclusive date range; $minShared: lightest edge kept (1 or more); $limit: most edges returned.
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
WITH a, b, count(DISTINCT l) AS weight
WHERE weight >= $minShared
ORDER BY weight DESC, a.id, b.id
LIMIT $limit
WITH collect({source: a, target: b, weight: weight}) AS edges
CALL (edges) {
  UNWIND edges AS edge
  UNWIND [edge.source, edge.target] AS n
  WITH DISTINCT n
  CALL (n) {
    MATCH (n)-[:SIGNED|ENDORSED]->(l:Letter)
    WHERE ($from IS NULL OR l.date >= $from)
      AND ($to IS NULL OR l.date <= $to)
      AND ($addressedTo IS NULL OR EXISTS { (l)-[:ADDRESSED_TO]->(:Actor {id: $addressedTo}) })
      AND ($concerns IS NULL OR EXISTS { (l)-[:CONCERNS]->(:Program {id: $concerns}) })
      AND ($participant IS NULL
        OR EXISTS { (l)<-[:SIGNED|ENDORSED]-(:Actor {id: $participant}) }
        OR EXISTS { (l)-[:ADDRESSED_TO|CC]->(:Actor {id: $participant}) })
    RETURN count(DISTINCT l) AS letterCount
  }
  WITH n, letterCount ORDER BY letterCount DESC, n.name, n.id
  RETURN collect({actor: n {.*, labels: labels(n)}, letterCount: letterCount}) AS nodes
}
RETURN nodes, [edge IN edges | {source: edge.source.id, target: edge.target.id, weight: edge.weight}] AS edges
