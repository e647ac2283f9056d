// What one actor's record adds up to: how many letters it took part in (any role) and in which roles, the dates
// of its first and last letter, the programs those letters concern (most letters first), and how many actors
// signed or endorsed a letter with it. No row for an unknown id.
// $id: the actor.
MATCH (a:Actor {id: $id})
CALL (a) {
  CALL (a) {
    MATCH (a)-[r:SIGNED]->(l:Letter) RETURN l, r.role AS role
    UNION
    MATCH (a)-[:ENDORSED]->(l:Letter) RETURN l, 'ENDORSER' AS role
    UNION
    MATCH (a)<-[:ADDRESSED_TO]-(l:Letter) RETURN l, 'ADDRESSEE' AS role
    UNION
    MATCH (a)<-[:CC]-(l:Letter) RETURN l, 'CC' AS role
  }
  WITH role, count(DISTINCT l) AS letters
  RETURN collect({role: role, letters: letters}) AS byRole
}
CALL (a) {
  OPTIONAL MATCH (a)-[:SIGNED|ENDORSED|ADDRESSED_TO|CC]-(l:Letter)
  RETURN count(DISTINCT l) AS letters, min(l.date) AS firstLetter, max(l.date) AS lastLetter
}
CALL (a) {
  MATCH (a)-[:SIGNED|ENDORSED|ADDRESSED_TO|CC]-(l:Letter)-[:CONCERNS]->(p:Program)
  WITH p, count(DISTINCT l) AS letters
  ORDER BY letters DESC, p.name, p.id
  RETURN collect({programId: p.id, letters: letters}) AS programs
}
RETURN a {.*, labels: labels(a)} AS actor, letters, byRole, firstLetter, lastLetter, programs,
  COUNT { MATCH (a)-[:SIGNED|ENDORSED]->(:Letter)<-[:SIGNED|ENDORSED]-(o:Actor) WHERE o <> a RETURN DISTINCT o }
    AS coSigners
