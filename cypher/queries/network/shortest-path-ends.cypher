// The co-signature index found no path between $from and $to within the hops asked (see
// CoSignatureIndex.shortestChain): whether both ids are actors, as shortest-path.cypher says, and the graph's
// fingerprint from the count store, which the caller checks against the index's before answering that there is none.
// $from, $to: actor ids.
OPTIONAL MATCH (a:Actor {id: $from})
OPTIONAL MATCH (b:Actor {id: $to})
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
  COUNT { ()-[:SIGNED]->() } AS signed, COUNT { ()-[:ENDORSED]->() } AS endorsed,
  COUNT { (:Actor) } AS actors, COUNT { (:Letter) } AS letters
