// Adds a signature: the actor ($actorId) signs the letter ($letterId) as $role at $position, citing $sources, with the
// title, organization and location the letter gives ($properties, nulls left out).
MATCH (l:Letter {id: $letterId})
MATCH (a:Actor {id: $actorId})
CREATE (a)-[r:SIGNED]->(l)
SET r += $properties, r.role = $role, r.position = $position, r.sources = $sources,
    r.createdBy = $by, r.createdAt = $at
RETURN count(r) AS written
