// Every letter a news report may tell of, with its edges as written (ids, positions, titles, sources), so a report
// can be matched to it and what the report adds written without changing what is there.
MATCH (l:Letter)
RETURN l.id AS id, l.title AS title, coalesce(l.titleIsDescriptive, false) AS titleIsDescriptive, l.date AS date,
       coalesce(l.asks, []) AS asks, l.reportedSignerCount AS reportedSignerCount,
       l.reportedSignerCountQualifier AS reportedSignerCountQualifier,
       COLLECT { MATCH (a:Actor)-[s:SIGNED {role: 'LEAD'}]->(l)
                 RETURN {actorId: a.id, position: s.position, title: s.title, organization: s.organization,
                         sources: coalesce(s.sources, [])} ORDER BY s.position } AS leads,
       COUNT { (:Actor)-[:SIGNED {role: 'SIGNER'}]->(l) } AS signers,
       head(COLLECT { MATCH (a:Actor)-[s:SIGNED {role: 'SIGNER'}]->(l)
                      RETURN {actorId: a.id, position: s.position, title: s.title, organization: s.organization,
                              sources: coalesce(s.sources, [])} ORDER BY s.position LIMIT 1 }) AS firstSigner,
       COLLECT { MATCH (a:Actor)-[e:ENDORSED]->(l)
                 RETURN {actorId: a.id, sources: coalesce(e.sources, [])} ORDER BY e.createdAt, a.id } AS endorsers,
       COLLECT { MATCH (l)-[t:ADDRESSED_TO]->(a:Actor)
                 RETURN {actorId: a.id, position: t.position, title: t.title, organization: t.organization,
                         sources: coalesce(t.sources, [])} ORDER BY t.position } AS addressees,
       COLLECT { MATCH (l)-[c:CONCERNS]->(p:Program)
                 RETURN {programId: p.id, ask: c.ask, sources: coalesce(c.sources, [])} ORDER BY c.createdAt, p.id }
         AS programs
