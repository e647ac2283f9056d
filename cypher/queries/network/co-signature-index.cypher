// Everything the in-memory co-signature index holds: each letter (newest first) with the actors that signed or
// endorsed it. Read once at start-up and again after the graph changes; see CoSignatureIndex.
MATCH (l:Letter)
RETURN l.id AS letter, [(l)<-[:SIGNED|ENDORSED]-(a:Actor) | a.id] AS actors
ORDER BY l.sortKey DESC
