// Programs by id ($ids).
UNWIND $ids AS id
MATCH (p:Program {id: id})
RETURN p {.*, sources: COLLECT { UNWIND coalesce(p.sources, []) AS sid MATCH (s:Source {id: sid}) RETURN s {.*} }} AS program
