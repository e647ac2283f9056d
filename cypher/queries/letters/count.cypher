// How many letters match the filters of letters/page (same parameters, no paging).
MATCH (l:Letter)
WHERE ($from IS NULL OR l.date >= $from)
  AND ($to IS NULL OR l.date <= $to)
  AND ($addressedTo IS NULL OR EXISTS { (l)-[:ADDRESSED_TO]->(:Actor {id: $addressedTo}) })
  AND ($concerns IS NULL OR EXISTS { (l)-[:CONCERNS]->(:Program {id: $concerns}) })
  AND ($participant IS NULL
    OR EXISTS { (l)<-[:SIGNED|ENDORSED]-(:Actor {id: $participant}) }
    OR EXISTS { (l)-[:ADDRESSED_TO|CC]->(:Actor {id: $participant}) })
RETURN count(l) AS total
