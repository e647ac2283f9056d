// Existing actors known by any of these normalised names or aliases ($keys), exact matches only.
CYPHER replan=skip
UNWIND $keys AS key
CALL db.index.fulltext.queryNodes('actor_keys', '"' + key + '"') YIELD node
WITH key, node
WHERE key IN node.keys
RETURN key, node.id AS id, [l IN labels(node) WHERE l <> 'Actor'][0] AS label, node.keys[0] = key AS primary
ORDER BY key, primary DESC, id
