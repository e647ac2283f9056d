// Ordering key of a list of actors (a is the actor): its degree, how many distinct actors signed or endorsed at
// least one letter l matching __LETTER__ (the order's window) together with it.
COUNT { MATCH (a)-[:SIGNED|ENDORSED]->(l:Letter)<-[:SIGNED|ENDORSED]-(other:Actor)
  WHERE other <> a AND __LETTER__ RETURN DISTINCT other }
