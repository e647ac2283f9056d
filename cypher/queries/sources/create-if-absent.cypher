// Creates the sources a new letter brings along, leaving any source that already exists exactly as it is.
// $batch.rows: [{id, properties: {…}}]
// It keeps its first plan, and its lists come inside $batch so that one plan serves every length (KeptPlansTest).
CYPHER replan=skip
UNWIND $batch.rows AS row
MERGE (s:Source {id: row.id})
ON CREATE SET s += row.properties, s.createdBy = $by, s.createdAt = $at
RETURN count(s) AS written
