// Keeps what one mergeActors moved, so that unmergeActor can put it back: $record is JSON (what the kept actor was
// before, each merged actor's labels and properties, each of its relationships with its properties and what the merge
// did with it), with every property value typed.
CREATE (m:Merge {id: $id, keptId: $keepId, mergedIds: $mergedIds, record: $record, by: $by, at: $at})
RETURN count(m) AS written
