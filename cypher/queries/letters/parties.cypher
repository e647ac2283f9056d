// Everyone on each letter except plain signers: leads, endorsers, addressees and cc, with the title the letter
// gives them, their order, and the sources of each edge (resolved here, not by a second query). $ids: letter ids.
UNWIND $ids AS id
MATCH (l:Letter {id: id})
CALL {
  WITH l
  MATCH (l)<-[r:SIGNED {role: 'LEAD'}]-(a:Actor)
  RETURN a, 'LEAD' AS role, r
  UNION
  WITH l
  MATCH (l)<-[r:ENDORSED]-(a:Actor)
  RETURN a, 'ENDORSER' AS role, r
  UNION
  WITH l
  MATCH (l)-[r:ADDRESSED_TO]->(a:Actor)
  RETURN a, 'ADDRESSEE' AS role, r
  UNION
  WITH l
  MATCH (l)-[r:CC]->(a:Actor)
  RETURN a, 'CC' AS role, r
}
RETURN id AS letterId, a {.*, labels: labels(a)} AS actor, role, r.position AS position, r.title AS title,
       r.organization AS organization, r.location AS location,
       COLLECT { UNWIND coalesce(r.sources, []) AS sid MATCH (s:Source {id: sid}) RETURN s {.*} } AS sources
ORDER BY letterId, role, coalesce(r.position, 0), a.name
