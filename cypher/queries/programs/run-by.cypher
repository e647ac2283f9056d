// The agencies that run each program. $ids: program ids.
UNWIND $ids AS id
MATCH (:Program {id: id})-[:RUN_BY]->(o:Organization)
RETURN id AS programId, o {.*, labels: labels(o)} AS actor
ORDER BY programId, o.name
