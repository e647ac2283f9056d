// Adds an addressee or cc (__TYPE__: ADDRESSED_TO or CC, from the allow-list): the letter ($letterId) goes to the
// actor ($actorId), with the title the letter gives ($properties), citing $sources.
MATCH (l:Letter {id: $letterId})
MATCH (a:Actor {id: $actorId})
CREATE (l)-[r:__TYPE__]->(a)
SET r += $properties, r.position = $position, r.sources = $sources, r.createdBy = $by, r.createdAt = $at
RETURN count(r) AS written
