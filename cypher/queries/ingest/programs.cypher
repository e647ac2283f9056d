// Creates or updates programs from reference records. $rows: [{id, properties: {…}, aliases: [], sources: []}]
UNWIND $rows AS row
MERGE (p:Program {id: row.id})
SET p += row.properties,
    p.aliases = reduce(acc = coalesce(p.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    p.sources = reduce(acc = coalesce(p.sources, []), x IN row.sources | CASE WHEN x IN acc THEN acc ELSE acc + x END)
RETURN count(p) AS written
