// A letter ($letterId) and an actor ($actorId) after a correction of how the actor takes part in it.
MATCH (l:Letter {id: $letterId})
MATCH (a:Actor {id: $actorId})
RETURN l {.*} AS letter, a {.*, labels: labels(a)} AS actor
