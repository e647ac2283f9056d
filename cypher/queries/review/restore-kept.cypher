// Gives the kept actor ($keepId) of an undone merge step back what it was ($before, every property), when nothing
// changed it since the merge ($mergeBy, $mergeAt); otherwise takes away only what the step added ($added: aliases,
// keys, sources, mergedIds), keeping later changes, and stamps it with this write ($by, $at).
MATCH (k:Actor {id: $keepId})
WITH k, (k.updatedBy = $mergeBy AND k.updatedAt = $mergeAt) AS untouched
FOREACH (same IN CASE WHEN untouched THEN [1] ELSE [] END | SET k = $before)
FOREACH (changed IN CASE WHEN untouched THEN [] ELSE [1] END |
  SET k.aliases = [x IN coalesce(k.aliases, []) WHERE NOT x IN $added.aliases],
      k.keys = [x IN coalesce(k.keys, []) WHERE NOT x IN $added.keys],
      k.sources = [x IN coalesce(k.sources, []) WHERE NOT x IN $added.sources],
      k.mergedIds = [x IN coalesce(k.mergedIds, []) WHERE NOT x IN $added.mergedIds],
      k.updatedBy = $by, k.updatedAt = $at)
RETURN count(k) AS written
