// Creates or updates programs from reference records. $rows: [{id, properties: {…}, aliases: [], sources: []}]
UNWIND $rows AS row
MERGE (p:Program {id: row.id})
ON CREATE SET p.createdBy = $by, p.createdAt = $at
WITH p, row, properties(p) AS before
SET p += row.properties,
    p.aliases = reduce(acc = coalesce(p.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    p.sources = reduce(acc = coalesce(p.sources, []), x IN row.sources | CASE WHEN x IN acc THEN acc ELSE acc + x END)
FOREACH (changed IN CASE WHEN properties(p) <> before
                          AND coalesce(p.createdAt, datetime('1970-01-01T00:00Z')) <> $at THEN [1] ELSE [] END |
  SET p.updatedBy = $by, p.updatedAt = $at)
RETURN count(p) AS written
