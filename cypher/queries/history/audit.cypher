// Who created and who last changed each letter or actor ($ids), and when; unknown ids are simply absent.
UNWIND $ids AS id
OPTIONAL MATCH (a:Actor {id: id})
OPTIONAL MATCH (l:Letter {id: id})
WITH id, coalesce(a, l) AS n
WHERE n IS NOT NULL
RETURN id, n.createdBy AS createdBy, n.createdAt AS createdAt, n.updatedBy AS updatedBy, n.updatedAt AS updatedAt
