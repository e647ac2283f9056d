// A shortest path the co-signature index found (see CoSignatureIndex.shortestChain), read back from the graph, one
// row per letter on it: $letters[j] is the letter between the actors $actors[j] and $actors[j + 1]. Each row brings
// the letter's title, both actors' names and labels, and the relationships (type and role) by which each of the two
// signed or endorsed the letter. A node the graph no longer holds drops its row, and a relationship it no longer holds
// leaves its list empty: only a graph changed since the index was built can give either. Every row carries the graph's
// fingerprint from the count store, which the caller checks against the index's before using the answer. A path the
// index did not find is checked by shortest-path-ends.cypher instead.
// $actors, $letters: the index's chain, at least one letter.
WITH COUNT { ()-[:SIGNED]->() } AS signed, COUNT { ()-[:ENDORSED]->() } AS endorsed,
  COUNT { (:Actor) } AS actors, COUNT { (:Letter) } AS letters
UNWIND range(0, size($letters) - 1) AS j
MATCH (l:Letter {id: $letters[j]})
MATCH (before:Actor {id: $actors[j]})
MATCH (after:Actor {id: $actors[j + 1]})
RETURN j, l.title AS title, before.name AS beforeName, labels(before) AS beforeLabels, after.name AS afterName,
  labels(after) AS afterLabels,
  [(before)-[r:SIGNED|ENDORSED]->(l) | [type(r), r.role]] AS reached,
  [(after)-[r:SIGNED|ENDORSED]->(l) | [type(r), r.role]] AS left,
  signed, endorsed, actors, letters
