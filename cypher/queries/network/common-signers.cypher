// The actors that signed or endorsed every one of the given letters, by name. One row, always: `missing` names
// the ids that are no letter, so a typo is reported instead of answering with nobody.
// $letterIds: letter ids (duplicates are ignored).
UNWIND $letterIds AS id
OPTIONAL MATCH (l:Letter {id: id})
WITH collect(DISTINCT l) AS letters, collect(DISTINCT CASE WHEN l IS NULL THEN id END) AS missing
CALL (letters) {
  UNWIND letters AS l
  MATCH (a:Actor)-[:SIGNED|ENDORSED]->(l)
  WITH a, count(DISTINCT l) AS taken
  WHERE taken = size(letters)
  WITH a ORDER BY a.name, a.id
  RETURN collect(a {.*, labels: labels(a)}) AS actors
}
RETURN missing, actors
