// Removes actors ($ids) with their own remaining edges (their affiliations, review candidates); checked first to be
// left with nothing (corrections/left-with-nothing).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
DETACH DELETE a
RETURN count(*) AS written
