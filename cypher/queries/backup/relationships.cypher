// Every relationship of the graph by the ids of its ends, with its properties, for `lettergraph.jar export`.
// The schema migrations' bookkeeping (between __Neo4jMigration… nodes) is left out.
MATCH (a)-[r]->(b)
WHERE NOT any(l IN labels(a) + labels(b) WHERE l STARTS WITH '__Neo4jMigration')
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties
ORDER BY from, type, to, r.position
