// What a merge step is about to change, read first so the merge can be undone: the kept ($keepId) and the merged
// ($mergeId) actor, each with its labels and every property exactly as stored.
MATCH (a:Actor)
WHERE a.id IN [$keepId, $mergeId]
RETURN a.id AS id, labels(a) AS labels, properties(a) AS properties
