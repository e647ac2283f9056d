// The co-signature network one calendar year at a time, for each year from $fromYear to $toYear (oldest first),
// so organizers can watch a coalition form: for each year, as network/co-signature-network does for the letters of
// that year that match the filters. An edge joins two actors that signed or endorsed at least $minShared of those
// letters together, weighted by how many; only the $limit strongest edges of each year come back (weight, then
// source and target id), with their endpoints and how many of the year's filtered letters each took part in (the
// caller derives the normalised weights from those counts). A year without such letters has no nodes and no edges.
// $addressedTo: id of an addressee; $concerns: id of a program; $participant: id of an actor in any role;
// $from, $to: inclusive date range (within the years); $fromYear, $toYear: the years; $minShared: lightest edge
// kept (1 or more); $limit: most edges returned per year.
UNWIND range($fromYear, $toYear) AS year
CALL (year) {
  MATCH (l:Letter)
  WHERE l.date >= date({year: year, month: 1, day: 1}) AND l.date <= date({year: year, month: 12, day: 31})
    AND ($from IS NULL OR l.date >= $from)
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
  RETURN collect({source: a, target: b, weight: weight}) AS edges
}
CALL (year, edges) {
  UNWIND edges AS edge
  UNWIND [edge.source, edge.target] AS n
  WITH DISTINCT n
  CALL (n, year) {
    MATCH (n)-[:SIGNED|ENDORSED]->(l:Letter)
    WHERE l.date >= date({year: year, month: 1, day: 1}) AND l.date <= date({year: year, month: 12, day: 31})
      AND ($from IS NULL OR l.date >= $from)
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
RETURN year, nodes, [edge IN edges | {source: edge.source.id, target: edge.target.id, weight: edge.weight}] AS edges
ORDER BY year
