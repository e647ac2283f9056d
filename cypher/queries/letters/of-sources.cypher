// The letters each source reports. $ids: source ids.
UNWIND $ids AS id
MATCH (:Source {id: id})<-[:REPORTED_IN]-(l:Letter)
RETURN id AS sourceId, l {.*} AS letter
ORDER BY sourceId, l.sortKey DESC
