// Ranked search over what people call an actor: its name and every alias or acronym.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases];
// Exact lookup of a normalised name or alias ("american civil liberties union", "aclu"): the keyword analyzer
// keeps each key whole, so a quoted query matches one key exactly.
CREATE FULLTEXT INDEX actor_keys IF NOT EXISTS FOR (a:Actor) ON EACH [a.keys]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
