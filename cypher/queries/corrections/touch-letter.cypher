// Stamps a letter ($id) as corrected now by $by: its signers or other parties changed.
MATCH (l:Letter {id: $id})
SET l.updatedBy = $by, l.updatedAt = $at
RETURN count(l) AS written
