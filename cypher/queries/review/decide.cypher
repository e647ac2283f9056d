// A person's judgement on the candidate between two actors, with who and when: $status DISMISSED (not the same:
// out of the queue for good), UNSURE (kept in the queue, after the pairs nobody has judged) or SAME (just before
// the two are merged). $a, $b: the two actors' ids, either way round. previous: the status before (null: never
// judged), so that a judgement that changes nothing is not written into the history again.
MATCH (a:Actor {id: $a})-[c:POSSIBLY_SAME_AS]-(b:Actor {id: $b})
WITH a, b, c, c.status AS previous
SET c.status = $status, c.decidedBy = $by, c.decidedAt = $at, c.updatedBy = $by, c.updatedAt = $at
RETURN a {.*, labels: labels(a)} AS actor, b {.*, labels: labels(b)} AS candidate, c.score AS score,
       c.reason AS reason, c.status AS status, previous, c.decidedBy AS decidedBy, c.decidedAt AS decidedAt,
       COLLECT { UNWIND coalesce(c.sources, []) AS sid MATCH (s:Source {id: sid}) RETURN s {.*} } AS sources
