// The merges into each of these actors ($ids) that can be undone, newest first.
UNWIND $ids AS id
MATCH (m:Merge {keptId: id})
RETURN id, m {.id, .at, .by, .mergedIds} AS merge
ORDER BY id, m.at DESC, m.id DESC
