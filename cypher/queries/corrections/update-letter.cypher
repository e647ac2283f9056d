// Sets a letter's corrected facts ($properties; a null removes the property) and stamps who corrected it and when.
MATCH (l:Letter {id: $id})
SET l += $properties, l.updatedBy = $by, l.updatedAt = $at
RETURN count(l) AS written
