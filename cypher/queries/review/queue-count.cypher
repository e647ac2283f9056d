// How many review candidates wait for a person: open ones and those marked unsure.
MATCH (:Actor)-[c:POSSIBLY_SAME_AS]->(:Actor)
WHERE c.status IN ['OPEN', 'UNSURE']
RETURN count(c) AS total
