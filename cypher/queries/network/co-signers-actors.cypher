// The actors the co-signature index picked ($ids), and the graph's fingerprint in the same statement: the caller
// uses the index's answer only when this fingerprint equals the one the index was built at (see CoSignatureIndex).
// The counts come from Neo4j's count store, so checking costs the same at any size.
CALL () {
  UNWIND $ids AS id
  MATCH (a:Actor {id: id})
  RETURN collect(a {.*, labels: labels(a)}) AS found
}
RETURN COUNT { ()-[:SIGNED]->() } AS signed, COUNT { ()-[:ENDORSED]->() } AS endorsed,
       COUNT { (:Actor) } AS actors, COUNT { (:Letter) } AS letters, found
