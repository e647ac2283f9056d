// Full-text search over names and aliases, best match first. $query is a Lucene query built from the user's words.
CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: $limit}) YIELD node, score
RETURN node {.*, labels: labels(node)} AS actor, score
ORDER BY score DESC, node.name
