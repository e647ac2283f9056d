// Changes a signature's role between LEAD and SIGNER ($role), keeping its place.
MATCH (:Actor {id: $actorId})-[r:SIGNED]->(:Letter {id: $letterId})
SET r.role = $role, r.updatedBy = $by, r.updatedAt = $at
RETURN count(r) AS written
