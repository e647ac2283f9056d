// Adds a name to an actor's aliases (and its key to the names it is found by). $id, $alias, $key. aliasesBefore and
// added say whether anything changed, for the history.
MATCH (a:Actor {id: $id})
WITH a, properties(a) AS before
SET a.aliases = CASE WHEN $alias IN coalesce(a.aliases, []) OR a.name = $alias THEN a.aliases
                     ELSE coalesce(a.aliases, []) + $alias END,
    a.keys = CASE WHEN $key IN coalesce(a.keys, []) THEN a.keys ELSE coalesce(a.keys, []) + $key END
FOREACH (changed IN CASE WHEN properties(a) <> before
                          AND coalesce(a.createdAt, datetime('1970-01-01T00:00Z')) <> $at THEN [1] ELSE [] END |
  SET a.updatedBy = $by, a.updatedAt = $at)
RETURN a {.*, labels: labels(a)} AS actor, coalesce(before.aliases, []) AS aliasesBefore,
       coalesce(before.aliases, []) <> coalesce(a.aliases, []) AS added
