// One page of the changes about a letter or actor ($id), newest first. $query: the id quoted for the keyword-analysed
// change_subjects index; $skip, $limit: paging.
CALL db.index.fulltext.queryNodes('change_subjects', $query) YIELD node
WHERE $id IN node.subjects
RETURN node {.*} AS change
ORDER BY node.at DESC, node.seq DESC, node.id
SKIP $skip
LIMIT $limit
