// The last step of a merge: the kept actor takes the merged one's name as an alias, its aliases, keys and
// sources, remembers its id, and the merged node (now without relationships to others) is deleted.
MATCH (k:Actor {id: $keepId})
MATCH (m:Actor {id: $mergeId})
WITH k, m, [m.name] + coalesce(m.aliases, []) AS names
SET k.aliases = reduce(acc = coalesce(k.aliases, []), x IN names |
                       CASE WHEN x IN acc OR x = k.name THEN acc ELSE acc + x END),
    k.keys = reduce(acc = coalesce(k.keys, []), x IN coalesce(m.keys, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    k.sources = reduce(acc = coalesce(k.sources, []), x IN coalesce(m.sources, []) |
                       CASE WHEN x IN acc THEN acc ELSE acc + x END),
    k.mergedIds = reduce(acc = coalesce(k.mergedIds, []), x IN [m.id] + coalesce(m.mergedIds, []) |
                         CASE WHEN x IN acc THEN acc ELSE acc + x END),
    k.updatedBy = $by, k.updatedAt = $at
DETACH DELETE m
RETURN k {.*, labels: labels(k)} AS actor
