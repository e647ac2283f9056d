// Removes a letter ($id) with every edge it has, and says what it was and which actors took part in it.
MATCH (l:Letter {id: $id})
WITH l, l {.*} AS letter,
     COLLECT { MATCH (l)-[]-(a:Actor) RETURN DISTINCT a.id } AS actors,
     COUNT { (l)-[]-() } AS edges
DETACH DELETE l
RETURN letter, actors, edges
