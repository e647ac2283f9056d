// Sources by id ($ids).
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.*} AS source
