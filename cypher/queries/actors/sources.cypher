// The sources behind each actor: those of the actor itself, of every edge it has, and the sources it is quoted
// in, appears in or wrote; oldest first. $ids: actor ids.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL {
  WITH a
  UNWIND coalesce(a.sources, []) AS sourceId
  RETURN sourceId
  UNION
  WITH a
  MATCH (a)-[r]-()
  UNWIND coalesce(r.sources, []) AS sourceId
  RETURN sourceId
  UNION
  WITH a
  MATCH (a)-[:STATEMENT_IN|MENTIONED_IN|AUTHORED]->(s:Source)
  RETURN s.id AS sourceId
}
WITH id, sourceId
MATCH (s:Source {id: sourceId})
RETURN id AS actorId, s {.*} AS source
ORDER BY actorId, s.date, s.id
