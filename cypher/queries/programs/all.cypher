// Every program letters are about, by name.
MATCH (p:Program)
RETURN p {.*, sources: COLLECT { UNWIND coalesce(p.sources, []) AS sid MATCH (s:Source {id: sid}) RETURN s {.*} }} AS program
ORDER BY p.name
