// Creates the sources a new letter brings along, leaving any source that already exists exactly as it is.
// $rows: [{id, properties: {…}}]
CYPHER replan=skip
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
ON CREATE SET s += row.properties, s.createdBy = $by, s.createdAt = $at
RETURN count(s) AS written
