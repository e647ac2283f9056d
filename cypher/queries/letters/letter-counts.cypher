// How many letters each actor signed (as LEAD or SIGNER). $ids: actor ids.
// The pattern leaves the far node unlabelled on purpose: Neo4j then reads the count from the node's degree store
// (a db hit or two per actor) instead of expanding every relationship to check the label at its end. Every SIGNED
// relationship ends at a Letter, so the answer is the same.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id AS actorId, COUNT { (a)-[:SIGNED]->() } AS signed
