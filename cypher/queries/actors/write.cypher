// Creates or updates actors of one kind (__LABEL__ comes from the allow-list of actor labels). Names are set on
// creation, or always when $authoritative (reference records); aliases, keys and sources only ever grow.
// $batch.rows: [{id, name, facts: {…non-null properties}, aliases: [], keys: [], sources: []}], $by, $at: who and when
// It keeps its first plan, and its lists come inside $batch so that one plan serves every length (KeptPlansTest).
CYPHER replan=skip
UNWIND $batch.rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a:__LABEL__, a.name = row.name, a.createdBy = $by, a.createdAt = $at
WITH a, row, properties(a) AS before
SET a += row.facts,
    a.name = CASE WHEN $authoritative THEN row.name ELSE a.name END,
    a.aliases = reduce(acc = coalesce(a.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    a.keys = reduce(acc = coalesce(a.keys, []), x IN row.keys | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    a.sources = reduce(acc = coalesce(a.sources, []), x IN row.sources | CASE WHEN x IN acc THEN acc ELSE acc + x END)
FOREACH (changed IN CASE WHEN properties(a) <> before
                          AND coalesce(a.createdAt, datetime('1970-01-01T00:00Z')) <> $at THEN [1] ELSE [] END |
  SET a.updatedBy = $by, a.updatedAt = $at)
RETURN count(a) AS written
