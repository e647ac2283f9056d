// Every relationship of the actor a merge step takes in ($mergeId), read before it moves: its type, whether it points
// out of that actor, the id and primary label of the node at its other end, its properties exactly as stored, whether
// that other end is the kept actor ($keepId; such edges are dropped by the merge), and the properties of the kept
// actor's own edge of the same type and direction to the same node, when it has one (the merge then joins the two).
MATCH (k:Actor {id: $keepId})
MATCH (m:Actor {id: $mergeId})-[r]-(x)
WITH k, r, x, startNode(r) <> x AS out
RETURN type(r) AS type, out, x.id AS other,
       [l IN labels(x) WHERE l IN ['Actor', 'Letter', 'Program', 'Source']][0] AS otherLabel,
       properties(r) AS properties, x = k AS toKept,
       COLLECT { MATCH (k)-[kr]-(x) WHERE type(kr) = type(r) AND (startNode(kr) = k) = out RETURN properties(kr) } AS kept
ORDER BY type, other, out
