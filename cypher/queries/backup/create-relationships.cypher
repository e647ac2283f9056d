// Restores relationships of one type between nodes restored earlier in the same transaction, found by id.
// __FROM__, __TYPE__ and __TO__ are filled from the service's allow-list of labels and relationship types before
// the statement runs; everything else is a parameter. CREATE, not MERGE: the file is the graph, edge for edge.
// $rows: [{from: id, to: id, properties: {…}}]
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from})
MATCH (b:__TO__ {id: row.to})
CREATE (a)-[r:__TYPE__]->(b)
SET r = row.properties
RETURN count(r) AS written
