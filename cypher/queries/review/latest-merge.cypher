// The latest merge into an actor ($id) that can still be undone, and how many there are.
MATCH (m:Merge {keptId: $id})
WITH m ORDER BY m.at DESC, m.id DESC
WITH collect(m) AS merges
RETURN size(merges) AS total, CASE WHEN size(merges) > 0 THEN merges[0] {.*} END AS merge
