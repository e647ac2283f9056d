// A page of letters, newest first, with optional filters.
// $upper:       the sortKey every letter of the page is below: the smaller of the sortKey of the last letter of the
//               previous page (none for the first page) and the day after $to; '\uffff' when neither is given
// $lower:       the sortKey every letter of the page is at or above: $from as text, '' when not given
// $addressedTo: id of an addressee; $concerns: id of a program; $participant: id of an actor in any role
// $from, $to:   inclusive date range; $limit: page size + 1 (to learn whether another page follows)
// sortKey is the letter's date (ISO, 0000-00-00 when unknown), '|' and its id, so the two bounds turn the date range
// into a range of the sortKey index: the scan starts at the newest letter on or before $to instead of the newest
// letter of all. The date conditions stay; the bounds only skip letters they would reject, as long as sortKey keeps
// that layout (set where letters are written, and documented with its index in migration V0002).
MATCH (l:Letter)
WHERE l.sortKey < $upper AND l.sortKey >= $lower
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
