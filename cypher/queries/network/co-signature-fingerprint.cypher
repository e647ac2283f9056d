// What the co-signature index must match to be current: how many SIGNED and ENDORSED relationships, actors and
// letters the graph holds. Each count comes from Neo4j's count store, so this costs the same at any size.
RETURN COUNT { ()-[:SIGNED]->() } AS signed, COUNT { ()-[:ENDORSED]->() } AS endorsed,
       COUNT { (:Actor) } AS actors, COUNT { (:Letter) } AS letters
