// Moves the incoming __TYPE__ relationships of a merged actor onto the kept one; see move-outgoing.
MATCH (x)-[r:__TYPE__]->(m:Actor {id: $mergeId})
WHERE coalesce(x.id, '') <> $keepId
MATCH (k:Actor {id: $keepId})
MERGE (x)-[moved:__TYPE__]->(k)
ON CREATE SET moved += properties(r), moved.updatedBy = $by, moved.updatedAt = $at
ON MATCH SET moved.updatedBy = $by, moved.updatedAt = $at, moved.sources = reduce(acc = coalesce(moved.sources, []), s IN coalesce(r.sources, []) |
                                    CASE WHEN s IN acc THEN acc ELSE acc + s END)
DELETE r
RETURN count(*) AS written
