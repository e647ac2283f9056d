// Actors by id ($ids); unknown ids are simply absent.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {.*, labels: labels(a)} AS actor
