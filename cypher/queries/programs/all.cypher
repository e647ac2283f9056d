// Every program letters are about, by name.
MATCH (p:Program)
RETURN p {.*} AS program
ORDER BY p.name
