// Which of these actors ($ids) are left with nothing: no letter in any role, no appearance in a source, nobody
// affiliated with them, no office held in them and no program run by them, and no source of theirs that still stands
// (a dataset, or a source that reports a letter). Such an actor can be removed; any other cannot.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WHERE NOT EXISTS { (a)-[:SIGNED|ENDORSED]->(:Letter) }
  AND NOT EXISTS { (a)<-[:ADDRESSED_TO|CC]-(:Letter) }
  AND NOT EXISTS { (a)-[:STATEMENT_IN|MENTIONED_IN|AUTHORED]->(:Source) }
  AND NOT EXISTS { (a)<-[:AFFILIATED_WITH|HOLDS_OFFICE|RUN_BY]-() }
  AND none(sid IN coalesce(a.sources, []) WHERE EXISTS {
        MATCH (s:Source {id: sid}) WHERE s.kind = 'DATASET' OR EXISTS { (s)<-[:REPORTED_IN]-(:Letter) } })
RETURN a {.*, labels: labels(a)} AS actor
ORDER BY a.name
