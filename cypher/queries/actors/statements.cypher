// The sources in which each person or organization is quoted (no quoted text is kept). $ids: actor ids.
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[r:STATEMENT_IN]->(s:Source)
RETURN id AS actorId, s {.*} AS source
ORDER BY actorId, s.date, s.id
