// The outreach list: actors that signed or endorsed the letter $signed but neither signed nor endorsed the letter
// $notSigned, by name, a page at a time. One row, always: `missing` names the ids that are no letter; `total`
// counts every such actor, `actors` holds those after the first $skip, at most $limit.
OPTIONAL MATCH (signed:Letter {id: $signed})
OPTIONAL MATCH (notSigned:Letter {id: $notSigned})
CALL (signed, notSigned) {
  MATCH (a:Actor)-[:SIGNED|ENDORSED]->(signed)
  WHERE notSigned IS NOT NULL AND NOT EXISTS { (a)-[:SIGNED|ENDORSED]->(notSigned) }
  WITH DISTINCT a ORDER BY a.name, a.id
  WITH collect(a) AS kept
  RETURN size(kept) AS total, [a IN kept[$skip..$skip + $limit] | a {.*, labels: labels(a)}] AS actors
}
RETURN [x IN [[$signed, signed], [$notSigned, notSigned]] WHERE x[1] IS NULL | x[0]] AS missing, total, actors
