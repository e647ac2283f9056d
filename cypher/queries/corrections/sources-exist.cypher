// Which of these source ids ($ids) name a source.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id
