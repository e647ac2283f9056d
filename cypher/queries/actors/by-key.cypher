// Actors whose normalised name or alias equals $key exactly (case, punctuation and "The" already folded away).
// $query is the key quoted for the keyword-analysed full-text index, e.g. "\"aclu\"".
CALL db.index.fulltext.queryNodes('actor_keys', $query) YIELD node
WHERE $key IN node.keys
RETURN node {.*, labels: labels(node)} AS actor
ORDER BY CASE WHEN node.keys[0] = $key THEN 0 ELSE 1 END, node.name
