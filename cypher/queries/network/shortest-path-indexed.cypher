// A shortest path the co-signature index found (see CoSignatureIndex.shortestChain), read back from the graph:
// $actors from $from to $to, and $letters[j] the letter between $actors[j] and $actors[j + 1]; both empty when the
// index found no path within the hops asked. One row, always: the two ends as shortest-path.cypher reads them
// (fromFound, toFound, the first node), then one leg per letter: the letter, the actor after it, and the
// relationship and role each of the two actors has on it (SIGNED before ENDORSED, for an actor that has both).
// A part the graph does not hold is null, which only a graph changed since the index was built can give; with the
// graph's fingerprint from the count store, which the caller checks against the index's before using the answer.
// $from, $to: actor ids; $actors, $letters: the index's chain.
OPTIONAL MATCH (a:Actor {id: $from})
OPTIONAL MATCH (b:Actor {id: $to})
CALL () {
  UNWIND range(0, size($letters) - 1) AS j
  OPTIONAL MATCH (l:Letter {id: $letters[j]})
  OPTIONAL MATCH (before:Actor {id: $actors[j]})
  OPTIONAL MATCH (after:Actor {id: $actors[j + 1]})
  WITH j, l, before, after
  ORDER BY j
  RETURN collect({
    letter: l {.id, .title, labels: labels(l)},
    actor: after {.id, .name, labels: labels(after)},
    reached: CASE WHEN l IS NOT NULL AND before IS NOT NULL THEN coalesce(
      head([(before)-[r:SIGNED]->(l) | {relationship: 'SIGNED', role: r.role}]),
      head([(before)-[:ENDORSED]->(l) | {relationship: 'ENDORSED', role: 'ENDORSER'}])) END,
    left: CASE WHEN l IS NOT NULL AND after IS NOT NULL THEN coalesce(
      head([(after)-[r:SIGNED]->(l) | {relationship: 'SIGNED', role: r.role}]),
      head([(after)-[:ENDORSED]->(l) | {relationship: 'ENDORSED', role: 'ENDORSER'}])) END
  }) AS legs
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, a {.id, .name, labels: labels(a)} AS first, legs,
  COUNT { ()-[:SIGNED]->() } AS signed, COUNT { ()-[:ENDORSED]->() } AS endorsed,
  COUNT { (:Actor) } AS actors, COUNT { (:Letter) } AS letters
