// Writes edges of one type between existing nodes, idempotently: the edge is merged, its properties set, and its
// sources added to those it already has. __FROM__, __TYPE__ and __TO__ are filled from the service's allow-list of
// labels and relationship types before the statement runs; everything else is a parameter.
// Who wrote it and when: createdBy/createdAt on a new edge, updatedBy/updatedAt only when a value changed.
// firstSaid properties are set only where the edge has none yet: they are set, then the edge's own values put back.
// $batch.rows: [{from: id, to: id, properties: {…}, firstSaid: {…}, sources: [source ids]}], $by: who writes, $at: when
// It keeps its first plan, and its lists come inside $batch so that one plan serves every length (KeptPlansTest).
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (a:__FROM__ {id: row.from})
MATCH (b:__TO__ {id: row.to})
MERGE (a)-[r:__TYPE__]->(b)
ON CREATE SET r.createdBy = $by, r.createdAt = $at
WITH r, row, properties(r) AS before
SET r += row.firstSaid
SET r += before
SET r += row.properties,
    r.sources = reduce(acc = coalesce(r.sources, []), s IN row.sources | CASE WHEN s IN acc THEN acc ELSE acc + s END)
FOREACH (changed IN CASE WHEN properties(r) <> before
                          AND coalesce(r.createdAt, datetime('1970-01-01T00:00Z')) <> $at THEN [1] ELSE [] END |
  SET r.updatedBy = $by, r.updatedAt = $at)
RETURN count(r) AS written
