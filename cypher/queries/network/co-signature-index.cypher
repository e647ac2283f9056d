// Everything the in-memory co-signature index holds: each letter (newest first) with its title and its signatures,
// [actor id, relationship type, role] for every actor that signed or endorsed it. Read once at start-up and again
// after the graph changes; see CoSignatureIndex.
MATCH (l:Letter)
RETURN l.id AS letter, l.title AS title,
  [(l)<-[r:SIGNED|ENDORSED]-(a:Actor) | [a.id, type(r), r.role]] AS signatures
ORDER BY l.sortKey DESC
