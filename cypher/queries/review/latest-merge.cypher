// The latest merge into an actor ($id) that can still be undone (null when none), and how many there are.
OPTIONAL MATCH (m:Merge {keptId: $id})
WITH m ORDER BY m.at DESC, m.id DESC
WITH collect(m {.*}) AS merges
RETURN size(merges) AS total, merges[0] AS merge
