// What each letter is about and what it asks for each program. $ids: letter ids.
UNWIND $ids AS id
MATCH (:Letter {id: id})-[c:CONCERNS]->(p:Program)
RETURN id AS letterId, p {.*} AS program, c.ask AS ask, c.sources AS sources
ORDER BY letterId, p.name
