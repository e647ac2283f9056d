// Renames an actor ($id) to $name: the old name becomes an alias (once), the new name stops being one, and the new
// name's key ($key) becomes the first of the keys it is found by (the old name's key stays, as an alias's).
MATCH (a:Actor {id: $id})
WITH a, a.name AS old
SET a.name = $name,
    a.aliases = [x IN coalesce(a.aliases, []) WHERE x <> $name]
                + CASE WHEN old IN coalesce(a.aliases, []) OR old = $name THEN [] ELSE [old] END,
    a.keys = [$key] + [x IN coalesce(a.keys, []) WHERE x <> $key],
    a.updatedBy = $by, a.updatedAt = $at
RETURN a {.*, labels: labels(a)} AS actor, old
