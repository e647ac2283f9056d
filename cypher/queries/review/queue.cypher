// Open review candidates, most likely first. $skip, $limit: paging.
MATCH (a:Actor)-[c:POSSIBLY_SAME_AS {status: 'OPEN'}]->(b:Actor)
RETURN a {.*, labels: labels(a)} AS actor, b {.*, labels: labels(b)} AS candidate, c.score AS score,
       c.reason AS reason, c.status AS status,
       COLLECT { UNWIND coalesce(c.sources, []) AS sid MATCH (s:Source {id: sid}) RETURN s {.*} } AS sources
ORDER BY c.score DESC, a.name, b.name
SKIP $skip
LIMIT $limit
