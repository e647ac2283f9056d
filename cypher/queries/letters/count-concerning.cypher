// How many letters about one program ($concerns, required) match the other filters of letters/page. Starting from
// the program reads only that program's letters, where letters/count reads every letter in the graph and checks
// each for the program; the answer is the same. Same parameters as letters/count.
MATCH (:Program {id: $concerns})<-[:CONCERNS]-(l:Letter)
WHERE ($from IS NULL OR l.date >= $from)
  AND ($to IS NULL OR l.date <= $to)
  AND ($addressedTo IS NULL OR EXISTS { (l)-[:ADDRESSED_TO]->(:Actor {id: $addressedTo}) })
  AND ($participant IS NULL
    OR EXISTS { (l)<-[:SIGNED|ENDORSED]-(:Actor {id: $participant}) }
    OR EXISTS { (l)-[:ADDRESSED_TO|CC]->(:Actor {id: $participant}) })
RETURN count(DISTINCT l) AS total
