// The retraction of a letter ($id), if it was retracted: who did it and when. $query: the id quoted for the
// keyword-analysed change_subjects index.
CALL db.index.fulltext.queryNodes('change_subjects', $query) YIELD node
WHERE $id IN node.subjects AND node.action = 'RETRACT_LETTER'
RETURN node.by AS by, node.at AS at
ORDER BY node.at DESC
LIMIT 1
