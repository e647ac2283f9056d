// Programs by id ($ids).
UNWIND $ids AS id
MATCH (p:Program {id: id})
RETURN p {.*} AS program
