// Every signature the co-signature index cannot take for a plain one (SIGNED as SIGNER): each actor and letter joined
// by an ENDORSED relationship or a SIGNED one with another role (or none), with all the relationships between the two,
// [type, role], so the index can show the signature before the endorsement; see CoSignatureIndex.
MATCH (a:Actor)-[r:SIGNED|ENDORSED]->(l:Letter)
WHERE type(r) = 'ENDORSED' OR coalesce(r.role, '') <> 'SIGNER'
RETURN l.id AS letter, a.id AS actor, [(a)-[s:SIGNED|ENDORSED]->(l) | [type(s), s.role]] AS ties
