// The actors that signed or endorsed every one of the given letters, by name, a page at a time. One row, always:
// `missing` names the ids that are no letter, so a typo is reported instead of answering with nobody; `total`
// counts every such actor, `actors` holds those after the first $skip, at most $limit.
// $letterIds: letter ids (duplicates are ignored); $skip, $limit: the page.
UNWIND $letterIds AS id
OPTIONAL MATCH (l:Letter {id: id})
WITH collect(DISTINCT l) AS letters, collect(DISTINCT CASE WHEN l IS NULL THEN id END) AS missing
CALL (letters) {
  UNWIND letters AS l
  MATCH (a:Actor)-[:SIGNED|ENDORSED]->(l)
  WITH a, count(DISTINCT l) AS taken
  WHERE taken = size(letters)
  WITH a ORDER BY a.name, a.id
  WITH collect(a) AS kept
  RETURN size(kept) AS total, [a IN kept[$skip..$skip + $limit] | a {.*, labels: labels(a)}] AS actors
}
RETURN missing, total, actors
