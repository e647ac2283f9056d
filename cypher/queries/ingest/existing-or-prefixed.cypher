// The nodes a write refers to, and the actor ids a new actor's id could collide with, in one lookup:
// each of $ids that names a node (actors, letters, programs, sources) with its label, and every actor whose id
// starts with one of $prefixes (the "org:<slug>" a new name would get, so "org:<slug>-2", "-3", … are known too).
// $batch.ids: [id], $batch.prefixes: [id prefix]
// It keeps its first plan, and its lists come inside $batch so that one plan serves every length (KeptPlansTest).
CYPHER replan=skip
UNWIND $batch.ids AS id
OPTIONAL MATCH (a:Actor {id: id})
OPTIONAL MATCH (l:Letter {id: id})
OPTIONAL MATCH (p:Program {id: id})
OPTIONAL MATCH (s:Source {id: id})
WITH id, coalesce(a, l, p, s) AS node
WHERE node IS NOT NULL
RETURN id, [x IN labels(node) WHERE x <> 'Actor'][0] AS label
UNION
UNWIND $batch.prefixes AS prefix
MATCH (a:Actor)
WHERE a.id STARTS WITH prefix
RETURN a.id AS id, [x IN labels(a) WHERE x <> 'Actor'][0] AS label
