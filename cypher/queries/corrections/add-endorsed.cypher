// Adds an endorsement: the actor ($actorId) backs the letter ($letterId), citing $sources.
MATCH (l:Letter {id: $letterId})
MATCH (a:Actor {id: $actorId})
CREATE (a)-[r:ENDORSED]->(l)
SET r += $properties, r.position = $position, r.sources = $sources, r.createdBy = $by, r.createdAt = $at
RETURN count(r) AS written
