// Adds a name to an actor's aliases (and its key to the names it is found by). $id, $alias, $key.
MATCH (a:Actor {id: $id})
SET a.aliases = CASE WHEN $alias IN coalesce(a.aliases, []) OR a.name = $alias THEN a.aliases
                     ELSE coalesce(a.aliases, []) + $alias END,
    a.keys = CASE WHEN $key IN coalesce(a.keys, []) THEN a.keys ELSE coalesce(a.keys, []) + $key END
RETURN a {.*, labels: labels(a)} AS actor
