// Fragment of an actor filter (a is the actor): its name or an alias holds $_text (lower-cased by the caller).
(toLower(a.name) CONTAINS $_text OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS $_text))
