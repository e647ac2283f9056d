// Review candidates waiting for a person: those nobody has judged (OPEN), most likely first, then those a person
// marked UNSURE, most likely first. $skip, $limit: paging.
MATCH (a:Actor)-[c:POSSIBLY_SAME_AS]->(b:Actor)
WHERE c.status IN ['OPEN', 'UNSURE']
RETURN a {.*, labels: labels(a)} AS actor, b {.*, labels: labels(b)} AS candidate, c.score AS score,
       c.reason AS reason, c.status AS status, c.decidedBy AS decidedBy, c.decidedAt AS decidedAt,
       COLLECT { UNWIND coalesce(c.sources, []) AS sid MATCH (s:Source {id: sid}) RETURN s {.*} } AS sources
ORDER BY c.status = 'UNSURE', c.score DESC, a.name, b.name
SKIP $skip
LIMIT $limit
