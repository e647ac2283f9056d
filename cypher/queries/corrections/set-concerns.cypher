// Makes a letter's CONCERNS edges exactly $concerns ([{program, ask}]): edges to programs not named are removed, new
// ones cite $sources, and an edge whose ask changes is stamped ($by, $at). Programs are checked to exist beforehand.
MATCH (l:Letter {id: $id})
CALL {
  WITH l
  MATCH (l)-[c:CONCERNS]->(p:Program)
  WHERE NOT p.id IN [x IN $concerns | x.program]
  DELETE c
}
WITH l
UNWIND $concerns AS concern
MATCH (p:Program {id: concern.program})
MERGE (l)-[c:CONCERNS]->(p)
ON CREATE SET c.createdBy = $by, c.createdAt = $at, c.sources = $sources
WITH c, concern, c.ask AS before
SET c.ask = concern.ask
FOREACH (changed IN CASE WHEN coalesce(before, '') <> coalesce(concern.ask, '')
                          AND coalesce(c.createdAt, datetime('1970-01-01T00:00Z')) <> $at THEN [1] ELSE [] END |
  SET c.updatedBy = $by, c.updatedAt = $at)
RETURN count(c) AS written
