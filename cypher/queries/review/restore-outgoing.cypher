// Gives an actor back its outgoing __TYPE__ relationships to __LABEL__ nodes as a merge recorded them (__TYPE__ and
// __LABEL__ from the allow-list). $mergeId: the actor put back; $keepId: the actor it was merged into; $mergeBy,
// $mergeAt: the merge's stamp, by which an edge of the kept actor untouched since the merge is told from one a later
// correction changed. $rows: [{other, outcome, properties, kept}], outcome as the merge recorded it:
//   DROPPED: the edge ran to the kept actor and went with the merged node: it is created again as it was;
//   MOVED: the merge made the kept actor's edge from it: the edge moves back (as it was, or as a later correction
//          left it); gone since (its letter retracted, the signature removed), it stays gone;
//   JOINED: the kept actor had the same edge and the merge joined the two: the kept actor's edge gets back what it
//           was (unless changed since) and the merged actor its own; gone since, both stay gone.
UNWIND $rows AS row
MATCH (m:Actor {id: $mergeId})
MATCH (x:__LABEL__ {id: row.other})
OPTIONAL MATCH (:Actor {id: $keepId})-[kr:__TYPE__]->(x)
WHERE row.outcome <> 'DROPPED'
WITH row, m, x, kr, (kr IS NOT NULL AND kr.updatedBy = $mergeBy AND kr.updatedAt = $mergeAt) AS untouched
WHERE row.outcome = 'DROPPED' OR kr IS NOT NULL
CREATE (m)-[r:__TYPE__]->(x)
SET r = CASE WHEN row.outcome = 'MOVED' AND NOT untouched THEN properties(kr) ELSE row.properties END
FOREACH (joined IN CASE WHEN row.outcome = 'JOINED' AND untouched THEN [1] ELSE [] END | SET kr = row.kept)
FOREACH (moved IN CASE WHEN row.outcome = 'MOVED' THEN [1] ELSE [] END | DELETE kr)
RETURN count(r) AS written
