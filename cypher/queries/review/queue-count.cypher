// How many review candidates are open.
MATCH (:Actor)-[c:POSSIBLY_SAME_AS {status: 'OPEN'}]->(:Actor)
RETURN count(c) AS total
