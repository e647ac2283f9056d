// The letters about each program, newest first. $ids: program ids.
UNWIND $ids AS id
MATCH (:Program {id: id})<-[:CONCERNS]-(l:Letter)
RETURN id AS programId, l {.*} AS letter
ORDER BY programId, l.sortKey DESC
