// Moves the outgoing __TYPE__ relationships of a merged actor onto the kept one (__TYPE__ comes from the
// allow-list). Where the kept actor already has the same edge, the two become one and their sources are joined.
MATCH (m:Actor {id: $mergeId})-[r:__TYPE__]->(x)
WHERE coalesce(x.id, '') <> $keepId
MATCH (k:Actor {id: $keepId})
MERGE (k)-[moved:__TYPE__]->(x)
ON CREATE SET moved += properties(r), moved.updatedBy = $by, moved.updatedAt = $at
ON MATCH SET moved.updatedBy = $by, moved.updatedAt = $at, moved.sources = reduce(acc = coalesce(moved.sources, []), s IN coalesce(r.sources, []) |
                                    CASE WHEN s IN acc THEN acc ELSE acc + s END)
DELETE r
RETURN count(*) AS written
