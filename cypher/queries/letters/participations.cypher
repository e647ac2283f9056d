// Every letter each actor took part in and how: LEAD, SIGNER, ENDORSER, ADDRESSEE or CC, newest letter first.
// $ids: actor ids.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL {
  WITH a
  MATCH (a)-[r:SIGNED]->(l:Letter)
  RETURN l, r.role AS role, r
  UNION
  WITH a
  MATCH (a)-[r:ENDORSED]->(l:Letter)
  RETURN l, 'ENDORSER' AS role, r
  UNION
  WITH a
  MATCH (a)<-[r:ADDRESSED_TO]-(l:Letter)
  RETURN l, 'ADDRESSEE' AS role, r
  UNION
  WITH a
  MATCH (a)<-[r:CC]-(l:Letter)
  RETURN l, 'CC' AS role, r
}
RETURN id AS actorId, l {.*} AS letter, role, r.position AS position, r.title AS title,
       r.organization AS organization, r.location AS location, COLLECT { UNWIND coalesce(r.sources, []) AS sid MATCH (s:Source {id: sid}) RETURN s {.*} } AS sources
ORDER BY actorId, l.sortKey DESC
