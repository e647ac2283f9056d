// The name and labels of every actor the co-signature index holds (those that signed or endorsed a letter), read
// with the index's letters; see CoSignatureIndex.
MATCH (a:Actor)
WHERE EXISTS { (a)-[:SIGNED|ENDORSED]->(:Letter) }
RETURN a.id AS id, a.name AS name, labels(a) AS labels
