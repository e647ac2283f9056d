// How many nodes hold lettergraph data (anything but the schema migrations' bookkeeping): `import` restores only
// into a database where this is 0.
MATCH (n)
WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')
RETURN count(n) AS nodes
