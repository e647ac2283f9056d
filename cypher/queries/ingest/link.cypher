// Writes edges of one type between existing nodes, idempotently: the edge is merged, its properties set, and its
// sources added to those it already has. __FROM__, __TYPE__ and __TO__ are filled from the service's allow-list of
// labels and relationship types before the statement runs; everything else is a parameter.
// $rows: [{from: id, to: id, properties: {…}, sources: [source ids]}]
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from})
MATCH (b:__TO__ {id: row.to})
MERGE (a)-[r:__TYPE__]->(b)
SET r += row.properties,
    r.sources = reduce(acc = coalesce(r.sources, []), s IN row.sources | CASE WHEN s IN acc THEN acc ELSE acc + s END)
RETURN count(r) AS written
