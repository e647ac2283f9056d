// Creates or updates one letter node. $letter: {id, properties: {…}, sources: []}
MERGE (l:Letter {id: $letter.id})
ON CREATE SET l.createdBy = $by, l.createdAt = $at
WITH l, properties(l) AS before
SET l += $letter.properties,
    l.sources = reduce(acc = coalesce(l.sources, []), x IN $letter.sources | CASE WHEN x IN acc THEN acc ELSE acc + x END)
FOREACH (changed IN CASE WHEN properties(l) <> before
                          AND coalesce(l.createdAt, datetime('1970-01-01T00:00Z')) <> $at THEN [1] ELSE [] END |
  SET l.updatedBy = $by, l.updatedAt = $at)
RETURN l.id AS id
