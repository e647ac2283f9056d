// Every node of the graph with its labels and properties, for `lettergraph.jar export`. Only the schema migrations'
// own bookkeeping (labels __Neo4jMigration…) is left out: migrations recreate it at start-up. Ordered by id so
// two exports of the same graph are the same file (apart from the time in the first line).
MATCH (n)
WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')
RETURN labels(n) AS labels, properties(n) AS properties
ORDER BY n.id, n.name
