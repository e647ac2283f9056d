// How many actors coSigners lists for one actor: those that signed or endorsed at least $minShared letters together
// with $actorId (the actor itself left out). The totalCount of coSignerConnection.
MATCH (me:Actor {id: $actorId})-[:SIGNED|ENDORSED]->(l:Letter)<-[:SIGNED|ENDORSED]-(other:Actor)
WHERE other <> me
WITH other, count(DISTINCT l) AS shared
WHERE shared >= $minShared
RETURN count(other) AS total
