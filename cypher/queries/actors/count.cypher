// How many actors match the filters of actors/page (__WHERE__, same fragments; no paging).
MATCH (a:Actor)
WHERE __WHERE__
RETURN count(a) AS total
