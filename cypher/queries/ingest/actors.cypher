// Creates or updates actors of one kind (__LABEL__ comes from the allow-list of actor labels). Names are set on
// creation, or always when $authoritative (reference records); aliases, keys and sources only ever grow.
// $rows: [{id, name, facts: {…non-null properties}, aliases: [], keys: [], sources: []}]
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a:__LABEL__, a.name = row.name
SET a += row.facts,
    a.name = CASE WHEN $authoritative THEN row.name ELSE a.name END,
    a.aliases = reduce(acc = coalesce(a.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    a.keys = reduce(acc = coalesce(a.keys, []), x IN row.keys | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    a.sources = reduce(acc = coalesce(a.sources, []), x IN row.sources | CASE WHEN x IN acc THEN acc ELSE acc + x END)
RETURN count(a) AS written
