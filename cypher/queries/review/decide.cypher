// Marks the candidate between two actors as decided ($status: DISMISSED), so it stays out of the queue for good.
MATCH (a:Actor {id: $a})-[c:POSSIBLY_SAME_AS]-(b:Actor {id: $b})
SET c.status = $status, c.updatedBy = $by, c.updatedAt = $at
RETURN a {.*, labels: labels(a)} AS actor, b {.*, labels: labels(b)} AS candidate, c.score AS score,
       c.reason AS reason, c.status AS status,
       COLLECT { UNWIND coalesce(c.sources, []) AS sid MATCH (s:Source {id: sid}) RETURN s {.*} } AS sources
