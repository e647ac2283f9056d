// Fragment of an actor filter (a is the actor): its name or an alias starts with $_text (lower-cased by the caller).
(toLower(a.name) STARTS WITH $_text
  OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) STARTS WITH $_text))
