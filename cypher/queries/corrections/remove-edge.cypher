// Removes an actor's ($actorId) __TYPE__ edge with a letter ($letterId), either way round.
MATCH (l:Letter {id: $letterId})-[r:__TYPE__]-(a:Actor {id: $actorId})
DELETE r
RETURN count(*) AS written
