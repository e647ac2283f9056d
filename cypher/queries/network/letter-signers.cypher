// Everyone who signed a letter, in signature order (leads first), then those who endorsed it, by name; with the
// role, place in the list and the sources of each. One row, always: found says whether $id is a letter.
// $id: the letter.
OPTIONAL MATCH (l:Letter {id: $id})
CALL (l) {
  MATCH (l)<-[r:SIGNED|ENDORSED]-(a:Actor)
  WITH a, r, CASE type(r) WHEN 'SIGNED' THEN r.role ELSE 'ENDORSER' END AS role
  ORDER BY CASE type(r) WHEN 'SIGNED' THEN 0 ELSE 1 END, r.position, a.name, a.id
  RETURN collect({actor: a {.*, labels: labels(a)}, role: role, position: r.position, sources: r.sources})
    AS signers
}
RETURN l IS NOT NULL AS found, signers
