// Creates or updates the letter nodes of one write (a batch of one or more letters), in the order given; a letter
// named twice is written twice, the second time over the first. Properties are set, sources only ever added to;
// a property given as null is removed (unnamedAddressees, unnamedCc, unnamedSigners, proposedPrograms: what is still
// waiting for a person, as the latest write of the letter leaves it).
// createdBy/createdAt on a new letter, updatedBy/updatedAt only when a value changed.
// $batch.letters: [{id, properties: {…}, sources: []}], $by: who writes, $at: when
// It keeps its first plan, and its lists come inside $batch so that one plan serves every length (KeptPlansTest).
CYPHER replan=skip
UNWIND $batch.letters AS letter
MERGE (l:Letter {id: letter.id})
ON CREATE SET l.createdBy = $by, l.createdAt = $at
WITH l, letter, properties(l) AS before
SET l += letter.properties,
    l.sources = reduce(acc = coalesce(l.sources, []), x IN letter.sources | CASE WHEN x IN acc THEN acc ELSE acc + x END)
FOREACH (changed IN CASE WHEN properties(l) <> before
                          AND coalesce(l.createdAt, datetime('1970-01-01T00:00Z')) <> $at THEN [1] ELSE [] END |
  SET l.updatedBy = $by, l.updatedAt = $at)
RETURN count(l) AS written
