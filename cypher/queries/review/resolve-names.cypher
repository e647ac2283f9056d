// Existing actors known by any of these normalised names or aliases ($batch.keys), exact matches only.
// It keeps its first plan, and its lists come inside $batch so that one plan serves every length (KeptPlansTest).
CYPHER replan=skip
UNWIND $batch.keys AS key
CALL db.index.fulltext.queryNodes('actor_keys', '"' + key + '"') YIELD node
WITH key, node
WHERE key IN node.keys
RETURN key, node.id AS id, [l IN labels(node) WHERE l <> 'Actor'][0] AS label, node.keys[0] = key AS primary
ORDER BY key, primary DESC, id
