// Creates or updates sources from reference records. $rows: [{id, properties: {…}}]
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
ON CREATE SET s.createdBy = $by, s.createdAt = $at
WITH s, row, properties(s) AS before
SET s += row.properties
FOREACH (changed IN CASE WHEN properties(s) <> before
                          AND coalesce(s.createdAt, datetime('1970-01-01T00:00Z')) <> $at THEN [1] ELSE [] END |
  SET s.updatedBy = $by, s.updatedAt = $at)
RETURN count(s) AS written
