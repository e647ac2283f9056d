// What each letter is about and what it asks for each program. $ids: letter ids.
UNWIND $ids AS id
MATCH (:Letter {id: id})-[c:CONCERNS]->(p:Program)
RETURN id AS letterId, p {.*, sources: COLLECT { UNWIND coalesce(p.sources, []) AS sid MATCH (s:Source {id: sid}) RETURN s {.*} }} AS program,
       c.ask AS ask, COLLECT { UNWIND coalesce(c.sources, []) AS sid MATCH (s:Source {id: sid}) RETURN s {.*} } AS sources
ORDER BY letterId, p.name
