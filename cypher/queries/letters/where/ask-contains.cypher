// Fragment of a letter filter (l is the letter): one of its asks, or the ask it makes of a program, holds $_text
// (lower-cased by the caller); case ignored.
(any(ask IN coalesce(l.asks, []) WHERE toLower(ask) CONTAINS $_text)
  OR EXISTS { MATCH (l)-[c:CONCERNS]->() WHERE toLower(c.ask) CONTAINS $_text })
