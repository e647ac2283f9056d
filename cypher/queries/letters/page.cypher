// A page of letters, newest first, with optional filters.
// $after:       sortKey of the last letter of the previous page, or null for the first page
// $addressedTo: id of an addressee; $concerns: id of a program; $participant: id of an actor in any role
// $from, $to:   inclusive date range; $limit: page size + 1 (to learn whether another page follows)
MATCH (l:Letter)
WHERE l.sortKey < coalesce($after, '\uffff')
  AND ($from IS NULL OR l.date >= $from)
  AND ($to IS NULL OR l.date <= $to)
  AND ($addressedTo IS NULL OR EXISTS { (l)-[:ADDRESSED_TO]->(:Actor {id: $addressedTo}) })
  AND ($concerns IS NULL OR EXISTS { (l)-[:CONCERNS]->(:Program {id: $concerns}) })
  AND ($participant IS NULL
    OR EXISTS { (l)<-[:SIGNED|ENDORSED]-(:Actor {id: $participant}) }
    OR EXISTS { (l)-[:ADDRESSED_TO|CC]->(:Actor {id: $participant}) })
RETURN l {.*} AS letter
ORDER BY l.sortKey DESC
LIMIT $limit
