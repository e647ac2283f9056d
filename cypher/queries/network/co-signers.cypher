// Everyone who signed or endorsed a letter together with one actor, the actor itself left out: how many letters
// they share and which (newest first), most shared first, ties broken by name, then id. A SIGNED and an ENDORSED
// edge to the same letter count once.
// $actorId: the actor; $minShared: fewest shared letters to be listed (1 or more); $limit: how many to list.
MATCH (me:Actor {id: $actorId})-[:SIGNED|ENDORSED]->(l:Letter)<-[:SIGNED|ENDORSED]-(other:Actor)
WHERE other <> me
WITH DISTINCT other, l
ORDER BY l.sortKey DESC
WITH other, collect(l.id) AS letterIds
WHERE size(letterIds) >= $minShared
RETURN other {.*, labels: labels(other)} AS actor, size(letterIds) AS count, letterIds
ORDER BY count DESC, other.name, other.id
LIMIT $limit
