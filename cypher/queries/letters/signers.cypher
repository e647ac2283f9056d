// One page of signers (LEAD and SIGNER, in signature order) for each of several letters, in one statement.
// $pages: [{letterId, after: position to start after (0 for the first page), limit: page size + 1}]
UNWIND $pages AS page
MATCH (l:Letter {id: page.letterId})
CALL {
  WITH l, page
  MATCH (l)<-[s:SIGNED]-(a:Actor)
  WHERE s.position > page.after
  WITH s, a, page ORDER BY s.position
  WITH page, collect({actor: a {.*, labels: labels(a)}, role: s.role, position: s.position}) AS all
  RETURN all[0..page.limit] AS rows
}
RETURN page.letterId AS letterId, page.after AS after, page.limit AS limit, rows,
       COUNT { (l)<-[:SIGNED]-() } AS total
