// Who works for or holds office in which organization, seen from either side. $ids: actor ids.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
MATCH (p:Actor)-[r:AFFILIATED_WITH|HOLDS_OFFICE]->(o:Organization)
WHERE p = a OR o = a
RETURN id AS actorId, p {.*, labels: labels(p)} AS member, o {.*, labels: labels(o)} AS organization,
       r.title AS title, COLLECT { UNWIND coalesce(r.sources, []) AS sid MATCH (s:Source {id: sid}) RETURN s {.*} } AS sources
ORDER BY actorId, o.name, p.name
