// The actors that signed or endorsed the most letters, optionally within a date window (inclusive; undated
// letters fall outside any window), about one program, or of one kind; with how many of those letters they led.
// Most letters first, ties broken by name, then id.
// $from, $to: dates or null; $concerns: program id or null; $label: Organization, Lawmaker, Official, Person or
// null (a parameter value, compared with the node's labels); $limit: how many to list.
MATCH (a:Actor)-[r:SIGNED|ENDORSED]->(l:Letter)
WHERE ($from IS NULL OR l.date >= $from)
  AND ($to IS NULL OR l.date <= $to)
  AND ($concerns IS NULL OR EXISTS { (l)-[:CONCERNS]->(:Program {id: $concerns}) })
  AND ($label IS NULL OR $label IN labels(a))
WITH a, count(DISTINCT l) AS letters, count(DISTINCT CASE WHEN r.role = 'LEAD' THEN l END) AS leads
RETURN a {.*, labels: labels(a)} AS actor, letters, leads
ORDER BY letters DESC, a.name, a.id
LIMIT $limit
