// Every program the graph holds, by id, name and aliases: what a text parser is told so it finds the programs a
// letter names ("287(g)", "Secure Communities", "S-Comm").
// It keeps its first plan (KeptPlansTest).
CYPHER replan=skip
MATCH (p:Program)
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases
ORDER BY p.id
