// One page of signers (LEAD and SIGNER, in signature order, each with its title, organization and location as the
// letter writes them) for each of several letters, in one statement.
// $pages: [{letterId, after: position to start after (0 for the first page), limit: page size + 1,
//           counts: true to add each signer's letterCount, as letters/letter-counts counts it,
//           properties: true to read every property an Actor has, false for its id, name and labels alone}]
// The page is cut before the actors are read, so the first 20 of 1,000 signers read 20 actors, not 1,000; and only
// the properties an Actor has are read (not the match keys, sources or audit fields), and of those only the id, name
// and labels when the request asks for no other (a letter's 1,000 signers by name: 9.6 ms against 13.8 ms for every
// property, 10k letters, 2026-12-01). With counts, the request
// needs no letters/letter-counts statement for these actors: the count comes from the degree store here, the far
// node unlabelled as there, so the answer is the same.
UNWIND $pages AS page
MATCH (l:Letter {id: page.letterId})
CALL {
  WITH l, page
  MATCH (l)<-[s:SIGNED]-(a:Actor)
  WHERE s.position > page.after
  WITH page, s, a ORDER BY s.position
  WITH page, collect([s, a]) AS all
  UNWIND all[0..page.limit] AS pair
  WITH page, pair[0] AS s, pair[1] AS a
  RETURN collect({
    actor: CASE WHEN page.properties
      THEN a {.id, .name, .aliases, .category, .description, .bioguideId, .party, .state, .chamber, .district,
        .title, labels: labels(a)}
      ELSE a {.id, .name, labels: labels(a)} END,
    role: s.role, position: s.position, title: s.title, organization: s.organization, location: s.location,
    letterCount: CASE WHEN page.counts THEN COUNT { (a)-[:SIGNED]->() } END}) AS rows
}
RETURN page.letterId AS letterId, page.after AS after, page.limit AS limit, page.counts AS counts,
       page.properties AS properties, rows,
       COUNT { (l)<-[:SIGNED]-() } AS total
