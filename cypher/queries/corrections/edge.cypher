// The properties of an actor's ($actorId) __TYPES__ edge with a letter ($letterId), either way round.
MATCH (l:Letter {id: $letterId})-[r:__TYPES__]-(a:Actor {id: $actorId})
RETURN properties(r) AS properties
