// Existing actors of the same kind whose names come close to each new actor's name, for NearMatch to score.
// $batch.names: [{id, label, query}], query a fuzzy Lucene query built from the name's words.
// It keeps its first plan, and its lists come inside $batch so that one plan serves every length (KeptPlansTest).
CYPHER replan=skip
UNWIND $batch.names AS n
CALL db.index.fulltext.queryNodes('actor_names', n.query, {limit: 10}) YIELD node
WITH n, node
WHERE node.id <> n.id AND n.label IN labels(node)
RETURN n.id AS id, node.id AS candidateId, node.name AS candidateName, coalesce(node.aliases, []) AS candidateAliases
