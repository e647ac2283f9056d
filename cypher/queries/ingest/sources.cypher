// Creates or updates sources from reference records. $rows: [{id, properties: {…}}]
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.properties
RETURN count(s) AS written
