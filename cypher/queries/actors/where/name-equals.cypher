// Fragment of an actor filter (a is the actor): its name or an alias is $_text (lower-cased by the caller).
(toLower(a.name) = $_text OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = $_text))
