// Where an actor ($actorId) stands on a letter ($letterId): whether each exists, the letter's sources, how many
// sign it, and every role the actor has on it (LEAD, SIGNER, ENDORSER, ADDRESSEE, CC) with its position.
OPTIONAL MATCH (l:Letter {id: $letterId})
OPTIONAL MATCH (a:Actor {id: $actorId})
RETURN l IS NOT NULL AS letterFound, a IS NOT NULL AS actorFound, l.title AS title, a.name AS name,
       coalesce(l.sources, []) AS letterSources,
       CASE WHEN l IS NULL THEN 0 ELSE COUNT { (l)<-[:SIGNED]-() } END AS signers,
       CASE WHEN l IS NULL OR a IS NULL THEN [] ELSE
         COLLECT { MATCH (a)-[r:SIGNED]->(l) RETURN {role: r.role, position: r.position} }
         + COLLECT { MATCH (a)-[r:ENDORSED]->(l) RETURN {role: 'ENDORSER', position: r.position} }
         + COLLECT { MATCH (l)-[r:ADDRESSED_TO]->(a) RETURN {role: 'ADDRESSEE', position: r.position} }
         + COLLECT { MATCH (l)-[r:CC]->(a) RETURN {role: 'CC', position: r.position} } END AS roles
