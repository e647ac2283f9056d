// Creates or updates one letter node. $letter: {id, properties: {…}, sources: []}
MERGE (l:Letter {id: $letter.id})
SET l += $letter.properties,
    l.sources = reduce(acc = coalesce(l.sources, []), x IN $letter.sources | CASE WHEN x IN acc THEN acc ELSE acc + x END)
RETURN l.id AS id
