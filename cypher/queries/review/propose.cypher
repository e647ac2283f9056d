// Records pairs of actors a person should look at, once: a pair already proposed (open or dismissed) is left as
// it is, so a dismissed candidate does not come back. $pairs: [{a, b, score, reason, sources}]
UNWIND $pairs AS p
MATCH (a:Actor {id: p.a})
MATCH (b:Actor {id: p.b})
MERGE (a)-[c:POSSIBLY_SAME_AS]-(b)
ON CREATE SET c.score = p.score, c.reason = p.reason, c.status = 'OPEN', c.sources = p.sources,
              c.createdBy = $by, c.createdAt = $at
RETURN count(c) AS written
