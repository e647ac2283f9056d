// Removes the record of a merge once it is undone ($id).
MATCH (m:Merge {id: $id})
DELETE m
RETURN count(*) AS written
