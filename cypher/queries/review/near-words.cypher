// The actors whose name or aliases come close to each word of the new actors' names, a word at a time: one
// full-text lookup per distinct word instead of one per new name (see ReviewCandidates.find), so that a word most
// new names share ("Coalition", "Union") is looked up once. A word with $limit rows may have more.
// $batch.terms: ["word~1", "longerword~2", …], each a fuzzy Lucene term as ReviewCandidates.fuzzyTerms makes it; $limit
// It keeps its first plan, and its lists come inside $batch so that one plan serves every length (KeptPlansTest).
CYPHER replan=skip
UNWIND $batch.terms AS term
CALL db.index.fulltext.queryNodes('actor_names', term, {limit: $limit}) YIELD node
RETURN term, node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases, labels(node) AS labels
