// Which of these ids already name a node, and with which label. $ids: ids of actors, letters, programs, sources.
UNWIND $ids AS id
OPTIONAL MATCH (a:Actor {id: id})
OPTIONAL MATCH (l:Letter {id: id})
OPTIONAL MATCH (p:Program {id: id})
OPTIONAL MATCH (s:Source {id: id})
WITH id, coalesce(a, l, p, s) AS node
WHERE node IS NOT NULL
RETURN id, [x IN labels(node) WHERE x <> 'Actor'][0] AS label
