// Gives an actor ($actorId) a __TYPE__ edge with a letter ($letterId) carrying $properties (those of the edge it
// replaces, in another role), stamped as changed now. $out: the edge runs from the actor to the letter (SIGNED,
// ENDORSED), else from the letter to the actor (ADDRESSED_TO, CC).
MATCH (l:Letter {id: $letterId})
MATCH (a:Actor {id: $actorId})
FOREACH (x IN CASE WHEN $out THEN [1] ELSE [] END |
  CREATE (a)-[r:__TYPE__]->(l) SET r = $properties, r.updatedBy = $by, r.updatedAt = $at)
FOREACH (x IN CASE WHEN $out THEN [] ELSE [1] END |
  CREATE (l)-[r:__TYPE__]->(a) SET r = $properties, r.updatedBy = $by, r.updatedAt = $at)
RETURN count(*) AS written
