// Actor.degree for one level of a request: for each actor of $ids, how many distinct actors signed or endorsed at
// least one letter l matching __LETTER__ (the window; 'true' for every letter) together with it. Plain Cypher.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id, COUNT {
  MATCH (a)-[:SIGNED|ENDORSED]->(l:Letter)<-[:SIGNED|ENDORSED]-(other:Actor)
  WHERE other <> a AND __LETTER__
  RETURN DISTINCT other
} AS degree
