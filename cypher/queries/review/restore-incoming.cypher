// Gives an actor back its incoming __TYPE__ relationships from __LABEL__ nodes as a merge recorded them; see
// restore-outgoing for the parameters and what each outcome does.
UNWIND $rows AS row
MATCH (m:Actor {id: $mergeId})
MATCH (x:__LABEL__ {id: row.other})
OPTIONAL MATCH (x)-[kr:__TYPE__]->(:Actor {id: $keepId})
WHERE row.outcome <> 'DROPPED'
WITH row, m, x, kr, (kr IS NOT NULL AND kr.updatedBy = $mergeBy AND kr.updatedAt = $mergeAt) AS untouched
WHERE row.outcome = 'DROPPED' OR kr IS NOT NULL
CREATE (x)-[r:__TYPE__]->(m)
SET r = CASE WHEN row.outcome = 'MOVED' AND NOT untouched THEN properties(kr) ELSE row.properties END
FOREACH (joined IN CASE WHEN row.outcome = 'JOINED' AND untouched THEN [1] ELSE [] END | SET kr = row.kept)
FOREACH (moved IN CASE WHEN row.outcome = 'MOVED' THEN [1] ELSE [] END | DELETE kr)
RETURN count(r) AS written
