// How many actors match the filters of actors/page (__ACTORS__, the same head; no paging).
__ACTORS__
RETURN count(a) AS total
